/**
 * The answer engine: one loaded knowledge base and its index, and the logic that picks a fact as
 * the answer or declines. Platform-neutral and synchronous; a question costs well under a
 * millisecond at our size.
 */
import { dateOrdinal, formatFactDate, yearsOf } from '../knowledge/dates.js';
import type { Fact, Knowledge } from '../knowledge/types.js';
import { buildFactIndex, type FactIndex, type FactMatch } from '../search/fact-index.js';
import { cleanQuestion, hasContent, MAX_QUESTION_LENGTH } from './clean-question.js';
import { givesReason, hasFigure, hasMeasurement, readIntent, speaksOfFuture, type Intent } from './intent.js';

/** How much of a question's weight the best fact must cover to be given as the answer. */
export const CONFIDENCE = 0.62;
const MAX_TERMS = 8;
const MISSED_NAME_EXTRA = 1.5;
const RELATED = 3;

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
  readonly index: FactIndex;
  /** Broad topics known, most common first, for suggestions. */
  readonly topics: string[];
  ask(question: string): Answer;
}

export interface Scored extends FactMatch {
  /** Share of the question's weight the fact covers, names it misses counting extra. */
  coverage: number;
  /** The plain share covered, for picking related facts. */
  share: number;
  total: number;
  fits: boolean;
}

export function createEngine(knowledge: Knowledge): Engine {
  const index = buildFactIndex(knowledge.facts, knowledge.aliases, (id) => {
    const source = knowledge.sources.get(id);
    return source ? `${id} ${source.publisher} ${source.published.slice(0, 4)}` : id;
  });
  const topics = commonTags(knowledge.facts, 12);
  const engine: Engine = { knowledge, index, topics, ask: (question) => answer(engine, question) };
  return engine;
}

// Tags that describe the kind of fact rather than its subject make poor topics to offer.
const KIND_TAGS = new Set(['analysis', 'profile', 'why', 'risk', 'commentary', 'opinion']);

function commonTags(facts: readonly Fact[], count: number): string[] {
  const counts = new Map<string, number>();
  for (const fact of facts) for (const tag of fact.tags) if (!KIND_TAGS.has(tag.toLowerCase())) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, count).map(([tag]) => tag);
}

// Case endings of Serbian (Šušom, Bakuu), Azerbaijani (Serbiyaya, Bakıda) and Russian (Товузе),
// folded like the text; longest first. A word the index does not know is tried without them.
const ENDINGS = ['ama', 'ima', 'ovi', 'ove', 'ova', 'nin', 'nun', 'dan', 'den', 'lar', 'ler', 'yla', 'yle',
  'om', 'em', 'og', 'oj', 'im', 'da', 'de', 'ya', 'ye', 'in', 'un', 'ov', 'u', 'e', 'i', 'a', 'y'];

/** The known term an inflected word stands for: without its ending, or with -a for it (Šuš-om → Šuša). */
function uninflect(index: FactIndex, word: string): string | undefined {
  for (const ending of ENDINGS) {
    if (!word.endsWith(ending) || word.length - ending.length < 3) continue;
    const base = word.slice(0, -ending.length);
    for (const candidate of [base, `${base}a`]) {
      const [term] = index.analyze(candidate);
      if (term && index.frequency(term) > 0) return term;
    }
  }
  return undefined;
}

/** The question's search terms: known words as they are, unknown ones corrected or uninflected. */
function questionTerms(index: FactIndex, question: string): string[] {
  const terms = new Set<string>();
  for (const term of index.analyze(question)) {
    terms.add(index.frequency(term) > 0 ? term : (index.correct(term) ?? uninflect(index, term) ?? index.longestKnownPrefix(term) ?? term));
  }
  // Rare words decide the answer; keep the most telling few so long questions stay cheap.
  return [...terms].sort((a, b) => index.weight(b) - index.weight(a)).slice(0, MAX_TERMS);
}

/** Does the fact carry what the question's intent asks for? */
function fitsIntent(fact: Fact, intent: Intent): boolean {
  if (intent.future && !speaksOfFuture(fact.statement)) return false;
  switch (intent.kind) {
    case 'when': return fact.date !== undefined || /\b(1[89]|20)\d\d\b/.test(fact.statement);
    case 'amount': return hasFigure(fact.statement);
    case 'measure': return hasMeasurement(fact.statement);
    default: return true;
  }
}

function factYears(fact: Fact): Set<number> {
  const years = new Set(fact.date ? yearsOf(fact.date) : []);
  for (const m of fact.statement.matchAll(/\b(1[89]\d\d|20\d\d)\b/g)) years.add(Number(m[1]));
  return years;
}

// Opinion and commentary (tagged "analysis" in the knowledge) rarely answers a factual when/who/how much.
const FACTUAL_KINDS = new Set(['when', 'amount', 'who', 'where', 'measure']);

function intentBonus(fact: Fact, intent: Intent): number {
  let bonus = 0;
  if (intent.kind === 'who') bonus += (fact.people.length > 0 ? 0.08 : fact.orgs.length > 0 ? 0.03 : 0) + (fact.tags.includes('profile') ? 0.1 : 0);
  if (intent.kind === 'where' && fact.places.length + fact.orgs.length > 0) bonus += 0.03;
  if (intent.kind === 'when' && fact.date) bonus += fact.date.precision === 'year' ? 0.04 : 0.06;
  if (intent.kind === 'why' && givesReason(fact.statement)) bonus += 0.05;
  if (intent.month !== undefined && fact.date?.start.month === intent.month) bonus += 0.1;
  if (FACTUAL_KINDS.has(intent.kind) && fact.tags.includes('analysis')) bonus -= 0.15;
  return bonus;
}

