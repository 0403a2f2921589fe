/**
 * Reading the fact files: each entry becomes a Fact, checked for an impossible date, unknown source
 * ids and a duplicate id; once every file is read, each disagrees_with link is checked too.
 */
import { parseFactDate } from './dates.js';
import type { LoadContext } from './load-context.js';
import { listFactFiles } from './read-file.js';
import { type FactEntry, factSchema, factsFileSchema } from './schema.js';
import type { Fact, Problem, Source } from './types.js';
import { readYamlFile } from './yaml-file.js';

export interface LoadedFacts {
  facts: Fact[];
  factsById: Map<string, Fact>;
  /** Facts whose date was given but impossible: already an error, not "no date". */
  badDates: Set<string>;
}

type Position = { line: number; column: number };

/** One entry's place in its file, to report a problem at the field it is about. */
interface EntryPlace {
  file: string;
  at(...path: PropertyKey[]): Position;
}

/** A fact whose disagrees_with links are checked once every fact id is known. */
interface PendingLinks {
  fact: Fact;
  place: EntryPlace;
}

interface FactsRead extends LoadedFacts {
  problems: Problem[];
  sources: Map<string, Source>;
  /** The known source ids, for the hint on an unknown one. */
  knownSources: string;
  pendingLinks: PendingLinks[];
}

export function readFacts(context: LoadContext, sources: Map<string, Source>): LoadedFacts {
  const read: FactsRead = {
    facts: [],
    badDates: new Set(),
    factsById: new Map(),
    problems: context.problems,
    sources,
    knownSources: [...sources.keys()].join(', '),
    pendingLinks: [],
  };
  for (const file of listFactFiles(context.dir, context.problems)) {
    const text = context.readText(file);
    if (text === undefined) continue;
    context.files.push(file);
    const parsed = readYamlFile(file, text, factsFileSchema, { eachItem: factSchema, cache: context.yamlCache });
    context.problems.push(...parsed.problems);
    parsed.value?.forEach((entry: FactEntry | undefined, index) => {
      if (entry) readFactEntry(entry, { file, at: (...path) => parsed.lineOf([index, ...path]) }, read);
    });
  }
  checkDisagreementLinks(read);
  return { facts: read.facts, factsById: read.factsById, badDates: read.badDates };
}

function readFactEntry(entry: FactEntry, place: EntryPlace, read: FactsRead): void {
  const error = (path: PropertyKey[], message: string, hint: string) =>
    read.problems.push({ severity: 'error', file: place.file, ...place.at(...path), message: `fact "${entry.id}": ${message}`, hint });

  const fact = toFact(entry, place);
  if (entry.date !== undefined) {
    const date = parseFactDate(entry.date);
    if (typeof date === 'string') {
      error(['date'], `impossible date: ${date}`, 'write "YYYY", "YYYY-MM", "YYYY-MM-DD" or "FROM/TO"');
      read.badDates.add(entry.id);
    } else fact.date = date;
  }
  entry.sources.forEach((source, i) => {
    if (read.sources.size > 0 && !read.sources.has(source)) {
      error(['sources', i], `unknown source id "${source}"`, `use one of: ${read.knownSources}; or add the source to sources.yaml`);
    }
  });
  const first = read.factsById.get(entry.id);
  if (first) {
    error(['id'], 'duplicate id', `ids must be unique; "${entry.id}" is already used at ${first.file}:${first.line}`);
    return;
  }
  read.factsById.set(fact.id, fact);
  read.facts.push(fact);
  read.pendingLinks.push({ fact, place });
}

/** The fact an entry describes, without its date (checked apart). */
function toFact(entry: FactEntry, place: EntryPlace): Fact {
  return {
    id: entry.id,
    statement: entry.statement.replace(/\s+/g, ' '),
    sources: entry.sources,
    section: entry.section,
    people: entry.people,
    places: entry.places,
    orgs: entry.orgs,
    tags: entry.tags,
    disagreesWith: entry.disagrees_with,
    file: place.file,
    line: place.at().line,
    ...(entry.derived ? { derived: entry.derived } : {}),
  };
}

function checkDisagreementLinks(read: FactsRead): void {
  for (const { fact, place } of read.pendingLinks) {
    fact.disagreesWith.forEach((other, i) => {
      if (!read.factsById.has(other)) {
        read.problems.push({
          severity: 'error',
          file: fact.file,
          ...place.at('disagrees_with', i),
          message: `fact "${fact.id}": disagrees_with names "${other}", which is not a fact id`,
          hint: 'name the id of the fact from the other source',
        });
      }
    });
  }
}
