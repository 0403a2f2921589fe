/**
 * The bot's own records in DATA_DIR (daily-post state, declined questions, votes) as JSON files.
 * A write either fully replaces the file or leaves the old one: the text goes to a temporary file,
 * which is flushed to disk and checked for its full length before being renamed over the old one
 * (a full disk shows as a short write or ENOSPC, never as a truncated record). A file that cannot
 * be read back, or is not a file at all (a folder), is set aside as `<name>.corrupt-<time>` with a
 * warning and the caller starts from its fallback: a damaged record never stops the bot.
 */
import * as nodeFs from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { z } from 'zod';
import { log } from './log.js';

/** The file-system calls used here; tests inject failures (a full disk, no permission). */
export type DataFs = Pick<
  typeof nodeFs,
  'openSync' | 'writeSync' | 'fsyncSync' | 'fstatSync' | 'closeSync' | 'renameSync' | 'unlinkSync' | 'readFileSync' | 'mkdirSync' | 'statSync' | 'readdirSync'
>;

/** A failed read or write of a data file, with what a person can do about it. */
export class DataFileError extends Error {
  constructor(
    readonly file: string,
    readonly code: string | undefined,
    readonly hint: string,
    cause: unknown,
  ) {
    super(`${file}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'DataFileError';
  }
}

/** What to do about an fs error code, in words an operator can act on. */
export function hintFor(code: string | undefined, file: string): string {
  const dir = dirname(file);
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return `the disk holding ${dir} is full: free some space; the bot keeps the data in memory and saves it again shortly`;
    case 'EACCES':
    case 'EPERM':
      return `the bot may not write or read ${file}: check the owner and permissions of ${dir} (DATA_DIR)`;
    case 'EROFS':
      return `${dir} is on a read-only file system: point DATA_DIR at a writable folder`;
    case 'ENOTDIR':
    case 'EEXIST':
      return `${dir} (DATA_DIR) or a folder above it is a file, not a folder: move it away or set DATA_DIR to a folder`;
    case 'EISDIR':
      return `${file} is a folder, not a file: move it away`;
    case 'SHORT_WRITE':
      return `the disk holding ${dir} took only part of the file (probably full): free some space`;
    default:
      return `check that ${dir} (DATA_DIR) is a writable folder`;
  }
}

const codeOf = (error: unknown) => (error as NodeJS.ErrnoException | undefined)?.code;
const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));
const stamp = () => new Date().toISOString().replace(/[:.]/g, '-');

function fail(file: string, error: unknown): never {
  if (error instanceof DataFileError) throw error;
  throw new DataFileError(file, codeOf(error), hintFor(codeOf(error), file), error);
}

/** Writes all of `bytes`, looping over short writes; a write that makes no progress is a full disk. */
function writeAll(fs: DataFs, fd: number, bytes: Buffer): void {
  let offset = 0;
  while (offset < bytes.length) {
    const written = fs.writeSync(fd, bytes, offset, bytes.length - offset);
    if (written <= 0) throw Object.assign(new Error(`short write: ${offset} of ${bytes.length} bytes`), { code: 'SHORT_WRITE' });
    offset += written;
  }
}

/** Best effort: makes the rename itself durable (not every file system allows it on a folder). */
function syncFolder(fs: DataFs, dir: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(dir, 'r');
    fs.fsyncSync(fd);
  } catch {
    // The data is already on disk; only the rename's durability is at stake.
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/**
 * Replaces `file` with `value` as JSON, or throws a DataFileError (with a hint) and leaves the old
 * file as it was. No temporary file is left behind on failure.
 */
export function writeJsonAtomic(file: string, value: unknown, fs: DataFs = nodeFs): void {
  const bytes = Buffer.from(`${JSON.stringify(value, null, 2)}\n`, 'utf8');
  const temporary = `${file}.${process.pid}.${Date.now()}.tmp`;
  try {
    fs.mkdirSync(dirname(file), { recursive: true });
  } catch (error) {
    fail(file, error);
  }
  let fd: number | undefined;
  try {
    fd = fs.openSync(temporary, 'w');
    writeAll(fs, fd, bytes);
    fs.fsyncSync(fd);
    const size = fs.fstatSync(fd).size;
    if (size !== bytes.length) throw Object.assign(new Error(`wrote ${size} of ${bytes.length} bytes`), { code: 'SHORT_WRITE' });
    fs.closeSync(fd);
    fd = undefined;
    fs.renameSync(temporary, file);
  } catch (error) {
    if (fd !== undefined)
      try {
        fs.closeSync(fd);
      } catch {
        /* already failing */
      }
    try {
      fs.unlinkSync(temporary);
    } catch {
      /* never created, or already gone */
    }
    fail(file, error);
  }
  syncFolder(fs, dirname(file));
}

/** Temporary files of `file` left by a process killed mid-write (`<name>.<pid>.<ms>.tmp`). */
export function removeStaleTemporaries(file: string, fs: DataFs = nodeFs): string[] {
  const name = basename(file);
  const pattern = new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.\\d+\\.\\d+\\.tmp$`);
  let names: string[];
  try {
    names = fs.readdirSync(dirname(file)) as string[];
  } catch {
    return []; // no folder yet (or not a folder): nothing left behind
  }
  const removed: string[] = [];
  for (const stale of names.filter((candidate) => pattern.test(candidate))) {
    try {
      fs.unlinkSync(join(dirname(file), stale));
      removed.push(stale);
    } catch (error) {
      log.warn('could not remove a temporary file left by an interrupted write', { file: join(dirname(file), stale), error: errorText(error) });
    }
  }
  if (removed.length > 0) log.info('removed temporary files left by an interrupted write', { file, removed: removed.length });
  return removed;
}

/** Moves a bad record out of the way so the next save does not overwrite evidence. */
function setAside(file: string, reason: string, fs: DataFs): void {
  const aside = `${file}.corrupt-${stamp()}`;
  try {
    fs.renameSync(file, aside);
    log.warn('a data file was unreadable; set it aside and started afresh', { file, setAsideAs: aside, reason });
  } catch (error) {
    log.warn('a data file was unreadable and could not be set aside; started afresh, and the next save replaces it', {
      file,
      reason,
      error: errorText(error),
      hint: hintFor(codeOf(error), file),
    });
  }
}

/**
 * Reads and validates a JSON file. Missing gives the fallback; unreadable, invalid or not a file
 * (a folder) is reported and set aside, and gives the fallback; a DATA_DIR that is a file is
 * reported and gives the fallback. Temporary files of interrupted writes are removed first.
 */
export function readJsonFile<S extends z.ZodType>(file: string, schema: S, fallback: () => z.output<S>, fs: DataFs = nodeFs): z.output<S> {
  removeStaleTemporaries(file, fs);
  let text: string;
  try {
    if (!fs.statSync(file).isFile()) {
      setAside(file, 'it is a folder or other non-file, not a JSON file', fs);
      return fallback();
    }
    text = fs.readFileSync(file, 'utf8') as string;
  } catch (error) {
    const code = codeOf(error);
    if (code === 'ENOENT') return fallback();
    if (code === 'ENOTDIR') {
      log.error('DATA_DIR is not a folder; keeping this record in memory only', { file, hint: hintFor(code, file) });
      return fallback();
    }
    setAside(file, `${code ?? errorText(error)}: ${hintFor(code, file)}`, fs);
    return fallback();
  }
  try {
    const parsed = schema.safeParse(JSON.parse(text));
    if (parsed.success) return parsed.data;
    throw new Error(parsed.error.issues[0]?.message ?? 'unexpected content');
  } catch (error) {
    setAside(file, errorText(error), fs);
    return fallback();
  }
}
