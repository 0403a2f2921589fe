/**
 * A snapshot of the loaded knowledge and its index in DATA_DIR, so that a start with the same
 * knowledge files and the same build reads it in milliseconds instead of parsing the YAML and
 * indexing every fact again. It is a cache and nothing more: it is used only when its key (the
 * build, Node's version and the fingerprint of the files) matches exactly, and anything wrong with
 * it (missing, damaged, another key) means a full load, which writes a new one.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { removeStaleTemporaries } from '../core/data-file.js';
import { log } from '../core/log.js';
import { knowledgeFingerprint } from '../knowledge/fingerprint.js';
import type { KnowledgeReadOptions } from '../knowledge/read-file.js';
import { YamlFileCache } from '../knowledge/yaml-cache.js';

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
  replaceFile(file, () => serialize({ key, parts } satisfies SnapshotFile), 'could not save the knowledge snapshot; the next start loads the files in full');
}

/** Writes `bytes()` to a temporary file renamed over `file`, or logs `failure` and leaves `file` as it was. */
function replaceFile(file: string, bytes: () => Uint8Array, failure: string): void {
  // Unique per write, also between the main thread and the loading worker (digits only, as
  // removeStaleTemporaries expects).
  const temporary = `${file}.${process.pid}.${Date.now()}${Math.floor(Math.random() * 1e6)}.tmp`;
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(temporary, bytes());
    renameSync(temporary, file);
  } catch (error) {
    try {
      rmSync(temporary, { force: true });
    } catch {
      /* the warning below says enough */
    }
    log.warn(failure, { file, error: error instanceof Error ? error.message : String(error) });
  }
}

/** The cache of parsed knowledge files (see yaml-cache.ts), kept beside the snapshot. */
export function yamlCacheFile(snapshot: SnapshotOptions): string {
  return join(dirname(snapshot.file), 'knowledge-yaml-cache.bin');
}

/** The files an earlier load of this build parsed; an empty cache when there are none (or they cannot be read). */
export function readYamlCache(snapshot: SnapshotOptions): YamlFileCache {
  const file = yamlCacheFile(snapshot);
  const version = `${snapshot.codeVersion} ${process.version}`;
  removeStaleTemporaries(file);
  try {
    return new YamlFileCache(version, readFileSync(file));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT')
      log.warn('parsed knowledge files unreadable; parsing them all', { file, error: error instanceof Error ? error.message : String(error) });
    return new YamlFileCache(version);
  }
}

/** Saves the files this load parsed or took from the cache, for the next full load; a failure is logged and otherwise ignored. */
export function writeYamlCache(snapshot: SnapshotOptions, cache: YamlFileCache): void {
  replaceFile(yamlCacheFile(snapshot), () => cache.toBytes(), 'could not save the parsed knowledge files; the next full load parses them all');
}
