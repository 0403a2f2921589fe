/**
 * Posts a notice to the moderators' channel on each platform that has one configured
 * (MODERATOR_DISCORD_CHANNEL_ID, MODERATOR_SLACK_CHANNEL_ID), through the adapters' post().
 */
import type { Adapter } from '../core/adapter.js';
import { log } from '../core/log.js';
import type { Reply } from '../core/reply.js';

/** The moderators' channel id on each platform, as configured (Config.moderatorChannels). */
export interface ModeratorChannels {
  discord?: string;
  slack?: string;
}

/** A notifier for KnowledgeReloader; undefined when no moderators' channel is configured. */
export function createModeratorNotifier(adapters: readonly Adapter[], channels: ModeratorChannels): ((reply: Reply) => Promise<void>) | undefined {
  const targets = adapters.flatMap((adapter) => {
    const channelId = channels[adapter.name];
    return channelId ? [{ adapter, channelId }] : [];
  });
  if (targets.length === 0) return undefined;
  return async (reply) => {
    // Each platform on its own: Slack being down must not keep the notice from Discord.
    await Promise.all(
      targets.map(async ({ adapter, channelId }) => {
        try {
          await adapter.post(channelId, reply);
        } catch (error) {
          log.error("could not post to the moderators' channel", { platform: adapter.name, channelId, error });
        }
      }),
    );
  };
}
