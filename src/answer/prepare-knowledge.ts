/**
 * A knowledge folder made ready for an engine: the load's result and the index. From the snapshot
 * when one matches the files (see knowledge-snapshot.ts); otherwise the files are loaded and
 * indexed, and a new snapshot is saved. This runs on the calling thread, for start-up; the
 * running bot reloads with prepare-off-thread.ts, which does the same in a worker.
 */
import { runToEnd } from '../core/time-slices.js';
import { log } from '../core/log.js';
import { readKnowledge, type LoadResult } from '../knowledge/load.js';
import type { KnowledgeReadOptions } from '../knowledge/read-file.js';
import type { FactIndex } from '../search/fact-index.js';
import { buildKnowledgeIndex, restoreKnowledgeIndex } from './knowledge-index.js';
import { packKnowledge, unpackKnowledge, type KnowledgeParts } from './knowledge-parts.js';
import { readSnapshot, readYamlCache, snapshotKey, writeSnapshot, writeYamlCache, type SnapshotOptions } from './knowledge-snapshot.js';

/** How to load: the file limits, and where a snapshot is kept (none when left out). */
export interface PrepareOptions extends KnowledgeReadOptions {
  snapshot?: SnapshotOptions;
}

/** The load's result and, when it has knowledge, the index of it. */
export interface PreparedKnowledge {
  result: LoadResult;
  index?: FactIndex;
  /** Read from the snapshot, not from the files. */
  fromSnapshot?: boolean;
  /**
   * Left by `prepareKnowledge(…, { later: true })` when the files were loaded: adds the warnings to
   * `result.problems` (the same array), saves the snapshot and the parsed files (see
   * yaml-cache.ts). Answering needs none of them.
   */
  finish?: () => void;
}

/** What the loading worker posts back: the parts (see knowledge-parts.ts), and where they came from. */
export interface PreparedParts {
  parts: Uint8Array[];
  fromSnapshot: boolean;
}

/** The snapshot's parts when it matches the files; with the key to save a new one under otherwise. */
export function savedParts(dir: string, options: PrepareOptions): { key?: string; parts?: Uint8Array[] } {
  if (!options.snapshot) return {};
  const key = snapshotKey(options.snapshot, dir, options);
  return key === undefined ? {} : { key, parts: readSnapshot(options.snapshot.file, key) };
}

/** The parts read back, or undefined (with a warning) when they cannot be. */
export function unpackSaved(parts: readonly Uint8Array[]): KnowledgeParts | undefined {
  try {
    return runToEnd(unpackKnowledge(parts));
  } catch (error) {
    log.warn('knowledge snapshot unreadable; loading the files instead', { error: error instanceof Error ? error.message : String(error) });
    return undefined;
  }
}

/**
 * Saves the parts as the snapshot under `key`, unless the files changed while they were loaded
 * (then the key no longer describes them, and the next load saves one).
 */
export function saveSnapshot(dir: string, options: PrepareOptions, key: string, parts: () => Uint8Array[]): void {
  if (!options.snapshot || snapshotKey(options.snapshot, dir, options) !== key) return;
  writeSnapshot(options.snapshot.file, key, parts());
}

/**
 * Prepares the knowledge in `dir` on this thread. With `later`, the work answering does not need
 * (the warnings, saving the snapshot and the parsed files) is left in `finish` for the caller to
 * run once it is ready.
 */
export function prepareKnowledge(dir: string, options: PrepareOptions = {}, { later = false } = {}): PreparedKnowledge {
  const { key, parts } = savedParts(dir, options);
  const saved = parts && unpackSaved(parts);
  if (saved) {
    const knowledge = saved.result.knowledge;
    return { result: saved.result, fromSnapshot: true, ...(knowledge && saved.index ? { index: restoreKnowledgeIndex(knowledge, saved.index) } : {}) };
  }
  // Of the files an earlier load parsed, those unchanged are not parsed again.
  const yamlCache = options.snapshot && readYamlCache(options.snapshot);
  const { result, warnings } = readKnowledge(dir, options, yamlCache);
  const index = result.knowledge && buildKnowledgeIndex(result.knowledge);
  const finish = () => {
    result.problems.push(...warnings());
    // The snapshot holds the warnings too: a start from it reports what this load would.
    if (key !== undefined && index) saveSnapshot(dir, options, key, () => packKnowledge({ result, index: index.data() }));
    if (options.snapshot && yamlCache) writeYamlCache(options.snapshot, yamlCache);
  };
  // Knowledge with errors answers nothing: its warnings are reported with them at once.
  if (later && index) return { result, index, finish };
  finish();
  return { result, ...(index ? { index } : {}) };
}
