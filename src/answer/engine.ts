/**
 * The answer engine: one loaded knowledge base and its index, and the logic that picks a fact as
 * the answer or declines. Platform-neutral and synchronous; a question costs well under a
 * millisecond at our size.
 */
import { dateOrdinal, formatFactDate } from '../knowledge/dates.js';
import type { Fact, Knowledge } from '../knowledge/types.js';
import { buildFactIndex, type FactIndex } from '../search/fact-index.js';
import { cleanQuestion, hasContent, MAX_QUESTION_LENGTH } from './clean-question.js';
import { readIntent, type Intent } from './intent.js';
import { rank, type Scored } from './rank.js';

/** How much of a question's weight the best fact must cover to be given as the answer. */
export const CONFIDENCE = 0.62;
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
  const { terms, candidates: ranked } = rank(index, question, intent);
  if (terms.length === 0) {
    return decline(question, intent, engine, notes, "That question has no words I can look up. Ask about a person, place, event or year in Azerbaijan–Serbia relations.");
  }

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
