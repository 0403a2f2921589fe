/**
 * The answer engine: one loaded knowledge base and its index, and the logic that picks a fact as
 * the answer or declines. Platform-neutral and synchronous; a question costs well under a
 * millisecond at our size.
 */
import { dateOrdinal, formatFactDate } from '../knowledge/dates.js';
import type { Fact, Knowledge } from '../knowledge/types.js';
import type { FactIndex } from '../search/fact-index.js';
import { cleanQuestion, hasContent, MAX_QUESTION_LENGTH } from './clean-question.js';
import { traitsOf } from './fact-traits.js';
import { readIntent, type Intent } from './intent.js';
import { COUNTRY_TERMS, rank, type Scored } from './rank.js';
import { THE_COUNTRIES } from './question-words.js';
import { AnswerCache } from './answer-cache.js';
import { buildKnowledgeIndex } from './knowledge-index.js';
import { splitCoordinated, splitCoordinatedPlaces, splitQuestion } from './split-question.js';
import { words } from '../search/normalize.js';

/**
 * How much of a question's weight the best fact must cover to be given as the answer. Set from
 * labelled questions with `npm run eval -- --calibrate` (see src/eval/calibrate.ts): 0.59 on our own
 * questions, the shared dev set and blind batches b1–b8 (775 questions), checked on b9 and b10 (144
 * questions it was not set on: 81.9% handled right, against 81.3% at the earlier 0.61), 30 Nov 2026.
 */
export const CONFIDENCE = 0.59;

export interface EngineOptions {
  /** The share of a question a fact must cover to answer it (default CONFIDENCE). */
  confidence?: number;
  /** How many answers to keep for repeated questions (default 10,000, a few MB; 0 keeps none). */
  cacheSize?: number;
  /** The knowledge's index when it was built or restored beforehand (see knowledge-index.ts); otherwise built here. */
  index?: FactIndex;
}
const RELATED = 3;
// A fact covering this share of a question is on its subject: worth showing as related.
const NEAR_SHARE = 0.3;

export interface Answer {
  /** The question as searched (cleaned, maybe trimmed). */
  question: string;
  answered: boolean;
  /** The answer as shown, without related facts; for a decline, the decline. */
  text: string;
  /** The facts the answer rests on, the leading one first. */
  facts: Fact[];
  related: Fact[];
  intent: Intent;
  notes: string[];
  /** For a decline: topics the bot does know. */
  suggestions: string[];
  /** Share of the question's weight covered by the leading fact (0–1). */
  confidence: number;
}

export interface Engine {
  readonly knowledge: Knowledge;
  /** The share of a question a fact must cover to answer it. */
  readonly confidence: number;
  readonly index: FactIndex;
  /** Broad topics known, most common first, for suggestions. */
  readonly topics: string[];
  ask(question: string): Answer;
}

export function createEngine(knowledge: Knowledge, options: EngineOptions = {}): Engine {
  // The facts and the documents themselves, so their author, publisher and date can be asked.
  const index = options.index ?? buildKnowledgeIndex(knowledge);
  const topics = commonTags(knowledge.facts, 12);
  const sourceNames = [...knowledge.sources.values()].map((source) => ({
    id: source.id,
    names: source.names.map((name) => index.analyze(name)).filter((terms) => terms.length > 0),
  }));
  const cache = new AnswerCache<Answer>(options.cacheSize);
  const engine: Engine = {
    knowledge,
    index,
    topics,
    confidence: options.confidence ?? CONFIDENCE,
    ask: (question) => cache.get(question) ?? cache.set(question, answer(engine, sourceNames, question)),
  };
  return engine;
}

// Tags that describe the kind of fact rather than its subject make poor topics to offer.
const KIND_TAGS = new Set(['analysis', 'profile', 'why', 'risk', 'commentary', 'opinion']);

