/**
 * Turns text into search terms, identically for facts and questions: normalise, rewrite aliases to
 * their canonical spelling, stem plurals, drop stop words and single letters.
 */
import type { AliasMap } from './aliases.js';
import { stem, words } from './normalize.js';
import { STOPWORDS } from './stopwords.js';

export type Analyzer = (text: string) => string[];

/** A word worth searching for: not a stop word, and more than one letter unless a number. */
export function isContentWord(word: string): boolean {
  return !STOPWORDS.has(word) && (word.length > 1 || /\d/.test(word));
}

export function createAnalyzer(aliases: AliasMap): Analyzer {
  return (text) => aliases.canonicalize(words(text)).filter(isContentWord).map(stem);
}