function score(index: FactIndex, terms: string[], matches: FactMatch[], intent: Intent): Scored[] {
  // An unknown short word is more likely a typo or noise ("wen") than a missing subject.
  const weights = new Map(terms.map((term) => [term, index.frequency(term) === 0 && term.length <= 3 ? 1 : index.weight(term)]));
  const totalWeight = [...weights.values()].reduce((a, b) => a + b, 0) || 1;
  const best = Math.max(...matches.map((m) => m.score), 1e-9);
  return matches
    .map((match) => {
      let covered = 0;
      const matched = new Set(match.matched);
      // A word the index does not know can only have matched fuzzily: half credit.
      for (const term of matched) covered += (weights.get(term) ?? 0) * (index.frequency(term) > 0 ? 1 : 0.5);
      // A person or place the question names and the fact does not weighs extra (two and a half
      // times in all): "the Serbian ambassador in Baku" is not answered by a fact about another one.
      let missedNames = 0;
      for (const term of terms) if (!matched.has(term) && index.isNameTerm(term)) missedNames += (weights.get(term) ?? 0) * MISSED_NAME_EXTRA;
      const coverage = covered / (totalWeight + missedNames);
      const share = covered / totalWeight;
      let total = coverage + 0.15 * (match.score / best) + intentBonus(match.fact, intent);
      if (intent.years.length > 0) {
        const years = factYears(match.fact);
        total += intent.years.some((y) => years.has(y)) ? 0.1 : -0.1;
      }
      return { ...match, coverage, share, total, fits: fitsIntent(match.fact, intent) };
    })
    .sort((a, b) => b.total - a.total || (b.fits ? 1 : 0) - (a.fits ? 1 : 0));
}

/** The candidate facts for a question, best first, with how much of it each covers. */
export function rank(engine: Engine, question: string, intent = readIntent(question), terms = questionTerms(engine.index, question)): Scored[] {
  return score(engine.index, terms, engine.index.search(terms), intent);
}

export { questionTerms };

/** The leading fact: the best confident match; for "first", the earliest of the near-best. */
function pickBest(ranked: Scored[], intent: Intent): Scored | undefined {
  const confident = ranked.filter((candidate) => candidate.fits && candidate.coverage >= CONFIDENCE);
  const [top] = confident;
  if (!top || !intent.first) return top;
  const close = confident.filter((c) => c.fact.date && c.coverage >= top.coverage - 0.05 && c.total >= top.total - 0.1);
  return close.sort((a, b) => dateOrdinal(a.fact.date!) - dateOrdinal(b.fact.date!))[0] ?? top;
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
  return [...nearby, ...engine.topics].filter((topic) => {
    // "twin city" and "twin cities" are one topic.
    const key = engine.index.analyze(topic).join(' ') || topic.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  }).slice(0, 10);
}

function decline(question: string, intent: Intent, engine: Engine, notes: string[], text: string, near: readonly Fact[] = []): Answer {
  return { question, answered: false, text, facts: [], related: [], intent, notes, suggestions: suggestTopics(engine, near), confidence: 0 };
}

function answer(engine: Engine, raw: string): Answer {
  const { index, knowledge } = engine;
  const cleaned = cleanQuestion(raw);
  const question = cleaned.text;
  const notes = cleaned.trimmed ? [`Your question was long, so only its first ${MAX_QUESTION_LENGTH} characters were searched.`] : [];
  const intent = readIntent(question);
  if (!hasContent(question)) {
    return decline(question, intent, engine, notes, 'Please ask a question in words, for example: when did Aliyev visit Niš?');
  }
  const terms = questionTerms(index, question);
  if (terms.length === 0) {
    return decline(question, intent, engine, notes, "That question has no words I can look up. Ask about a person, place, event or year in Azerbaijan–Serbia relations.");
  }

  const ranked = rank(engine, question, intent, terms);
  const best = pickBest(ranked, intent);
  if (!best) {
    const near = ranked.filter((candidate) => candidate.share >= 0.3).slice(0, 3).map((candidate) => candidate.fact);
    return decline(question, intent, engine, notes, "I don't have that in my sources.", near);
  }

  const facts = [best.fact, ...disagreeing(knowledge, best.fact)];
  // Facts that answer the question about as well (another visit, the other source) join the answer;
  // a question asking for a list gathers every good match.
  const extra = intent.list ? 5 : 2;
  const margin = intent.list ? 0.3 : 0.05;
  for (const candidate of ranked) {
    if (facts.length >= 1 + extra) break;
    if (facts.includes(candidate.fact) || !candidate.fits) continue;
    if (candidate.coverage >= Math.max(CONFIDENCE, best.coverage - margin) && candidate.total >= best.total - margin - 0.05) {
      facts.push(candidate.fact, ...disagreeing(knowledge, candidate.fact).filter((f) => !facts.includes(f)));
    }
  }
  const related = ranked
    .filter((candidate) => !facts.includes(candidate.fact) && candidate.share >= 0.3)
    .slice(0, RELATED)
    .map((candidate) => candidate.fact);

  const [first, ...rest] = facts;
  const ordered = intent.kind === 'when' ? rest.sort((a, b) => (a.date && b.date ? dateOrdinal(a.date) - dateOrdinal(b.date) : 0)) : rest;
  const text = [lead(first as Fact, intent), ...ordered.map((fact) => lead(fact, intent))].join('\n');
  return { question, answered: true, text, facts, related, intent, notes, suggestions: [], confidence: best.coverage };
}
