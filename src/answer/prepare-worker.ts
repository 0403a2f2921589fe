/**
 * Prepares the knowledge in a worker thread (see prepare-off-thread.ts): the files loaded,
 * indexed and packed into parts, which are posted back.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadKnowledge } from '../knowledge/load.js';
import { buildKnowledgeIndex } from './knowledge-index.js';
import { packKnowledge } from './knowledge-parts.js';
import type { PrepareOptions } from './prepare-knowledge.js';

/** Posts the parts without copying them on the main thread: each is moved there with its memory. */
function post(parts: readonly Uint8Array[]): void {
  parentPort?.postMessage(parts, parts.map((part) => part.buffer as ArrayBuffer));
}

const { dir, options } = workerData as { dir: string; options: PrepareOptions };
const result = loadKnowledge(dir, options);
const index = result.knowledge && buildKnowledgeIndex(result.knowledge).data();
post(packKnowledge({ result, ...(index ? { index } : {}) }));
