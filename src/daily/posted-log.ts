/**
 * Which local day each channel last got its post, kept in DATA_DIR so a restart neither reposts
 * nor skips. Written atomically after every successful post. A post is recorded only once the
 * platform accepted it: if the bot dies between the two, the post may repeat once rather than be
 * lost, which is the better failure for a daily digest.
 */
import { join } from 'node:path';
import { z } from 'zod';
import { DurableRecord } from '../core/durable-record.js';

const schema = z.object({
  version: z.literal(1),
  channels: z.record(z.string(), z.object({ day: z.string(), at: z.string() })),
});
type PostedFile = z.output<typeof schema>;

/** The file name inside DATA_DIR. */
export const POSTED_LOG_FILE = 'daily-posted.json';

/** The record of what was posted where; one instance per process, read once when created. */
export class PostedLog {
  private readonly state: PostedFile;
  private readonly stored: DurableRecord<typeof schema>;

  constructor(readonly file: string) {
    this.stored = new DurableRecord(file, schema, 'daily-post log');
    this.state = this.stored.read(() => ({ version: 1 as const, channels: {} }));
  }

  /** Opens the log in a data folder. */
  static in(dataDir: string): PostedLog {
    return new PostedLog(join(dataDir, POSTED_LOG_FILE));
  }

  /** The local day ('YYYY-MM-DD') the channel last got its post, if ever. */
  lastDay(channelKey: string): string | undefined {
    return this.state.channels[channelKey]?.day;
  }

  /** Records a post and writes the file before returning (or keeps it in memory and retries). */
  record(channelKey: string, day: string, at: Date): void {
    this.state.channels[channelKey] = { day, at: at.toISOString() };
    this.stored.save(this.state);
  }
}
