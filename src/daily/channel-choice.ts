/**
 * What `/azsr-daily` does with a server's (Discord) or workspace's (Slack) daily channel: set it,
 * clear it, show it. Each server or workspace has at most one channel of its own; channels listed
 * in the bot's settings get the post as well and are changed only there.
 */
import type { DailyPlatform, DailySettingsStore } from '../core/daily-settings.js';
import { UserError } from '../core/errors.js';
import { makeReply, type Reply } from '../core/reply.js';

/** Where the command was run: the settings, and the server or workspace and channel. */
export interface DailyPlace {
  store: DailySettingsStore;
  platform: DailyPlatform;
  serverId: string;
  channelId?: string;
}

/** What a Discord server is called on each platform, for the replies. */
const placeName = (platform: DailyPlatform) => (platform === 'slack' ? 'workspace' : 'server');

/** "This channel" for the one the command was run in, "Channel C123" for another. */
const channelName = (place: DailyPlace, channelId: string) => (channelId === place.channelId ? 'This channel' : `Channel ${channelId}`);

const privateInfo = (title: string, body: string) => makeReply({ kind: 'info', title, body, private: true });

export interface SetRequest {
  /** The channel to get the post; the one the command was run in when left out. */
  channelId?: string;
  /** Already checked (canonicalTimeZone); the default zone when left out. */
  timeZone?: string;
  /** Who set it (a platform user id) and when. */
  by: string;
  at: Date;
}

export function setDailyChannel(place: DailyPlace, request: SetRequest): Reply {
  const channelId = request.channelId ?? place.channelId;
  if (!channelId) throw new UserError('Name the channel that should get the daily post, or run "set" in it.');
  const { store, platform, serverId } = place;
  const previous = store.choice(platform, serverId);
  store.set(platform, serverId, { channelId, ...(request.timeZone ? { timeZone: request.timeZone } : {}), setBy: request.by, setAt: request.at.toISOString() });
  const replaced = previous && previous.channelId !== channelId ? ` It replaces channel ${previous.channelId}.` : '';
  return privateInfo(
    'Daily post',
    `${channelName(place, channelId)} now gets the daily "on this day" post at ${store.time} (${request.timeZone ?? store.defaultTimeZone}).${replaced} If that time has already passed today, today's post comes shortly.`,
  );
}

/** Clears the server's daily channel if it is `channelId` (default: where the command was run). */
export function clearDailyChannel(place: DailyPlace, channelId = place.channelId): Reply {
  const { store, platform, serverId } = place;
  const here = placeName(platform);
  const choice = store.choice(platform, serverId);
  const fromSettings =
    channelId !== undefined && store.fromSettings[platform].includes(channelId)
      ? ` ${channelName(place, channelId)} gets the post from the bot's settings, which only whoever runs the bot can change.`
      : '';
  if (!choice) return privateInfo('Daily post', `This ${here} had no daily channel set; nothing changed.${fromSettings}`);
  // A moderator who names (or stands in) another channel likely means another thing: say so rather than clear.
  if (channelId !== undefined && choice.channelId !== channelId) {
    throw new UserError(
      `${channelName(place, channelId)} is not this ${here}'s daily channel; channel ${choice.channelId} is. Run "clear" there, or name that channel.${fromSettings}`,
    );
  }
  store.clear(platform, serverId);
  return privateInfo('Daily post', `This ${here} no longer has a daily channel. Channels listed in the bot's settings still get the post.`);
}

/** The post time, this server's channel and zone, the channels from settings and the default zone. */
export function showDailySettings(place: DailyPlace): Reply {
  const { store, platform, serverId } = place;
  const choice = store.choice(platform, serverId);
  const fromSettings = store.fromSettings[platform];
  return makeReply({
    kind: 'info',
    title: 'Daily "on this day" post',
    body: `Posted every day at ${store.time}, local time of each channel's zone.`,
    items: [
      {
        label: `This ${placeName(platform)}`,
        text: choice
          ? `channel ${choice.channelId}, ${choice.timeZone ?? store.defaultTimeZone} (set by ${choice.setBy} on ${choice.setAt.slice(0, 10)})`
          : 'no daily channel set',
      },
      { label: 'From settings', text: fromSettings.length > 0 ? `${fromSettings.map((id) => `channel ${id}`).join(', ')}, ${store.defaultTimeZone}` : 'none' },
      { label: 'Default time zone', text: store.defaultTimeZone },
    ],
    private: true,
  });
}
