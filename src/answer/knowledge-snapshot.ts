/**
 * A snapshot of the loaded knowledge and its index in DATA_DIR, so that a start with the same
 * knowledge files and the same build reads it in milliseconds instead of parsing the YAML and
 * indexing every fact again. It is a cache and nothing more: it is used only when its key (the
 * build, Node's version and the fingerprint of the files) matches exactly, and anything wrong with
 * it (missing, damaged, another key) means a full load, which writes a new one.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { removeStaleTemporaries } from '../core/data-file.js';
import { log } from '../core/log.js';
import { knowledgeFingerprint } from '../knowledge/fingerprint.js';
import type { KnowledgeReadOptions } from '../knowledge/read-file.js';

/** Where the snapshot is kept and which build may read it. */
export interface SnapshotOptions {
  /** The snapshot file (DATA_DIR/knowledge-snapshot.bin). */
  file: string;
  /** The build's identity (dist/.built): a snapshot is read only by the build that wrote it. */
  codeVersion: string;
}

interface SnapshotFile {
  key: string;
  parts: Uint8Array[];
}

/** The key of the knowledge in `dir` as it is now, or undefined when its files cannot all be read. */
export function snapshotKey(snapshot: SnapshotOptions, dir: string, options: KnowledgeReadOptions): string | undefined {
  const fingerprint = knowledgeFingerprint(dir, options);
  if (fingerprint === undefined) return undefined;
  return createHash('sha256')
    .update(JSON.stringify([snapshot.codeVersion, process.version, fingerprint]))
    .digest('hex');
}

/** The saved parts (see knowledge-parts.ts) when the snapshot has this key; undefined otherwise. */
export function readSnapshot(file: string, key: string): Uint8Array[] | undefined {
  removeStaleTemporaries(file);
  let saved: SnapshotFile;
  try {
    saved = deserialize(readFileSync(file)) as SnapshotFile;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT')
      log.warn('knowledge snapshot unreadable; loading the files instead', { file, error: error instanceof Error ? error.message : String(error) });
    return undefined;
  }
  return saved?.key === key && Array.isArray(saved.parts) ? saved.parts : undefined;
}

/** Replaces the snapshot (a temporary file renamed over it); a failure is logged and otherwise ignored. */
export function writeSnapshot(file: string, key: string, parts: Uint8Array[]): void {
  // Unique per write, also between the main thread and the loading worker (digits only, as
  // removeStaleTemporaries expects).
  const temporary = `${file}.${process.pid}.${Date.now()}${Math.floor(Math.random() * 1e6)}.tmp`;
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(temporary, serialize({ key, parts } satisfies SnapshotFile));
    renameSync(temporary, file);
  } catch (error) {
    try {
      rmSync(temporary, { force: true });
    } catch {
      /* the warning below says enough */
    }
    log.warn('could not save the knowledge snapshot; the next start loads the files in full', {
      file,
      error: error instanceof Error ? error.message : String(error),
    });
  }
}