function commonTags(facts: readonly Fact[], count: number): string[] {
  const counts = new Map<string, number>();
  for (const fact of facts) for (const tag of fact.tags) if (!KIND_TAGS.has(tag.toLowerCase())) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, count)
    .map(([tag]) => tag);
}

/** The leading fact: the best confident match; for "first", the earliest of the near-best, for "latest" the last. */
function pickBest(ranked: Scored[], intent: Intent, confidence: number): Scored | undefined {
  const confident = ranked.filter((candidate) => candidate.fits && candidate.coverage >= confidence);
  // "Why did Serbia sign the gas deal": a fact that gives a reason answers; one that only reports the deal does not.
  if (intent.kind === 'why') return confident.find((candidate) => traitsOf(candidate.fact).reason) ?? confident[0];
  const [top] = confident;
  if (!top || intent.first === Boolean(intent.latest)) return top;
  const close = confident.filter((c) => c.fact.date && c.coverage >= top.coverage - 0.05 && c.total >= top.total - 0.1);
  const byDate = close.sort((a, b) => dateOrdinal(a.fact.date!) - dateOrdinal(b.fact.date!));
  return (intent.latest ? byDate.at(-1) : byDate[0]) ?? top;
}

/** Facts that disagree with each other, both ways round, found once per knowledge. */
const disagreementCache = new WeakMap<Knowledge, Map<string, Set<string>>>();

function disagreeing(knowledge: Knowledge, fact: Fact): Fact[] {
  let links = disagreementCache.get(knowledge);
  if (!links) {
    links = new Map();
    for (const one of knowledge.facts) {
      for (const other of one.disagreesWith) {
        links.set(one.id, (links.get(one.id) ?? new Set()).add(other));
        links.set(other, (links.get(other) ?? new Set()).add(one.id));
      }
    }
    disagreementCache.set(knowledge, links);
  }
  return [...(links.get(fact.id) ?? [])].map((id) => knowledge.factsById.get(id)).filter((f): f is Fact => f !== undefined);
}

function lead(fact: Fact, intent: Intent): string {
  if (intent.kind === 'when' && fact.date) return `${formatFactDate(fact.date)}: ${fact.statement}`;
  return fact.statement;
}

