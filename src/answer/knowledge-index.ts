/**
 * What the engine searches in a knowledge base: its facts and, after them, the source documents
 * themselves (so their author, publisher and date can be asked), each findable by the words that
 * name its sources. Built here, or restored from data built elsewhere (a worker thread, a snapshot).
 */
import type { Fact, Knowledge } from '../knowledge/types.js';
import { buildFactIndex, restoreFactIndex, restoreFactIndexAsync, type FactIndex, type FactIndexData, type SourceWords } from '../search/fact-index.js';
import { sourceFacts } from './source-facts.js';

function searched(knowledge: Knowledge): [Fact[], string[][], SourceWords] {
  const sourceWords: SourceWords = (id) => {
    const source = knowledge.sources.get(id);
    return source ? `${id} ${source.publisher} ${source.names.join(' ')} ${source.published.slice(0, 4)}` : id;
  };
  return [[...knowledge.facts, ...sourceFacts(knowledge)], knowledge.aliases, sourceWords];
}

/** The index of the knowledge, built from scratch. */
export function buildKnowledgeIndex(knowledge: Knowledge): FactIndex {
  return buildFactIndex(...searched(knowledge));
}

/** The index of the knowledge from what `buildKnowledgeIndex(knowledge).data()` gave. */
export function restoreKnowledgeIndex(knowledge: Knowledge, data: FactIndexData): FactIndex {
  return restoreFactIndex(...searched(knowledge), data);
}

/** restoreKnowledgeIndex in small pieces, letting the event loop run between them. */
export function restoreKnowledgeIndexAsync(knowledge: Knowledge, data: FactIndexData): Promise<FactIndex> {
  return restoreFactIndexAsync(...searched(knowledge), data);
}
