/**
 * Loads and validates a knowledge folder. Every problem in every file is collected before the
 * verdict, each with file, line, column and a hint; knowledge is returned only when there is no
 * error (warnings are allowed). The same function serves start-up, live reload and CI.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseFactDate } from './dates.js';
import { findWarnings, type AliasFile } from './warnings.js';
import { aliasesFileSchema, aliasGroupSchema, factSchema, factsFileSchema, sourceSchema, sourcesFileSchema, type FactEntry } from './schema.js';
import type { Fact, Knowledge, Problem, Source } from './types.js';
import { listFactFiles, readKnowledgeText, type KnowledgeReadOptions } from './read-file.js';
import { readYamlFile } from './yaml-file.js';

export interface LoadResult {
  /** Present when no problem is an error. */
  knowledge?: Knowledge;
  problems: Problem[];
  /** The files read, for the status report. */
  files: string[];
}

export function loadKnowledge(dir: string, options: KnowledgeReadOptions = {}): LoadResult {
  const problems: Problem[] = [];
  const readText = (file: string, found: Problem[]) => readKnowledgeText(file, found, options);
  const files: string[] = [];

  // Sources first: facts are checked against their ids.
  const sourcesFile = join(dir, 'sources.yaml');
  const sources = new Map<string, Source>();
  const sourceLines = new Map<string, number>();
  const sourcesText = readText(sourcesFile, problems);
  if (sourcesText !== undefined) {
    files.push(sourcesFile);
    const parsed = readYamlFile(sourcesFile, sourcesText, sourcesFileSchema, { eachItem: sourceSchema });
    problems.push(...parsed.problems);
    parsed.value?.forEach((entry, index) => {
      if (!entry) return;
      if (sources.has(entry.id)) {
        problems.push({
          severity: 'error',
          file: sourcesFile,
          ...parsed.lineOf([index, 'id']),
          message: `duplicate source id "${entry.id}"`,
          hint: 'give each source its own id',
        });
        return;
      }
      sourceLines.set(entry.id, parsed.lineOf([index]).line);
      sources.set(entry.id, {
        id: entry.id,
        title: entry.title,
        publisher: entry.publisher,
        author: entry.author,
        published: entry.published,
        url: entry.url,
        licence: entry.licence,
        names: entry.names,
        ...(entry.published_note ? { publishedNote: entry.published_note } : {}),
      });
    });
  }

  const facts: Fact[] = [];
  const badDates = new Set<string>();
  const factsById = new Map<string, Fact>();
  const pendingLinks: { fact: Fact; lineOf: (path: PropertyKey[]) => { line: number; column: number }; index: number }[] = [];
  const knownSources = [...sources.keys()].join(', ');

  for (const file of listFactFiles(dir, problems)) {
    const text = readText(file, problems);
    if (text === undefined) continue;
    files.push(file);
    const parsed = readYamlFile(file, text, factsFileSchema, { eachItem: factSchema });
    problems.push(...parsed.problems);
    parsed.value?.forEach((entry: FactEntry | undefined, index) => {
      if (!entry) return;
      const at = (...path: PropertyKey[]) => parsed.lineOf([index, ...path]);
      const error = (path: PropertyKey[], message: string, hint: string) =>
        problems.push({ severity: 'error', file, ...at(...path), message: `fact "${entry.id}": ${message}`, hint });

      const fact: Fact = {
        id: entry.id,
        statement: entry.statement.replace(/\s+/g, ' '),
        sources: entry.sources,
        section: entry.section,
        people: entry.people,
        places: entry.places,
        orgs: entry.orgs,
        tags: entry.tags,
        disagreesWith: entry.disagrees_with,
        file,
        line: at().line,
        ...(entry.derived ? { derived: entry.derived } : {}),
      };
      if (entry.date !== undefined) {
        const date = parseFactDate(entry.date);
        if (typeof date === 'string') {
          error(['date'], `impossible date: ${date}`, 'write "YYYY", "YYYY-MM", "YYYY-MM-DD" or "FROM/TO"');
          badDates.add(entry.id);
        } else fact.date = date;
      }
      entry.sources.forEach((source, i) => {
        if (sources.size > 0 && !sources.has(source)) {
          error(['sources', i], `unknown source id "${source}"`, `use one of: ${knownSources}; or add the source to sources.yaml`);
        }
      });
      const first = factsById.get(entry.id);
      if (first) {
        error(['id'], 'duplicate id', `ids must be unique; "${entry.id}" is already used at ${first.file}:${first.line}`);
        return;
      }
      factsById.set(fact.id, fact);
      facts.push(fact);
      pendingLinks.push({ fact, lineOf: (path) => at(...path), index });
    });
  }

  for (const { fact, lineOf } of pendingLinks) {
    fact.disagreesWith.forEach((other, i) => {
      if (!factsById.has(other)) {
        problems.push({
          severity: 'error',
          file: fact.file,
          ...lineOf(['disagrees_with', i]),
          message: `fact "${fact.id}": disagrees_with names "${other}", which is not a fact id`,
          hint: 'name the id of the fact from the other source',
        });
      }
    });
  }

  // Names and spellings (aliases.yaml), then the domain vocabulary in four languages (glossary.yaml,
  // optional): one kind of group, read the same way, kept apart so each file stays readable.
  const aliases: string[][] = [];
  const aliasFiles: AliasFile[] = [];
  for (const name of ['aliases.yaml', 'glossary.yaml']) {
    const file = join(dir, name);
    if (name === 'glossary.yaml' && !existsSync(file)) continue;
    const text = readText(file, problems);
    if (text === undefined) continue;
    files.push(file);
    const parsed = readYamlFile(file, text, aliasesFileSchema, { eachItem: aliasGroupSchema });
    problems.push(...parsed.problems);
    const groups = (parsed.value ?? []).filter((group): group is string[] => Array.isArray(group));
    aliasFiles.push({ file, first: aliases.length, count: groups.length, lineOf: parsed.lineOf });
    aliases.push(...groups);
  }

  if (facts.length === 0 && !problems.some((p) => p.severity === 'error')) {
    problems.push({
      severity: 'error',
      file: join(dir, 'facts'),
      line: 1,
      column: 1,
      message: 'there are no facts',
      hint: 'add at least one fact file with facts',
    });
  }

  const knowledge: Knowledge = { sources, facts, factsById, aliases };
  // Entries that could not be read leave holes; checks of what nothing uses would mislead.
  const incomplete = problems.some(
    (problem) => problem.severity === 'error' && (/cannot be read|is required|must be a list/.test(problem.message) || problem.message.startsWith('entry ')),
  );
  problems.push(...findWarnings(knowledge, { sourcesFile, sourceLines, aliasFiles, incomplete, badDates }));
  const hasErrors = problems.some((problem) => problem.severity === 'error');
  return { ...(hasErrors ? {} : { knowledge }), problems, files };
}
