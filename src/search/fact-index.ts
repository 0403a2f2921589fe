/**
 * One MiniSearch index over the facts: statement, named entities, tags and date words, with the
 * entities and tags boosted because a question usually names who or what it is about. Alongside
 * it, each term's document frequency, used to weigh question terms and to skip fuzzy matching for
 * words the index already knows (the expensive part of MiniSearch at 100,000 facts).
 */
import MiniSearch, { type AsPlainObject, type Options, type SearchResult } from 'minisearch';
import { yieldToEventLoop } from '../core/time-slices.js';
import { MONTH_NAMES, yearsOf } from '../knowledge/dates.js';
import type { Fact } from '../knowledge/types.js';
import { buildAliasMap } from './aliases.js';
import { createAnalyzer, type Analyzer } from './analyzer.js';
import { words } from './normalize.js';
import { buildSpellingIndex } from './spelling.js';
import { STOPWORDS } from './stopwords.js';

interface IndexedDoc {
  id: number;
  statement: string;
  entities: string;
  tags: string;
  when: string;
  source: string;
}

export interface FactMatch {
  fact: Fact;
  /** MiniSearch's BM25 score. */
  score: number;
  /** The question terms this fact matched (exactly or fuzzily). */
  matched: string[];
}

export interface FactIndex {
  analyze: Analyzer;
  /** Document frequency of an analysed term (0 when unknown). */
  frequency(term: string): number;
  /** Inverse document frequency, high for rare terms; unknown terms get the highest. */
  weight(term: string): number;
  /** Is the term part of the name of a person or place in some fact? */
  isNameTerm(term: string): boolean;
  /** Is the term a subject of some fact: in its people, places, organisations, tags or date? */
  isSubjectTerm(term: string): boolean;
  /** Is the term part of a person's name in some fact? */
  isPersonTerm(term: string): boolean;
  /** Is the term part of a person's, place's or organisation's name in some fact? */
  isEntityTerm(term: string): boolean;
  /** The known word one typo away from an unknown one, if there is one. */
  correct(term: string): string | undefined;
  /**
   * The term of the word as the facts or the aliases spell it, one typo away from a word as typed
   * ("higway" → highway → motorway, "minster" → minister): typos are made in words, not in stems.
   */
  correctWord(word: string): string | undefined;
  /** Terms known to the index that start with a prefix (for suffix-heavy Serbian/Azerbaijani words). */
  longestKnownPrefix(term: string): string | undefined;
  /** The facts matching any of the terms, best first. */
  search(terms: readonly string[], options?: { limit?: number; prefixLast?: boolean }): FactMatch[];
  readonly size: number;
  /** The index as plain data, to hand to another thread or save (see restoreFactIndex). */
  data(): FactIndexData;
}

function dateWords(fact: Fact): string {
  if (!fact.date) return '';
  const parts = yearsOf(fact.date).map(String);
  const month = fact.date.start.month;
  if (month !== undefined) parts.push(MONTH_NAMES[month - 1] as string);
  if (fact.date.start.day !== undefined) parts.push(String(fact.date.start.day));
  return parts.join(' ');
}

/** Words naming a fact's sources, so "what did RUSI say about …" or "jamestown 2014" find them. */
export type SourceWords = (sourceId: string) => string;

/**
 * What building the index works out from the facts, as plain data (Maps, Sets and MiniSearch's own
 * serialised form): it can be built in a worker thread, or saved, and made into the same index
 * again with restoreFactIndex, without analysing the facts a second time.
 */
export interface FactIndexData {
  /** MiniSearch's index, as its toJSON() gives it. */
  miniSearch: AsPlainObject;
  /** Of each analysed term, how many facts have it. */
  docFrequency: Map<string, number>;
  /** Of each word as spelt (not stemmed) in the facts and the aliases, how often it occurs. */
  surface: Map<string, number>;
  nameTerms: Set<string>;
  subjectTerms: Set<string>;
  entityTerms: Set<string>;
  personTerms: Set<string>;
}

type Analysed = Omit<FactIndexData, 'miniSearch'> & { miniSearch: MiniSearch<IndexedDoc> };

function docOf(fact: Fact, id: number, sourceWords: SourceWords): IndexedDoc {
  return {
    id,
    statement: fact.statement,
    entities: [...fact.people, ...fact.places, ...fact.orgs].join(' · '),
    tags: fact.tags.join(' · '),
    when: dateWords(fact),
    source: fact.sources.map(sourceWords).join(' · '),
  };
}

const fieldsOf = (doc: IndexedDoc) => [doc.statement, doc.entities, doc.tags, doc.when, doc.source];

function miniSearchOptions(tokenize: (text: string) => string[]): Options<IndexedDoc> {
  return {
    fields: ['statement', 'entities', 'tags', 'when', 'source'],
    tokenize,
    processTerm: (term) => term,
    searchOptions: { boost: { entities: 2, tags: 1.5, when: 1.5, source: 0.5 }, tokenize: (q) => q.split(' '), processTerm: (t) => t },
  };
}

