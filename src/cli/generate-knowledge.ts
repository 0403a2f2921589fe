/**
 * A large synthetic knowledge base for the benchmark: the real facts, plus generated ones whose
 * statements mix real vocabulary with made-up names, years and amounts, so the index has a
 * realistically long tail of rare words. Deterministic (a fixed seed), so runs compare.
 */
import { parseFactDate } from '../knowledge/dates.js';
import type { Fact, Knowledge } from '../knowledge/types.js';

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

const SYLLABLES = ['ka', 'ri', 'zo', 'me', 'lu', 'ta', 'vi', 'no', 'sa', 'de', 'gor', 'an', 'ić', 'ov', 'ba', 'šu'];

export function generateKnowledge(base: Knowledge, total: number): Knowledge {
  const next = random(20_260_215);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const vocabulary = base.facts.flatMap((fact) => fact.statement.split(/\s+/)).filter((word) => word.length > 3);
  const sourceIds = [...base.sources.keys()];
  const name = () => {
    const word = Array.from({ length: 2 + Math.floor(next() * 3) }, () => pick(SYLLABLES)).join('');
    return word[0]!.toUpperCase() + word.slice(1);
  };
  const names = Array.from({ length: 20_000 }, name);

  const facts: Fact[] = [...base.facts];
  for (let i = facts.length; i < total; i++) {
    const year = 1990 + Math.floor(next() * 36);
    const person = `${pick(names)} ${pick(names)}`;
    const place = pick(names);
    const words = Array.from({ length: 12 + Math.floor(next() * 14) }, () => pick(vocabulary));
    const date = parseFactDate(`${year}-${String(1 + Math.floor(next() * 12)).padStart(2, '0')}`);
    facts.push({
      id: `generated-${i}`,
      statement: `In ${year} ${person} ${words.slice(0, 6).join(' ')} in ${place}, ${words.slice(6).join(' ')} worth €${Math.floor(next() * 900)} million.`,
      ...(typeof date === 'string' ? {} : { date }),
      sources: [pick(sourceIds)],
      section: 'generated',
      people: [person],
      places: [place],
      orgs: [],
      tags: [pick(vocabulary).toLowerCase(), pick(vocabulary).toLowerCase()],
      disagreesWith: [],
      file: 'generated',
      line: i,
    });
  }
  return { ...base, facts, factsById: new Map(facts.map((fact) => [fact.id, fact])) };
}
