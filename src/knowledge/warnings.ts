/**
 * What is legal but probably wrong: a fact that repeats another, a fact with no date, a date whose
 * origin nothing explains, two facts linked as disagreeing that say the same, an alias group that
 * matches nothing in the facts or sources, a source nobody cites, a spelling in two alias groups.
 */
import { basename } from 'node:path';
import { stem, words } from '../search/normalize.js';
import { STOPWORDS } from '../search/stopwords.js';
import { MONTH_NAMES } from './dates.js';
import type { Fact, Knowledge, Problem } from './types.js';

/** A file of alias groups: which of knowledge.aliases it holds, and where each entry is. */
export interface AliasFile {
  file: string;
  /** Index in knowledge.aliases of the file's first group, and how many groups it has. */
  first: number;
  count: number;
  lineOf: ((path: PropertyKey[]) => { line: number; column: number }) | undefined;
}

interface Where {
  sourcesFile: string;
  sourceLines: Map<string, number>;
  aliasFiles: readonly AliasFile[];
  /** Some entries could not be read: warnings about what nothing uses would be side effects. */
  incomplete: boolean;
  /** Facts whose date was given but impossible: already an error, not "no date". */
  badDates: ReadonlySet<string>;
}

// Comparing every pair of facts is quadratic; past this size the check is left to review.
const MAX_FACTS_FOR_REPEATS = 5000;

const contentWords = (text: string) =>
  new Set(
    words(text)
      .filter((w) => !STOPWORDS.has(w))
      .map(stem),
  );

function similarity(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return shared / Math.max(1, a.size + b.size - shared);
}

function disagree(a: Fact, b: Fact): boolean {
  return a.disagreesWith.includes(b.id) || b.disagreesWith.includes(a.id);
}

const YEAR = /^(1[0-9]|20)\d\d$/;

/** The numbers a statement gives other than years: amounts, counts, days (`€300-million` → 300). */
export function figuresOf(statement: string): Set<string> {
  return new Set(words(statement).filter((word) => /^\d+$/.test(word) && !YEAR.test(word)));
}

/**
 * Two facts linked as disagreeing that carry the same date and figures (one's figures all among the
 * other's) probably agree. Facts without any figure are left alone: they may disagree on a place or
 * a person, which figures cannot show.
 */
export function sameDateAndFigures(a: Fact, b: Fact): boolean {
  if (!a.date || !b.date || a.date.raw !== b.date.raw) return false;
  const [small, large] = [figuresOf(a.statement), figuresOf(b.statement)].sort((x, y) => x.size - y.size) as [Set<string>, Set<string>];
  return large.size > 0 && [...small].every((figure) => large.has(figure));
}

/**
 * A date the reader can check: its year (each end's year, for a range) is in the statement, or a
 * `derived` note says where it comes from. Anything else may be a date no source gives.
 */
export function dateExplained(fact: Fact): boolean {
  if (!fact.date || fact.derived) return true;
  const years = new Set([fact.date.start.year, fact.date.end?.year ?? fact.date.start.year]);
  const stated = new Set(words(fact.statement));
  return [...years].every((year) => stated.has(String(year)));
}

/** Every warning in a loaded knowledge folder, each with file and line (column 1: the entry). */
export function findWarnings(knowledge: Knowledge, where: Where): Problem[] {
  const problems: Problem[] = [];
  const warn = warnInto(problems);
  const bags = knowledge.facts.map((fact) => contentWords(fact.statement));
  knowledge.facts.forEach((fact, i) => {
    warnAboutDate(fact, where.badDates, warn);
    warnAboutAgreeingLinks(fact, i, knowledge, warn);
    warnAboutRepeats(i, { knowledge, bags, warn });
  });
  if (where.incomplete) return problems;
  warnAboutUncitedSources(knowledge, where, warn);
  warnAboutAliasGroups(knowledge, where.aliasFiles, problems);
  return problems;
}

type Warn = (file: string, line: number, message: string, hint: string) => void;

const warnInto =
  (problems: Problem[]): Warn =>
  (file, line, message, hint) =>
    problems.push({ severity: 'warning', file, line, column: 1, message, hint });

function warnAboutDate(fact: Fact, badDates: ReadonlySet<string>, warn: Warn): void {
  if (!fact.date && !badDates.has(fact.id))
    warn(fact.file, fact.line, `fact "${fact.id}" has no date`, 'add date: "YYYY" (or finer) when the source gives or implies one');
  if (!dateExplained(fact)) {
    warn(
      fact.file,
      fact.line,
      `fact "${fact.id}" is dated ${fact.date!.raw}, but neither its statement nor a derived note says where the date comes from`,
      'name the year in the statement, or add derived: with how the date follows from the source (or remove a date no source gives)',
    );
  }
}

/** Facts linked as disagreeing that say the same (see sameDateAndFigures). */
function warnAboutAgreeingLinks(fact: Fact, i: number, knowledge: Knowledge, warn: Warn): void {
  for (const otherId of fact.disagreesWith) {
    const other = knowledge.factsById.get(otherId);
    // Each linked pair once: at the second of the two (or at this one when only it names the link).
    if (!other || (other.disagreesWith.includes(fact.id) && knowledge.facts.indexOf(other) > i)) continue;
    if (sameDateAndFigures(fact, other)) {
      warn(
        fact.file,
        fact.line,
        `facts "${fact.id}" and "${other.id}" are linked as disagreeing but give the same date (${fact.date!.raw}) and the same figures`,
        'if the sources agree, remove disagrees_with (and merge them into one fact citing both); if they differ, say how in each statement',
      );
    }
  }
}