/** The expensive part: every text of every fact analysed, counted and put in MiniSearch. */
function analyse(facts: readonly Fact[], aliasGroups: readonly (readonly string[])[], sourceWords: SourceWords, analyzeText: Analyzer): Analysed {
  const docFrequency = new Map<string, number>();
  const docs: IndexedDoc[] = facts.map((fact, id) => docOf(fact, id, sourceWords));

  // Each field is analysed once: the terms feed the frequencies here and MiniSearch just after.
  const buildCache = new Map<string, string[]>();
  const analyzeOnce = (text: string) => {
    let terms = buildCache.get(text);
    if (!terms) buildCache.set(text, (terms = analyzeText(text)));
    return terms;
  };
  for (const doc of docs) {
    for (const term of new Set(fieldsOf(doc).flatMap(analyzeOnce))) docFrequency.set(term, (docFrequency.get(term) ?? 0) + 1);
  }
  const miniSearch = new MiniSearch<IndexedDoc>(miniSearchOptions(analyzeOnce));
  miniSearch.addAll(docs);
  buildCache.clear();

  const surface = new Map<string, number>();
  const addSurface = (word: string) => {
    if (word.length >= 4 && !STOPWORDS.has(word) && !/\d/.test(word)) surface.set(word, (surface.get(word) ?? 0) + 1);
  };
  for (const doc of docs) for (const text of fieldsOf(doc)) for (const word of words(text)) addSurface(word);
  for (const group of aliasGroups)
    for (const spelling of group) if (!String(spelling).trim().endsWith('*')) for (const word of words(String(spelling))) addSurface(word);

  const nameTerms = new Set(facts.flatMap((fact) => [...fact.people, ...fact.places]).flatMap(analyzeText));
  const subjectTerms = new Set(docs.flatMap((doc) => [doc.entities, doc.tags, doc.when]).flatMap(analyzeText));
  const entityTerms = new Set(docs.flatMap((doc) => analyzeText(doc.entities)));
  const personTerms = new Set(facts.flatMap((fact) => fact.people).flatMap(analyzeText));
  return { miniSearch, docFrequency, surface, nameTerms, subjectTerms, entityTerms, personTerms };
}

export function buildFactIndex(facts: readonly Fact[], aliasGroups: readonly (readonly string[])[], sourceWords: SourceWords = (id) => id): FactIndex {
  const analyzeText = createAnalyzer(buildAliasMap(aliasGroups));
  return indexOver(facts, sourceWords, analyzeText, analyse(facts, aliasGroups, sourceWords, analyzeText));
}

/**
 * The index that `data` was taken from. `facts`, `aliasGroups` and `sourceWords` must be the ones
 * it was built with (MiniSearch knows the facts by their position).
 */
export function restoreFactIndex(
  facts: readonly Fact[],
  aliasGroups: readonly (readonly string[])[],
  sourceWords: SourceWords,
  data: FactIndexData,
): FactIndex {
  const analyzeText = createAnalyzer(buildAliasMap(aliasGroups));
  return indexOver(facts, sourceWords, analyzeText, { ...data, miniSearch: MiniSearch.loadJS(data.miniSearch, miniSearchOptions(analyzeText)) });
}

/** restoreFactIndex in small pieces (MiniSearch's own, and ours), letting the event loop run between them. */
export async function restoreFactIndexAsync(
  facts: readonly Fact[],
  aliasGroups: readonly (readonly string[])[],
  sourceWords: SourceWords,
  data: FactIndexData,
): Promise<FactIndex> {
  const analyzeText = createAnalyzer(buildAliasMap(aliasGroups));
  await yieldToEventLoop();
  const miniSearch = await MiniSearch.loadJSAsync(data.miniSearch, miniSearchOptions(analyzeText));
  await yieldToEventLoop();
  return indexOver(facts, sourceWords, analyzeText, { ...data, miniSearch });
}

/** The index's questions, answered from what analyse() worked out. */
function indexOver(facts: readonly Fact[], sourceWords: SourceWords, analyzeText: Analyzer, analysed: Analysed): FactIndex {
  const { miniSearch, docFrequency, surface, nameTerms, subjectTerms, entityTerms, personTerms } = analysed;
  const termsOf = termsOfFactCache(facts, sourceWords, analyzeText);
  const spelling = buildSpellingIndex(docFrequency);
  const surfaceSpelling = buildSpellingIndex(surface);
  const analyzeShort = shortTextAnalyzer(analyzeText);
  return {
    isNameTerm: (term) => nameTerms.has(term),
    isSubjectTerm: (term) => subjectTerms.has(term),
    isEntityTerm: (term) => entityTerms.has(term),
    isPersonTerm: (term) => personTerms.has(term),
    analyze: analyzeShort,
    correct: (term) => spelling.correct(term),
    correctWord: (word) => {
      const fixed = surfaceSpelling.correct(word);
      return fixed === undefined ? undefined : analyzeShort(fixed)[0];
    },
    size: facts.length,
    data: () => ({ ...analysed, miniSearch: miniSearch.toJSON() }),
    frequency: (term) => docFrequency.get(term) ?? 0,
    weight: termWeight(docFrequency, facts.length),
    longestKnownPrefix: (term) => longestKnownPrefix(term, docFrequency),
    search: searchFacts({ facts, miniSearch, docFrequency, termsOf }),
  };
}

