/** The daily-post settings store, with moderators' choices kept in DATA_DIR/daily-channels.json. */
import { join } from 'node:path';
import { z } from 'zod';
import { isValidTimeZone } from '../core/local-date.js';
import { DurableRecord } from '../core/durable-record.js';
import type { DailyChannelChoice, DailyPlatform, DailySettingsStore, ServerChoice } from '../core/daily-settings.js';

const schema = z.object({
  version: z.literal(1),
  servers: z.array(
    z.object({
      platform: z.enum(['discord', 'slack']),
      serverId: z.string().min(1),
      channelId: z.string().min(1),
      // A zone this Node no longer knows would make every post fail; the file is set aside instead.
      timeZone: z.string().refine(isValidTimeZone, { message: 'unknown time zone' }).optional(),
      setBy: z.string(),
      setAt: z.string(),
    }),
  ),
});

/** The file name inside DATA_DIR. */
export const CHANNEL_SETTINGS_FILE = 'daily-channels.json';

/** What settings contribute; moderators' choices come from the file. */
export interface DailySettingsDefaults {
  time: string;
  timeZone: string;
  discordChannelIds: readonly string[];
  slackChannelIds: readonly string[];
}

/** Daily-post settings backed by a JSON file; read once when created, written on every change. */
export class DailySettingsFile implements DailySettingsStore {
  readonly time: string;
  readonly defaultTimeZone: string;
  readonly fromSettings: Readonly<Record<DailyPlatform, readonly string[]>>;
  private servers: ServerChoice[];
  private readonly listeners: Array<() => void> = [];
  private readonly stored: DurableRecord<typeof schema>;

  constructor(
    readonly file: string,
    defaults: DailySettingsDefaults,
  ) {
    this.time = defaults.time;
    this.defaultTimeZone = defaults.timeZone;
    this.fromSettings = { discord: [...defaults.discordChannelIds], slack: [...defaults.slackChannelIds] };
    this.stored = new DurableRecord(file, schema, 'daily-post channels');
    this.servers = this.stored.read(() => ({ version: 1 as const, servers: [] })).servers;
  }

  /** Opens the store in a data folder. */
  static in(dataDir: string, defaults: DailySettingsDefaults): DailySettingsFile {
    return new DailySettingsFile(join(dataDir, CHANNEL_SETTINGS_FILE), defaults);
  }

  choice(platform: DailyPlatform, serverId: string): DailyChannelChoice | undefined {
    const found = this.servers.find((s) => s.platform === platform && s.serverId === serverId);
    if (!found) return undefined;
    const { platform: _platform, serverId: _serverId, ...choice } = found;
    return choice;
  }

  choices(): ServerChoice[] {
    return this.servers.map((server) => ({ ...server }));
  }

  set(platform: DailyPlatform, serverId: string, choice: DailyChannelChoice): void {
    const others = this.servers.filter((s) => !(s.platform === platform && s.serverId === serverId));
    this.save([...others, { platform, serverId, ...choice }]);
  }

  clear(platform: DailyPlatform, serverId: string): boolean {
    const remaining = this.servers.filter((s) => !(s.platform === platform && s.serverId === serverId));
    if (remaining.length === this.servers.length) return false;
    this.save(remaining);
    return true;
  }

  onChange(listener: () => void): void {
    this.listeners.push(listener);
  }

  private save(servers: ServerChoice[]): void {
    // A failed write is logged with a hint and retried; the choice holds in memory meanwhile.
    this.servers = servers;
    this.stored.save({ version: 1, servers });
    for (const listener of this.listeners) listener();
  }
}
