/**
 * A knowledge folder made ready for an engine: the load's result and the index. This runs on the
 * calling thread, for start-up; the running bot reloads with prepare-off-thread.ts, which does the
 * same in a worker.
 */
import { loadKnowledge, type LoadResult } from '../knowledge/load.js';
import type { KnowledgeReadOptions } from '../knowledge/read-file.js';
import type { FactIndex } from '../search/fact-index.js';
import { buildKnowledgeIndex } from './knowledge-index.js';

/** How to load: the file limits. */
export type PrepareOptions = KnowledgeReadOptions;

/** The load's result and, when it has knowledge, the index of it. */
export interface PreparedKnowledge {
  result: LoadResult;
  index?: FactIndex;
}

/** Prepares the knowledge in `dir` on this thread. */
export function prepareKnowledge(dir: string, options: PrepareOptions = {}): PreparedKnowledge {
  const result = loadKnowledge(dir, options);
  if (!result.knowledge) return { result };
  return { result, index: buildKnowledgeIndex(result.knowledge) };
}
