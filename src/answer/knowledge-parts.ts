/**
 * Loaded knowledge and its index data as a list of separately serialised parts, none large: what
 * the loading worker passes back to the main thread and what a snapshot keeps on disk. Reading
 * the parts back one step at a time lets the main thread answer questions in between (reading
 * 70,000 facts in one piece would hold it for most of a second).
 */
import { deserialize, serialize } from 'node:v8';
import type { Steps } from '../core/time-slices.js';
import type { LoadResult } from '../knowledge/load.js';
import type { Fact, Knowledge, Problem, Source } from '../knowledge/types.js';
import type { FactIndexData } from '../search/fact-index.js';

/** Changes whenever the parts' layout does, so parts of another layout are never misread. */
const FORMAT = 'azsr-knowledge-parts-1';
// Small enough that reading one part back takes a few milliseconds.
const FACTS_PER_PART = 250;
const TERMS_PER_PART = 500;

/** What the parts hold: the load's result and, when it has knowledge, its index data. */
export interface KnowledgeParts {
  result: LoadResult;
  index?: FactIndexData;
}

interface Head {
  format: string;
  files: string[];
  knowledge?: { sources: Map<string, Source>; aliases: string[][] };
  factParts: number;
  /** MiniSearch's serialised index without its three large members, which have parts of their own. */
  index?: { miniSearch: Omit<FactIndexData['miniSearch'], 'index' | 'documentIds' | 'fieldLength'>; termParts: number };
}

type Terms = Pick<FactIndexData, 'nameTerms' | 'subjectTerms' | 'entityTerms' | 'personTerms'>;

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let start = 0; start < items.length; start += size) out.push(items.slice(start, start + size));
  return out;
}

/** The result and index data as serialised parts, in the order unpackKnowledge reads them. */
export function packKnowledge({ result, index }: KnowledgeParts): Uint8Array[] {
  const knowledge = result.knowledge;
  const factParts = chunks(knowledge?.facts ?? [], FACTS_PER_PART);
  const values: unknown[] = [];
  const head: Head = { format: FORMAT, files: result.files, factParts: factParts.length };
  if (knowledge) head.knowledge = { sources: knowledge.sources, aliases: knowledge.aliases };
  values.push(head, result.problems, ...factParts);
  if (index) {
    const { index: terms, documentIds, fieldLength, ...rest } = index.miniSearch;
    const termParts = chunks(terms, TERMS_PER_PART);
    head.index = { miniSearch: rest, termParts: termParts.length };
    const { nameTerms, subjectTerms, entityTerms, personTerms } = index;
    values.push(
      index.docFrequency,
      index.surface,
      { nameTerms, subjectTerms, entityTerms, personTerms } satisfies Terms,
      documentIds,
      fieldLength,
      ...termParts,
    );
  }
  return values.map((value) => serialize(value));
}

/**
 * Reads the parts back, one part per step (see time-slices.ts). Throws when they are not parts of
 * this layout, or some are missing.
 */
export function* unpackKnowledge(parts: readonly Uint8Array[]): Steps<KnowledgeParts> {
  const reader = partReader(parts);
  const head = reader.take<Head>();
  if (head?.format !== FORMAT) throw new Error(`unpackKnowledge: not knowledge parts of layout ${FORMAT}`);
  yield;
  const result = yield* unpackLoadResult(head, reader);
  if (!head.index) {
    reader.checkNoneLeft();
    return { result };
  }
  const index = yield* unpackIndexData(head.index, reader);
  reader.checkNoneLeft();
  return { result, index };
}

/** Takes the parts in order, each once. */
function partReader(parts: readonly Uint8Array[]) {
  let next = 0;
  return {
    take<T>(): T {
      const part = parts[next++];
      if (!part) throw new Error(`unpackKnowledge: part ${next} of ${parts.length} is missing`);
      return deserialize(part) as T;
    },
    checkNoneLeft(): void {
      if (next !== parts.length) throw new Error(`unpackKnowledge: ${parts.length - next} parts left over`);
    },
  };
}

type PartReader = ReturnType<typeof partReader>;

function* unpackLoadResult(head: Head, reader: PartReader): Steps<LoadResult> {
  const problems = reader.take<Problem[]>();
  const facts: Fact[] = [];
  for (let i = 0; i < head.factParts; i++) {
    yield;
    for (const fact of reader.take<Fact[]>()) facts.push(fact);
  }
  const result: LoadResult = { problems, files: head.files };
  if (head.knowledge) {
    const factsById = new Map<string, Fact>();
    for (const fact of facts) {
      factsById.set(fact.id, fact);
      if (factsById.size % FACTS_PER_PART === 0) yield;
    }
    result.knowledge = { ...head.knowledge, facts, factsById } satisfies Knowledge;
  }
  return result;
}

function* unpackIndexData(headIndex: NonNullable<Head['index']>, reader: PartReader): Steps<FactIndexData> {
  yield;
  const docFrequency = reader.take<Map<string, number>>();
  yield;
  const surface = reader.take<Map<string, number>>();
  yield;
  const terms = reader.take<Terms>();
  yield;
  const documentIds = reader.take<FactIndexData['miniSearch']['documentIds']>();
  yield;
  const fieldLength = reader.take<FactIndexData['miniSearch']['fieldLength']>();
  const index: FactIndexData['miniSearch']['index'] = [];
  for (let i = 0; i < headIndex.termParts; i++) {
    yield;
    for (const entry of reader.take<FactIndexData['miniSearch']['index']>()) index.push(entry);
  }
  return { miniSearch: { ...headIndex.miniSearch, index, documentIds, fieldLength }, docFrequency, surface, ...terms };
}
