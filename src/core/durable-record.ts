/**
 * One record in DATA_DIR that is never lost to a failed write: the caller's data stays in memory,
 * the failure is logged once with a hint, and the latest value is written again later (and on
 * every further save) until it lands. The one code path for gaps, votes, daily channels and the
 * posted log.
 */
import * as nodeFs from 'node:fs';
import type { z } from 'zod';
import { DataFileError, readJsonFile, writeJsonAtomic, type DataFs } from './data-file.js';
import { log } from './log.js';

/** Knobs for tests; the defaults suit production. */
export interface DurableRecordOptions {
  /** Wait before writing again after a failure (default 30 s). */
  retryMs?: number;
  /** File-system calls, for tests that simulate a full disk. */
  fs?: DataFs;
}

const unsaved = new Set<DurableRecord<z.ZodType>>();

/** Writes every record whose last save failed; true when all are on disk now (call on shutdown). */
export function flushUnsavedRecords(): boolean {
  for (const record of [...unsaved]) record.flush();
  return unsaved.size === 0;
}

/** A JSON record with a zod schema, read once and saved after each change. */
export class DurableRecord<S extends z.ZodType> {
  private pending: unknown;
  private hasPending = false;
  private timer: NodeJS.Timeout | undefined;
  private lastError: string | undefined;
  private failures = 0;
  private readonly retryMs: number;
  private readonly fs: DataFs;

  constructor(
    readonly file: string,
    private readonly schema: S,
    private readonly what: string,
    options: DurableRecordOptions = {},
  ) {
    this.retryMs = options.retryMs ?? 30_000;
    this.fs = options.fs ?? nodeFs;
  }

  /** The stored value, or the fallback when there is none or it was set aside. */
  read(fallback: () => z.output<S>): z.output<S> {
    return readJsonFile(this.file, this.schema, fallback, this.fs);
  }

  /** True when the latest value is not on disk yet (a write failed and waits for its retry). */
  get unsaved(): boolean {
    return this.hasPending;
  }

  /** Writes `value` now; on failure keeps it, logs, and retries later. True when it is on disk. */
  save(value: unknown): boolean {
    this.pending = value;
    this.hasPending = true;
    return this.flush();
  }

  /** Writes the value still waiting, if any; true when nothing is waiting afterwards. */
  flush(): boolean {
    if (!this.hasPending) return true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    try {
      writeJsonAtomic(this.file, this.pending, this.fs);
    } catch (error) {
      this.failed(error);
      return false;
    }
    this.hasPending = false;
    this.pending = undefined;
    unsaved.delete(this as unknown as DurableRecord<z.ZodType>);
    if (this.failures > 0) log.info(`saved the ${this.what} again after ${this.failures} failed attempt${this.failures === 1 ? '' : 's'}`, { file: this.file });
    this.failures = 0;
    this.lastError = undefined;
    return true;
  }

  /** Stops the retry timer (shutdown); the value stays pending for flushUnsavedRecords. */
  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private failed(error: unknown): void {
    this.failures++;
    unsaved.add(this as unknown as DurableRecord<z.ZodType>);
    const message = error instanceof Error ? error.message : String(error);
    // One line per distinct failure, not one per question asked while the disk is full.
    if (message !== this.lastError) {
      log.error(`could not save the ${this.what}; keeping them in memory and trying again in ${Math.round(this.retryMs / 1000)} s`, {
        file: this.file,
        error: message,
        hint: error instanceof DataFileError ? error.hint : 'check that DATA_DIR is a writable folder',
      });
      this.lastError = message;
    }
    this.timer = setTimeout(() => this.flush(), this.retryMs);
    this.timer.unref(); // a retry must not keep a finished process alive
  }
}
