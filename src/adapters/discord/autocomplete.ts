/**
 * Suggestions for `/azsr question:` while the member types, drawn from the knowledge: what they
 * typed, matching topics, then matching facts. A fact's suggestion submits the start of its own
 * statement, which the engine answers with that fact (checked over the whole knowledge base).
 * One index search; fast enough for Discord's three-second deadline at any size we expect.
 */
import type { APIApplicationCommandOptionChoice } from 'discord.js';
import type { Engine } from '../../answer/engine.js';
import { formatFactDate } from '../../knowledge/dates.js';
import { normalizeText } from '../../search/normalize.js';
import { excerpt } from './text.js';

type Choice = APIApplicationCommandOptionChoice<string>;

/** Discord's limits: 25 choices, names and values of 1 to 100 characters. */
export const CHOICE_LIMITS = { choices: 25, name: 100, value: 100 } as const;
const EXAMPLES = ['when did Aliyev visit Niš', 'who built the Ljig–Preljina motorway'];
const TOPICS_SHOWN = 5;

/** Cuts at a word boundary without an ellipsis, since the value is submitted as the question. */
function questionValue(statement: string): string {
  if (statement.length <= CHOICE_LIMITS.value) return statement;
  const cut = statement.slice(0, CHOICE_LIMITS.value);
  const space = cut.lastIndexOf(' ');
  return (space > 40 ? cut.slice(0, space) : cut).replace(/[\s,;:–-]+$/, '');
}

const tagsByEngine = new WeakMap<Engine, string[]>();
function allTags(engine: Engine): string[] {
  let tags = tagsByEngine.get(engine);
  if (!tags) {
    tags = [...new Set(engine.knowledge.facts.flatMap((fact) => fact.tags))];
    tagsByEngine.set(engine, tags);
  }
  return tags;
}

/** Up to 25 choices for what has been typed so far; a few examples and topics when nothing has. */
export function suggestQuestions(engine: Engine, typed: string): Choice[] {
  const text = typed.trim();
  const choices: Choice[] = [];
  const add = (name: string, value: string) => {
    const cleanValue = value.trim().slice(0, CHOICE_LIMITS.value);
    if (cleanValue === '' || choices.length >= CHOICE_LIMITS.choices || choices.some((c) => c.value === cleanValue)) return;
    choices.push({ name: excerpt(name, CHOICE_LIMITS.name), value: cleanValue });
  };

  if (text === '') {
    for (const example of EXAMPLES) add(example, example);
    for (const topic of engine.topics) add(topic, topic);
    return choices;
  }

  // What was typed stays selectable, so a suggestion never replaces the member's own question.
  if (text.length <= CHOICE_LIMITS.value) add(text, text);
  const folded = normalizeText(text);
  for (const tag of allTags(engine).filter((t) => normalizeText(t).startsWith(folded)).slice(0, TOPICS_SHOWN)) add(`Topic: ${tag}`, tag);
  const terms = engine.index.analyze(text);
  // A half-typed last word can look like a stop word ("ni" on the way to "Niš"); keep it for the prefix search.
  const last = folded.split(' ').at(-1) ?? '';
  if (/\S$/.test(text) && last.length >= 2 && terms.at(-1) !== last) terms.push(last);
  const matches = engine.index.search(terms, { limit: CHOICE_LIMITS.choices * 2, prefixLast: true });
  // Facts matching more of the typed words first; the sort is stable, so the index's order breaks ties.
  matches.sort((a, b) => new Set(b.matched).size - new Set(a.matched).size);
  for (const { fact } of matches) {
    const date = fact.date ? `${formatFactDate(fact.date)} · ` : '';
    add(`${date}${fact.statement}`, questionValue(fact.statement));
  }
  return choices;
}
