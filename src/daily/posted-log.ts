/**
 * Which local day each channel last got its post, kept in DATA_DIR so a restart neither reposts
 * nor skips. Written atomically after every successful post. A post is recorded only once the
 * platform accepted it: if the bot dies between the two, the post may repeat once rather than be
 * lost, which is the better failure for a daily digest.
 */
import { join } from 'node:path';
import { z } from 'zod';
import { readJsonFile, writeJsonAtomic } from '../core/data-file.js';

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

  constructor(readonly file: string) {
    this.state = readJsonFile(file, schema, () => ({ version: 1 as const, channels: {} }));
  }

  /** Opens the log in a data folder. */
  static in(dataDir: string): PostedLog {
    return new PostedLog(join(dataDir, POSTED_LOG_FILE));
  }

  /** The local day ('YYYY-MM-DD') the channel last got its post, if ever. */
  lastDay(channelKey: string): string | undefined {
    return this.state.channels[channelKey]?.day;
  }

  /** Records a post and writes the file before returning. */
  record(channelKey: string, day: string, at: Date): void {
    this.state.channels[channelKey] = { day, at: at.toISOString() };
    writeJsonAtomic(this.file, this.state);
  }
}
