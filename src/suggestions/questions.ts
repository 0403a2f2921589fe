/**
 * Questions to suggest while someone types one, drawn from the knowledge: what they typed, matching
 * topics, then matching facts. A fact's suggestion submits the start of its own statement, which
 * the engine answers with that fact (checked over the whole knowledge base). One index search;
 * fast enough for Discord's three-second deadline at any size we expect.
 */
import type { Engine } from '../answer/engine.js';
import type { Suggestion, SuggestionLimits } from '../core/suggestion.js';
import { formatFactDate } from '../knowledge/dates.js';
import { normalizeText } from '../search/normalize.js';
import { shortValue } from './shorten.js';
import { SuggestionList } from './suggestion-list.js';

const EXAMPLES = ['when did Aliyev visit Niš', 'who built the Ljig–Preljina motorway'];
const TOPICS_SHOWN = 5;

const tagsByEngine = new WeakMap<Engine, string[]>();
function allTags(engine: Engine): string[] {
  let tags = tagsByEngine.get(engine);
  if (!tags) {
    tags = [...new Set(engine.knowledge.facts.flatMap((fact) => fact.tags))];
    tagsByEngine.set(engine, tags);
  }
  return tags;
}

/** Suggestions for what has been typed so far; a few examples and topics when nothing has. */
export function suggestQuestions(engine: Engine, typed: string, limits: SuggestionLimits): Suggestion[] {
  const text = typed.trim();
  const list = new SuggestionList(limits);

  if (text === '') {
    for (const example of EXAMPLES) list.add(example, example);
    for (const topic of engine.topics) list.add(topic, topic);
    return list.items;
  }

  // What was typed stays selectable, so a suggestion never replaces the person's own question.
  if (text.length <= limits.valueLength) list.add(text, text);
  const folded = normalizeText(text);
  for (const tag of allTags(engine)
    .filter((t) => normalizeText(t).startsWith(folded))
    .slice(0, TOPICS_SHOWN))
    list.add(`Topic: ${tag}`, tag);
  const terms = engine.index.analyze(text);
  // A half-typed last word can look like a stop word ("ni" on the way to "Niš"); keep it for the prefix search.
  const last = folded.split(' ').at(-1) ?? '';
  if (/\S$/.test(text) && last.length >= 2 && terms.at(-1) !== last) terms.push(last);
  const matches = engine.index.search(terms, { limit: limits.count * 2, prefixLast: true });
  // Facts matching more of the typed words first; the sort is stable, so the index's order breaks ties.
  matches.sort((a, b) => new Set(b.matched).size - new Set(a.matched).size);
  for (const { fact } of matches) {
    const date = fact.date ? `${formatFactDate(fact.date)} · ` : '';
    list.add(`${date}${fact.statement}`, shortValue(fact.statement, limits.valueLength));
  }
  return list.items;
}