/** Topics near what was asked (from the weak matches), then the most common ones. */
function suggestTopics(engine: Engine, near: readonly Fact[]): string[] {
  const nearby = near.flatMap((fact) => fact.tags.filter((tag) => !KIND_TAGS.has(tag.toLowerCase())).slice(0, 2));
  const seen = new Set<string>();
  return [...nearby, ...engine.topics]
    .filter((topic) => {
      // "twin city" and "twin cities" are one topic.
      const key = engine.index.analyze(topic).join(' ') || topic.toLowerCase();
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .slice(0, 10);
}

interface Decline {
  question: string;
  intent: Intent;
  notes: string[];
  text: string;
  /** Facts on the subject that do not answer it: shown as related, never as the answer. */
  near?: readonly Fact[];
}

function decline(engine: Engine, { question, intent, notes, text, near = [] }: Decline): Answer {
  return { question, answered: false, text, facts: [], related: [...near], intent, notes, suggestions: suggestTopics(engine, near), confidence: 0 };
}

type SourceNames = readonly { id: string; names: string[][] }[];

/** The sources a question names ("according to RUSI", "the Jamestown piece"), and the terms naming them. */
function namedSources(engine: Engine, sourceNames: SourceNames, question: string): { ids: string[]; terms: Set<string> } {
  const asked = new Set(engine.index.analyze(question));
  const ids: string[] = [];
  const terms = new Set<string>();
  for (const { id, names } of sourceNames) {
    const said = names.filter((name) => name.every((term) => asked.has(term)));
    if (said.length === 0) continue;
    ids.push(id);
    for (const term of said.flat()) terms.add(term);
  }
  return { ids, terms };
}

function answer(engine: Engine, sourceNames: SourceNames, raw: string): Answer {
  const cleaned = cleanQuestion(raw);
  const question = cleaned.text;
  const notes = cleaned.trimmed ? [`Your question was long, so only its first ${MAX_QUESTION_LENGTH} characters were searched.`] : [];
  const intent = readIntent(question);
  if (!hasContent(question)) {
    return decline(engine, { question, intent, notes, text: 'Please ask a question in words, for example: when did Aliyev visit Niš?' });
  }
  // "Which mosque and church…": each is a whole question, with nothing to borrow from the other.
  const coordinated = splitCoordinated(question) ?? placesApart(engine, question);
  const texts = coordinated ?? withoutEmptyParts(engine, splitQuestion(question));
  if (texts.length === 1) return answerPart(engine, sourceNames, { text: question, context: [] }, notes);
  // Each part gets its own fact: one already given for an earlier part is not given again. A part
  // that points back borrows from the parts before it and from the facts given for them.
  const used = new Set<Fact>();
  const answered: { part: string; answer: Answer }[] = [];
  for (const [i, text] of texts.entries()) {
    const found = answerPart(
      engine,
      sourceNames,
      coordinated
        ? { text, context: [] }
        : withContext(
            engine,
            texts,
            i,
            answered.map(({ answer: a }) => a.facts),
          ),
      [],
      used,
    );
    for (const fact of found.facts) used.add(fact);
    answered.push({ part: text, answer: found });
  }
  return combineParts(engine, { question, intent, notes }, answered);
}

/**
 * Is a word (part of) the name of a place some fact is about, other than the two countries? They
 * name the relationship itself ("trade between Serbia and Azerbaijan"), as do their capitals together.
 */
function isPlaceWord(engine: Engine, word: string): boolean {
  const terms = engine.index.analyze(word);
  return terms.length > 0 && terms.every((term) => engine.index.isNameTerm(term) && !engine.index.isPersonTerm(term) && !THE_COUNTRIES.has(term));
}

/** "…in Belgrade and Novi Sad" as a question about each; not "Baku and Belgrade", which is the relationship. */
function placesApart(engine: Engine, question: string): [string, string] | undefined {
  const split = splitCoordinatedPlaces(question, (word) => isPlaceWord(engine, word));
  const capitals = /\bbaku\b.*\bbelgrad|\bbelgrad.*\bbaku\b/;
  return split && !capitals.test(engine.index.analyze(question).join(' ')) ? split : undefined;
}

/** A request for names with no words of its own ("…, what's his name?") says more about the part before it. */
function withoutEmptyParts(engine: Engine, parts: string[]): string[] {
  const kept: string[] = [];
  for (const part of parts) {
    if (kept.length > 0 && readIntent(part).namesAsked && engine.index.analyze(part).length === 0) kept[kept.length - 1] = `${kept.at(-1)}, ${part}`;
    else kept.push(part);
  }
  return kept;
}

// Words that point back to an earlier part ("which year was THAT", "where does HE work").
const BACK_REFERENCES = new Set([
  'it',
  'that',
  'this',
  'he',
  'she',
  'they',
  'them',
  'his',
  'her',
  'its',
  'their',
  'there',
  'o',
  'onu',
  'on',
  'ona',
  'ono',
  'to',
  'tamo',
  'ga',
  'eto',
  'tam',
  'ego',
  'ee',
]);

interface Part {
  text: string;
  /** Terms borrowed from earlier parts, weighing less than the part's own. */
  context: string[];
}

/**
 * A later part that points back ("…and where does HE work?", "how much was THE DEAL worth?")
 * borrows from the parts before it: the people they name, or else the people their answers name
 * ("who wrote the RUSI piece and where is HE based"), else the names and subjects of the parts before. A part
 * points back with a pronoun, or by naming nothing of its own.
 */
function withContext(engine: Engine, parts: readonly string[], i: number, givenFacts: readonly (readonly Fact[])[]): Part {
  const { index } = engine;
  const part = parts[i] as string;
  if (i === 0) return { text: part, context: [] };
  // Names in a large share of the facts (the two countries) tell one fact from another poorly.
  const telling = (term: string) => index.isEntityTerm(term) && index.frequency(term) < index.size * 0.2;
  const own = index.analyze(part);
  const refersBack = words(part).some((word) => BACK_REFERENCES.has(word)) || !own.some(telling);
  if (!refersBack) return { text: part, context: [] };
  const earlier = parts.slice(0, i).flatMap((p) => index.analyze(p));
  const named = earlier.filter((term) => index.isPersonTerm(term));
  const answeredPeople = () =>
    givenFacts
      .flat()
      .flatMap((fact) => fact.people.flatMap((person) => index.analyze(person)))
      .filter(telling);
  const people = named.length > 0 ? named : answeredPeople();
  const before = earlier.filter((term) => index.isNameTerm(term) || index.isSubjectTerm(term));
  const borrowed = [...new Set(people.length > 0 ? people : before)].filter((term) => !own.includes(term));
  return { text: part, context: borrowed };
}

function combineParts(
  engine: Engine,
  { question, intent, notes }: { question: string; intent: Intent; notes: string[] },
  answered: { part: string; answer: Answer }[],
): Answer {
  const found = answered.filter(({ answer: a }) => a.answered);
  if (found.length === 0) {
    const near = [...new Set(answered.flatMap(({ answer: a }) => a.related))].slice(0, RELATED);
    return decline(engine, { question, intent, notes, text: "I don't have that in my sources.", near });
  }
  const facts = [...new Set(found.flatMap(({ answer: a }) => a.facts))];
  const related = [...new Set(answered.flatMap(({ answer: a }) => a.related))].filter((fact) => !facts.includes(fact)).slice(0, RELATED);
  const missing = answered.filter(({ answer: a }) => !a.answered).map(({ part }) => `My sources do not answer this part: "${part}".`);
  const text = found
    .map(({ answer: a }) => a.text)
    .filter((t) => t !== '')
    .join('\n');
  return {
    question,
    answered: true,
    text,
    facts,
    related,
    intent,
    notes: [...notes, ...missing],
    suggestions: [],
    confidence: Math.min(...found.map(({ answer: a }) => a.confidence)),
  };
}

/** What one part asks, read with the sources it names. */
interface PartQuestion {
  question: string;
  intent: Intent;
  /** Ids of the sources the question names ("according to RUSI"); empty for all. */
  sources: string[];
  sourceTerms: Set<string>;
}

function readPart(engine: Engine, sourceNames: SourceNames, question: string): PartQuestion {
  // "According to RUSI…": only what that source says answers, and its facts count the name as matched.
  const { ids: sources, terms: sourceTerms } = namedSources(engine, sourceNames, question);
  // In "Jamestown 2014 – trade the year before", 2014 names the document, not the year asked about.
  const read = readIntent(question);
  const published = new Set(sources.map((id) => Number(engine.knowledge.sources.get(id)?.published.slice(0, 4))));
  return { question, intent: { ...read, years: read.years.filter((year) => !published.has(year)) }, sources, sourceTerms };
}

function answerPart(engine: Engine, sourceNames: SourceNames, { text, context }: Part, notes: string[], used: ReadonlySet<Fact> = new Set()): Answer {
  const part = readPart(engine, sourceNames, text);
  const { question, intent, sources } = part;
  const { terms, candidates } = rank(engine.index, question, intent, { scope: { sources, terms: part.sourceTerms }, context });
  if (terms.length === 0) {
    return decline(engine, {
      question,
      intent,
      notes,
      text: 'That question has no words I can look up. Ask about a person, place, event or year in Azerbaijan–Serbia relations.',
    });
  }
  const inScope = candidates.filter((c) => sources.length === 0 || c.fact.sources.some((id) => sources.includes(id)));
  const ranked = inScope.filter((c) => !used.has(c.fact));
  const best = pickBest(ranked, intent, engine.confidence);
  // A part that only the fact given for an earlier part answers ("…and when was it finished?") is
  // answered there: it adds nothing, rather than a "not answered" note.
  const givenAlready = best ? undefined : pickBest(inScope, intent, engine.confidence);
  if (givenAlready) {
    return { question, answered: true, text: '', facts: [], related: [], intent, notes, suggestions: [], confidence: givenAlready.coverage };
  }
  if (!best) return declineNearMiss(engine, part, ranked, notes);
  const facts = answerFacts(engine, part, best, ranked);
  const related = ranked
    .filter((candidate) => !facts.includes(candidate.fact) && candidate.share >= NEAR_SHARE)
    .slice(0, RELATED)
    .map((candidate) => candidate.fact);
  const [first, ...rest] = facts;
  const ordered = intent.kind === 'when' ? rest.sort((a, b) => (a.date && b.date ? dateOrdinal(a.date) - dateOrdinal(b.date) : 0)) : rest;
  const answerText = [lead(first as Fact, intent), ...ordered.map((fact) => lead(fact, intent))].join('\n');
  return { question, answered: true, text: answerText, facts, related, intent, notes, suggestions: [], confidence: best.coverage };
}

/** No fact answers: say so, and show what the sources do say on the subject, if anything. */
function declineNearMiss(engine: Engine, { question, intent, sources }: PartQuestion, ranked: readonly Scored[], notes: string[]): Answer {
  const near = ranked
    .filter((candidate) => candidate.share >= NEAR_SHARE)
    .slice(0, RELATED)
    .map((candidate) => candidate.fact);
  const publishers = sources.map((id) => engine.knowledge.sources.get(id)?.publisher ?? id).join(' and ');
  const scope = sources.length > 0 ? ` I looked only in ${publishers}, as you asked.` : '';
  const text =
    near.length > 0
      ? `I don't have that in my sources.${scope} Here is what they do say on the subject; it does not answer your question.`
      : `I don't have that in my sources.${scope}`;
  return decline(engine, { question, intent, notes, text, near });
}

/** A fact matching every word the best one matches, bar how they name the two countries, answers as well. */
function coversAsMuch(candidate: Scored, best: Scored): boolean {
  return best.matched.every((term) => COUNTRY_TERMS.has(term) || candidate.matched.includes(term));
}

/**
 * The facts of an answer: the best, the other account where sources disagree (unless the question
 * asked for one source), and facts that answer about as well (another visit, the other source);
 * a question asking for a list gathers every good match.
 */
function answerFacts(engine: Engine, { intent, sources }: PartQuestion, best: Scored, ranked: readonly Scored[]): Fact[] {
  const otherAccounts = (fact: Fact) =>
    disagreeing(engine.knowledge, fact).filter((other) => sources.length === 0 || other.sources.some((id) => sources.includes(id)));
  const facts = [best.fact, ...otherAccounts(best.fact)];
  const extra = intent.list ? 5 : 2;
  const margin = 0.05;
  // Counted in accounts, so that two sources disagreeing over one thing take one place.
  let added = 0;
  for (const candidate of ranked) {
    if (added >= extra) break;
    if (facts.includes(candidate.fact) || !candidate.fits) continue;
    const asGood =
      (candidate.coverage >= Math.max(engine.confidence, best.coverage - margin) && candidate.total >= best.total - margin - 0.05) ||
      (candidate.coverage >= engine.confidence && coversAsMuch(candidate, best));
    if (asGood || (intent.list && candidate.coverage >= engine.confidence)) {
      facts.push(candidate.fact, ...otherAccounts(candidate.fact).filter((f) => !facts.includes(f)));
      added++;
    }
  }
  return facts;
}
