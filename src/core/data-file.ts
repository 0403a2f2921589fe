/**
 * The bot's own records in DATA_DIR (daily-post state, declined questions, votes) as JSON files.
 * Writes are atomic (a temporary file, flushed, then renamed over the old one), so a crash
 * mid-write leaves the previous version intact. A file that cannot be read back is set aside as
 * `<name>.corrupt-<time>` with a warning and the caller starts from its fallback: a damaged record
 * never stops the bot.
 */
import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import type { z } from 'zod';
import { log } from './log.js';

export function writeJsonAtomic(file: string, value: unknown): void {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.${Date.now()}.tmp`;
  const fd = openSync(temporary, 'w');
  try {
    writeSync(fd, `${JSON.stringify(value, null, 2)}\n`);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temporary, file);
}

/** Reads and validates a JSON file; missing gives the fallback, unreadable is set aside. */
export function readJsonFile<S extends z.ZodType>(file: string, schema: S, fallback: () => z.output<S>): z.output<S> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return fallback();
    throw error;
  }
  try {
    const parsed = schema.safeParse(JSON.parse(text));
    if (parsed.success) return parsed.data;
    throw new Error(parsed.error.issues[0]?.message ?? 'unexpected content');
  } catch (error) {
    const aside = `${file}.corrupt-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    try {
      renameSync(file, aside);
    } catch {
      // Could not move it; starting from the fallback is still the safe choice.
    }
    log.warn('a data file was unreadable; set it aside and started afresh', { file, setAsideAs: aside, error: error instanceof Error ? error.message : String(error) });
    return fallback();
  }
}
