/**
 * What the daily post is configured to do: the post time and default zone and channels from
 * settings, plus each server's (Discord) or workspace's (Slack) own daily channel chosen by a
 * moderator in chat. The core owns this interface and commands see it through Services; the daily
 * feature implements it (src/daily/settings-file.ts).
 */
import type { ChatPlatform } from './platform.js';

/** The platforms that can receive the daily post (every chat platform; not the console). */
export type DailyPlatform = ChatPlatform;

/** A moderator's choice of daily channel for their server or workspace. */
export interface DailyChannelChoice {
  channelId: string;
  /** IANA zone for this channel's post; the default zone (DAILY_POST_TZ) when left out. */
  timeZone?: string;
  /** Platform user id of the moderator who chose it, for "set by" in the settings. */
  setBy: string;
  /** ISO time it was chosen. */
  setAt: string;
}

/** A choice together with where it applies. */
export interface ServerChoice extends DailyChannelChoice {
  platform: DailyPlatform;
  /** Discord server (guild) id or Slack workspace (team) id. */
  serverId: string;
}

/** Read and change the daily-post settings; changes are persisted before the call returns. */
export interface DailySettingsStore {
  /** Local post time, 'HH:MM' (DAILY_POST_TIME). */
  readonly time: string;
  /** The zone used when a channel names none (DAILY_POST_TZ). */
  readonly defaultTimeZone: string;
  /** Channels listed in DAILY_DISCORD_CHANNEL_IDS and DAILY_SLACK_CHANNEL_IDS. */
  readonly fromSettings: Readonly<Record<DailyPlatform, readonly string[]>>;
  /** The moderator's choice for one server or workspace, if any. */
  choice(platform: DailyPlatform, serverId: string): DailyChannelChoice | undefined;
  /** Every moderator choice, in the order they were made. */
  choices(): ServerChoice[];
  /** Sets (or replaces) the daily channel of a server or workspace. */
  set(platform: DailyPlatform, serverId: string, choice: DailyChannelChoice): void;
  /** Clears it; false when there was none. */
  clear(platform: DailyPlatform, serverId: string): boolean;
  /** Calls `listener` after every change, so the scheduler can pick it up at once. */
  onChange(listener: () => void): void;
}
