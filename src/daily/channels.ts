/** The channels that get the daily post: those in settings plus each server's moderator choice. */
import type { DailyPlatform, DailySettingsStore } from '../core/daily-settings.js';

/** One channel that gets the daily post, and the zone whose clock and calendar it follows. */
export interface DailyChannel {
  platform: DailyPlatform;
  channelId: string;
  timeZone: string;
  /** Where it was configured: settings (environment) or a moderator in chat. */
  origin: 'settings' | 'moderator';
}

/** Identifies a channel in the posted log and in logs: `discord:123`, `slack:C0123`. */
export const channelKey = (channel: Pick<DailyChannel, 'platform' | 'channelId'>) => `${channel.platform}:${channel.channelId}`;

/**
 * Every channel once. A channel both in settings and chosen by a moderator follows the
 * moderator's zone, since that choice was made later and on purpose.
 */
export function dailyChannels(settings: DailySettingsStore): DailyChannel[] {
  const byKey = new Map<string, DailyChannel>();
  for (const platform of ['discord', 'slack'] as const) {
    for (const channelId of settings.fromSettings[platform]) {
      const channel: DailyChannel = { platform, channelId, timeZone: settings.defaultTimeZone, origin: 'settings' };
      byKey.set(channelKey(channel), channel);
    }
  }
  for (const choice of settings.choices()) {
    const channel: DailyChannel = {
      platform: choice.platform,
      channelId: choice.channelId,
      timeZone: choice.timeZone ?? settings.defaultTimeZone,
      origin: 'moderator',
    };
    byKey.set(channelKey(channel), channel);
  }
  return [...byKey.values()];
}
