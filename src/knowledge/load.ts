/**
 * Loads and validates a knowledge folder. Every problem in every file is collected before the
 * verdict, each with file, line, column and a hint; knowledge is returned only when there is no
 * error (warnings are allowed). The same function serves start-up, live reload and CI.
 */
import { join } from 'node:path';
import { readAliasGroups } from './load-aliases.js';
import type { LoadContext } from './load-context.js';
import { readFacts } from './load-facts.js';
import { readSources } from './load-sources.js';
import { type KnowledgeReadOptions, readKnowledgeText } from './read-file.js';
import type { Knowledge, Problem } from './types.js';
import { findWarnings } from './warnings.js';
import type { YamlCache } from './yaml-file.js';

export interface LoadResult {
  /** Present when no problem is an error. */
  knowledge?: Knowledge;
  problems: Problem[];
  /** The files read, for the status report. */
  files: string[];
}

export function loadKnowledge(dir: string, options: KnowledgeReadOptions = {}): LoadResult {
  const { result, warnings } = readKnowledge(dir, options);
  result.problems.push(...warnings());
  return result;
}

/** loadKnowledge without the warnings yet, which nothing needs in order to answer. */
export interface UncheckedLoad {
  /** Present in the result when no problem is an error: warnings are never errors. */
  result: LoadResult;
  /** The warnings of the knowledge read (what is legal but probably wrong), worked out when called. */
  warnings(): Problem[];
}

/**
 * Reads and validates the folder as loadKnowledge does, leaving the warnings for later (start-up
 * answers sooner); with a cache of files an earlier load parsed, parses only those not in it.
 */
export function readKnowledge(dir: string, options: KnowledgeReadOptions = {}, yamlCache?: YamlCache): UncheckedLoad {
  const problems: Problem[] = [];
  const files: string[] = [];
  const context: LoadContext = { dir, problems, files, readText: (file) => readKnowledgeText(file, problems, options), yamlCache };

  // Sources first: facts are checked against their ids.
  const { file: sourcesFile, sources, sourceLines } = readSources(context);
  const { facts, factsById, badDates } = readFacts(context, sources);
  const { aliases, aliasFiles } = readAliasGroups(context);
  if (facts.length === 0 && !hasErrors(problems)) problems.push(noFactsProblem(dir));

  const knowledge: Knowledge = { sources, facts, factsById, aliases };
  const incomplete = someEntryUnread(problems);
  return {
    result: { ...(hasErrors(problems) ? {} : { knowledge }), problems, files },
    warnings: () => findWarnings(knowledge, { sourcesFile, sourceLines, aliasFiles, incomplete, badDates }),
  };
}

const hasErrors = (problems: readonly Problem[]) => problems.some((problem) => problem.severity === 'error');

function noFactsProblem(dir: string): Problem {
  return {
    severity: 'error',
    file: join(dir, 'facts'),
    line: 1,
    column: 1,
    message: 'there are no facts',
    hint: 'add at least one fact file with facts',
  };
}

/** Entries that could not be read leave holes; checks of what nothing uses would mislead. */
function someEntryUnread(problems: readonly Problem[]): boolean {
  return problems.some(
    (problem) => problem.severity === 'error' && (/cannot be read|is required|must be a list/.test(problem.message) || problem.message.startsWith('entry ')),
  );
}
