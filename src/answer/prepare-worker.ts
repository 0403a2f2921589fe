/**
 * Prepares the knowledge in a worker thread (see prepare-off-thread.ts): the snapshot's parts when
 * it matches the files, otherwise the files loaded, indexed and packed into parts (and saved as the
 * new snapshot). Posts the parts back.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadKnowledge } from '../knowledge/load.js';
import { buildKnowledgeIndex } from './knowledge-index.js';
import { packKnowledge } from './knowledge-parts.js';
import { savedParts, saveSnapshot, unpackSaved, type PrepareOptions, type PreparedParts } from './prepare-knowledge.js';

/**
 * Posts the parts without copying them on the main thread: each is moved there with its memory
 * (a part sharing its memory with others, as those of a snapshot file do, is copied here first).
 */
function post(parts: readonly Uint8Array[], fromSnapshot: boolean): void {
  const owned = parts.map((part) => (part.byteOffset === 0 && part.byteLength === part.buffer.byteLength ? part : new Uint8Array(part)));
  parentPort?.postMessage(
    { parts: owned, fromSnapshot } satisfies PreparedParts,
    owned.map((part) => part.buffer as ArrayBuffer),
  );
}

const { dir, options } = workerData as { dir: string; options: PrepareOptions };
const { key, parts } = savedParts(dir, options);
if (parts && unpackSaved(parts)) {
  post(parts, true);
} else {
  const result = loadKnowledge(dir, options);
  const index = result.knowledge && buildKnowledgeIndex(result.knowledge).data();
  const packed = packKnowledge({ result, ...(index ? { index } : {}) });
  // Saved first: posting moves the parts' memory to the main thread.
  if (key !== undefined && index) saveSnapshot(dir, options, key, () => packed);
  post(packed, false);
}