function termWeight(docFrequency: ReadonlyMap<string, number>, factCount: number): (term: string) => number {
  const total = Math.max(1, factCount);
  // A word no fact uses at all is stronger evidence of a question the sources do not answer
  // than even the rarest word they do use.
  const unknownWeight = 1.3 * Math.log(1 + total);
  return (term) => {
    const df = docFrequency.get(term);
    return df ? Math.log(1 + total / df) : unknownWeight;
  };
}

/** Every analysed term of a fact, worked out the first time it is asked for. */
function termsOfFactCache(facts: readonly Fact[], sourceWords: SourceWords, analyzeText: Analyzer): (id: number) => Set<string> {
  const termsOfFact = new Map<number, Set<string>>();
  return (id) => {
    let terms = termsOfFact.get(id);
    if (!terms) termsOfFact.set(id, (terms = new Set(fieldsOf(docOf(facts[id] as Fact, id, sourceWords)).flatMap(analyzeText))));
    return terms;
  };
}

/** Questions are read word by word as well as whole; short texts (words, names) are analysed once. */
function shortTextAnalyzer(analyzeText: Analyzer): Analyzer {
  const shortCache = new Map<string, string[]>();
  return (text: string): string[] => {
    if (text.length > 40) return analyzeText(text);
    let terms = shortCache.get(text);
    if (!terms) {
      if (shortCache.size > 100_000) shortCache.clear();
      shortCache.set(text, (terms = analyzeText(text)));
    }
    return terms;
  };
}

function longestKnownPrefix(term: string, docFrequency: ReadonlyMap<string, number>): string | undefined {
  // At least five letters kept, so a short known stem ("valu", "euro") does not swallow an
  // unrelated longer word ("valueof", "eurovision").
  for (let end = term.length - 1; end >= Math.max(5, term.length - 4); end--) {
    const prefix = term.slice(0, end);
    if (docFrequency.has(prefix)) return prefix;
  }
  return undefined;
}

interface SearchParts {
  facts: readonly Fact[];
  miniSearch: MiniSearch<IndexedDoc>;
  docFrequency: ReadonlyMap<string, number>;
  termsOf: (id: number) => Set<string>;
}

function searchFacts({ facts, miniSearch, docFrequency, termsOf }: SearchParts): FactIndex['search'] {
  // Words in more than this many facts are too common to retrieve by: at 100,000 facts their
  // postings dominate the cost. They still count, checked on the few candidates found.
  const commonAbove = Math.max(50, Math.max(1, facts.length) * 0.02);
  return (queryTerms, options = {}) => {
    if (queryTerms.length === 0) return [];
    const { retrieval, checked } = retrievalTerms(queryTerms, docFrequency, commonAbove);
    const last = queryTerms[queryTerms.length - 1];
    const results: SearchResult[] = miniSearch.search(retrieval.join(' '), {
      combineWith: 'OR',
      // One-letter typos are corrected before searching (spelling.ts); only long unknown words
      // are worth the cost of a fuzzy look-up at distance 2.
      fuzzy: (term) => (docFrequency.has(term) || /\d/.test(term) || term.length < 8 ? false : 2),
      maxFuzzy: 2,
      prefix: (term) => options.prefixLast === true && term === last,
    });
    return results.slice(0, options.limit ?? 40).map((result) => {
      const id = result.id as number;
      const terms = checked.length > 0 ? termsOf(id) : undefined;
      return {
        fact: facts[id] as Fact,
        score: result.score,
        matched: [...result.queryTerms, ...checked.filter((term) => terms?.has(term))],
      };
    });
  };
}

/** The rarest few terms, to retrieve candidates by; the rest, checked on the candidates found. */
function retrievalTerms(queryTerms: readonly string[], docFrequency: ReadonlyMap<string, number>, commonAbove: number) {
  const byRarity = [...queryTerms].sort((a, b) => (docFrequency.get(a) ?? 0) - (docFrequency.get(b) ?? 0));
  const rare = byRarity.filter((term) => (docFrequency.get(term) ?? 0) <= commonAbove);
  const retrieval = (rare.length > 0 ? rare : byRarity.slice(0, 1)).slice(0, 6);
  const checked = queryTerms.filter((term) => !retrieval.includes(term));
  return { retrieval, checked };
}
