/** Runs loadKnowledge in a worker thread (see load-off-thread.ts) and posts the result back. */
import { parentPort, workerData } from 'node:worker_threads';
import { loadKnowledge } from './load.js';
import type { KnowledgeReadOptions } from './read-file.js';

const { dir, options } = workerData as { dir: string; options: KnowledgeReadOptions };
parentPort?.postMessage(loadKnowledge(dir, options));
