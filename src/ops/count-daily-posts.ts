/**
 * An adapter whose posts are counted as daily-post attempts. Only the daily scheduler is handed
 * these, so moderator notices (which use the same post()) are not counted.
 */
import type { Adapter } from '../core/adapter.js';
import type { Reply } from '../core/reply.js';
import type { BotMetrics } from './metrics.js';

export function countDailyPosts(adapter: Adapter, metrics: BotMetrics | undefined): Adapter {
  if (!metrics) return adapter;
  const platform = adapter.name;
  return {
    name: platform,
    start: () => adapter.start(),
    stop: () => adapter.stop(),
    ...(adapter.status ? { status: () => adapter.status?.() ?? 'connected' } : {}),
    async post(channelId: string, reply: Reply) {
      try {
        await adapter.post(channelId, reply);
        metrics.dailyPosts.inc({ platform, outcome: 'sent' });
      } catch (error) {
        metrics.dailyPosts.inc({ platform, outcome: 'failed' });
        throw error;
      }
    },
  };
}
