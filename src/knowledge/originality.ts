/**
 * The originality check: every statement must be in our own words. For each statement it finds
 * the longest run of consecutive words it shares with the source documents (case, accents,
 * punctuation, quotes and dashes ignored; text inside quotation marks in the statement is a marked
 * quotation and is skipped). A run of `limit` words or more is reported as an error.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { words } from '../search/normalize.js';
import { formatProblem } from './format-problems.js';
import type { Fact, Problem } from './types.js';

/** A source document's text, split into normalised words. */
export interface SourceText {
  /** The file name, e.g. `rusi-2020.txt`. */
  name: string;
  words: string[];
}

/** The longest run a statement shares with one document. */
export interface SharedRun {
  /** The shared words, normalised. */
  words: string[];
  /** The document's file name. */
  document: string;
}

/** Runs of this many words or more are copied prose. */
export const ORIGINALITY_LIMIT = 8;

// "…", “…”, «…», „…“ and ‘…’ always mark a quotation; a straight '…' only when it stands apart from
// words (so the apostrophe in "Azerbaijan's" is not taken for one).
const QUOTATIONS = /"[^"]*"|“[^”]*”|«[^»]*»|„[^“”]*[“”]|‘[^’]*’|(?<![\p{L}\p{N}])'[^']*'(?![\p{L}\p{N}])/gu;

/**
 * The statement's own words, in pieces: a marked quotation splits the statement, so no run
 * crosses it and the quoted words never count.
 */
export function unquotedPieces(statement: string): string[][] {
  return statement
    .replace(POSSESSIVE, '$1s')
    .split(QUOTATIONS)
    .map(words)
    .filter((piece) => piece.length > 0);
}

/** The longest run of consecutive words that `piece` and `document` share (the first, if tied). */
export function longestSharedRun(piece: readonly string[], document: readonly string[]): string[] {
  let best = 0;
  let bestEnd = 0;
  // previous[j] = length of the common run ending at piece[i - 1] and document[j - 1].
  let previous = new Uint16Array(document.length + 1);
  let current = new Uint16Array(document.length + 1);
  for (let i = 1; i <= piece.length; i++) {
    for (let j = 1; j <= document.length; j++) {
      const length = piece[i - 1] === document[j - 1] ? previous[j - 1]! + 1 : 0;
      current[j] = length;
      if (length > best) {
        best = length;
        bestEnd = i;
      }
    }
    [previous, current] = [current, previous];
  }
  return piece.slice(bestEnd - best, bestEnd);
}

/** The statement's longest run shared with any of the documents, or undefined if none shares a word. */
export function longestRunInSources(statement: string, documents: readonly SourceText[]): SharedRun | undefined {
  let best: SharedRun | undefined;
  for (const piece of unquotedPieces(statement)) {
    for (const document of documents) {
      const run = longestSharedRun(piece, document.words);
      if (run.length > (best?.words.length ?? 0)) best = { words: run, document: document.name };
    }
  }
  return best;
}

// "Azerbaijan's" is one word, as a reader counts it, not "azerbaijan" and "s".
const POSSESSIVE = /(\p{L})['’]s(?![\p{L}\p{N}])/gu;

/** Normalised words for the comparison: the search's normalisation, possessives kept whole. */
export function textWords(text: string): string[] {
  return words(text.replace(POSSESSIVE, '$1s'));
}

/** Reads every `.txt` and `.md` document in a folder except SOURCES.md and READMEs. */
export function readSourceTexts(dir: string): SourceText[] {
  return readdirSync(dir)
    .filter((name) => /\.(txt|md)$/i.test(name) && !/^(sources|readme)\.md$/i.test(name))
    .sort()
    .map((name) => ({ name: basename(name), words: textWords(readFileSync(join(dir, name), 'utf8')) }));
}

/** What the originality check found: one error per statement at or over the limit, and each fact's run. */
export interface OriginalityResult {
  problems: Problem[];
  /** Every fact's longest run, longest first. */
  runs: { fact: Fact; run: SharedRun }[];
}

export function checkOriginality(facts: readonly Fact[], documents: readonly SourceText[], limit = ORIGINALITY_LIMIT): OriginalityResult {
  const runs: { fact: Fact; run: SharedRun }[] = [];
  const problems: Problem[] = [];
  for (const fact of facts) {
    const run = longestRunInSources(fact.statement, documents);
    if (!run) continue;
    runs.push({ fact, run });
    if (run.words.length >= limit) {
      problems.push({
        severity: 'error',
        file: fact.file,
        line: fact.line,
        column: 1,
        message: `fact "${fact.id}": ${run.words.length} words in a row copied from ${run.document}: "${run.words.join(' ')}"`,
        hint: `say it in our own words (fewer than ${limit} words in a row from a source), or put a short quotation in quotation marks`,
      });
    }
  }
  runs.sort((a, b) => b.run.words.length - a.run.words.length);
  return { problems, runs };
}

/** The originality part of `knowledge check --sources DIR`: each copied statement, then a verdict. */
export function formatOriginalityReport(result: OriginalityResult, documents: readonly SourceText[], limit = ORIGINALITY_LIMIT): string {
  const copied = result.problems.map(formatProblem);
  const longest = result.runs[0];
  const longestText = longest
    ? `longest shared run ${longest.run.words.length} words ("${longest.run.words.join(' ')}", fact "${longest.fact.id}", ${longest.run.document})`
    : 'no words shared';
  const verdict =
    result.problems.length === 0
      ? `originality check passed: ${result.runs.length} statements against ${documents.length} documents; ${longestText}; the limit is ${limit}`
      : `originality check failed: ${result.problems.length} statement${result.problems.length === 1 ? ' shares' : 's share'} ${limit} or more words in a row with a source`;
  return [...(copied.length > 0 ? [`Copied prose (${copied.length}):`, ...copied, ''] : []), verdict].join('\n');
}
