/**
 * Turns text into search terms, identically for facts and questions: normalise, rewrite aliases to
 * their canonical spelling, stem plurals, drop stop words and single letters.
 */
import type { AliasMap } from './aliases.js';
import { stem, words } from './normalize.js';
import { STOPWORDS } from './stopwords.js';

export type Analyzer = (text: string) => string[];

export function isContentTerm(term: string): boolean {
  return !STOPWORDS.has(term) && (term.length > 1 || /\d/.test(term));
}

export function createAnalyzer(aliases: AliasMap): Analyzer {
  return (text) => aliases.canonicalize(words(text)).map(stem).filter(isContentTerm);
}