interface RepeatCheck {
  knowledge: Knowledge;
  /** Each fact's content words, by position. */
  bags: readonly Set<string>[];
  warn: Warn;
}

/** Earlier facts that fact i says again in nearly the same words. */
function warnAboutRepeats(i: number, { knowledge, bags, warn }: RepeatCheck): void {
  const fact = knowledge.facts[i]!;
  for (let j = 0; j < (knowledge.facts.length > MAX_FACTS_FOR_REPEATS ? 0 : i); j++) {
    const other = knowledge.facts[j]!;
    // Facts from sources that disagree are written alike on purpose (docs/knowledge-format.md).
    if (disagree(fact, other) || similarity(bags[i]!, bags[j]!) < 0.8) continue;
    const place = other.file === fact.file ? `line ${other.line}` : `${basename(other.file)}:${other.line}`;
    warn(
      fact.file,
      fact.line,
      `fact "${fact.id}" repeats fact "${other.id}" (${place})`,
      'merge them into one fact listing both sources, or link them with disagrees_with if the sources differ',
    );
  }
}

function warnAboutUncitedSources(knowledge: Knowledge, where: Where, warn: Warn): void {
  const cited = new Set(knowledge.facts.flatMap((fact) => fact.sources));
  for (const id of knowledge.sources.keys()) {
    if (!cited.has(id)) warn(where.sourcesFile, where.sourceLines.get(id) ?? 1, `source "${id}" is not cited by any fact`, 'cite it from a fact or remove it');
  }
}

/** Alias groups that match nothing, and spellings already in an earlier group. */
function warnAboutAliasGroups(knowledge: Knowledge, aliasFiles: readonly AliasFile[], problems: Problem[]): void {
  const warn = warnInto(problems);
  const vocabulary = vocabularyOf(knowledge);
  const origin = aliasOrigin(aliasFiles);
  const claimed = new Map<string, number>();
  knowledge.aliases.forEach((group, index) => {
    const {
      file,
      place: { line },
    } = origin(index);
    const used = group.some((spelling) => {
      const tokens = words(spelling).map(stem);
      return tokens.length > 0 && tokens.every((token) => vocabulary.has(token));
    });
    if (!used) warn(file, line, `alias group [${group.join(', ')}] matches nothing in the facts`, 'check the spelling, or add the fact it is meant for');
    for (const [earlier, { spellings, at }] of overlapsWithEarlierGroups(group, index, claimed)) {
      const before = origin(earlier);
      const earlierAt = before.file === file ? `the group on line ${before.place.line}` : `the group at ${basename(before.file)}:${before.place.line}`;
      problems.push({
        severity: 'warning',
        file,
        ...origin(index, at).place,
        message: `${spellings.join(', ')} ${spellings.length === 1 ? 'is' : 'are'} already in ${earlierAt}`,
        hint: 'keep each spelling in one group (case, accents and Cyrillic or Latin letters count as the same); the first group wins',
      });
    }
  });
}

/** Every stemmed word the facts and sources use: what an alias group must match to be of use. */
function vocabularyOf(knowledge: Knowledge): Set<string> {
  // Sources' titles, publishers and authors count: people ask who wrote or published a source.
  const vocabulary = new Set<string>();
  const texts = [
    ...knowledge.facts.flatMap((fact) => [fact.statement, ...fact.people, ...fact.places, ...fact.orgs, ...fact.tags]),
    // The month of a fact's date is searched too ("in which month…").
    ...knowledge.facts.flatMap((fact) => (fact.date?.start.month !== undefined ? [MONTH_NAMES[fact.date.start.month - 1] ?? ''] : [])),
    ...[...knowledge.sources.values()].flatMap((source) => [source.title, source.publisher, source.author]),
  ];
  for (const text of texts) {
    for (const word of words(text)) vocabulary.add(stem(word));
  }
  return vocabulary;
}

/** Where group i was written: its file, and its line there (of one spelling, given its position). */
function aliasOrigin(aliasFiles: readonly AliasFile[]) {
  return (index: number, position?: number) => {
    const from = aliasFiles.find((f) => index >= f.first && index < f.first + f.count);
    const path = position === undefined ? [index - (from?.first ?? 0)] : [index - (from?.first ?? 0), position];
    return { file: from?.file ?? 'aliases.yaml', place: from?.lineOf?.(path) ?? { line: 1, column: 1 } };
  };
}

/**
 * The earlier groups that already claim some of this group's spellings, and which spellings; the
 * rest are claimed for this group. One warning per earlier group this one overlaps, not one per
 * spelling: Beograd and Београд are one mistake (they fold to the same word), and the moderator
 * fixes it once.
 */
function overlapsWithEarlierGroups(group: readonly string[], index: number, claimed: Map<string, number>) {
  const shared = new Map<number, { spellings: string[]; at: number }>();
  group.forEach((spelling, position) => {
    const k = words(spelling).map(stem).join(' ');
    const earlier = claimed.get(k);
    if (earlier === undefined || earlier === index) {
      claimed.set(k, index);
      return;
    }
    const overlap = shared.get(earlier) ?? { spellings: [], at: position };
    overlap.spellings.push(`"${spelling}"`);
    shared.set(earlier, overlap);
  });
  return shared;
}
