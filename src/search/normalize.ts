import { stemmer as porter } from 'stemmer';

/**
 * Text normalisation shared by the index and the questions, so that Niš, Nis, NIŠ and Ниш are the
 * same word. The usual recipe (NFKD, then drop every non-\w character) deletes Cyrillic and ə
 * outright, so letters are transliterated first and only combining marks are dropped.
 */

// Serbian Cyrillic to Serbian Latin (then folded like the Latin: č → c, ž → z), plus the Russian
// and Azerbaijani Cyrillic letters people paste in names (Алиев, Əliyev's older Cyrillic form).
// Maps, never plain objects: a key typed by a user ("constructor") must not reach Object.prototype.
const CYRILLIC = new Map(
  Object.entries({
    а: 'a',
    б: 'b',
    в: 'v',
    г: 'g',
    д: 'd',
    ђ: 'dj',
    е: 'e',
    ж: 'z',
    з: 'z',
    и: 'i',
    ј: 'j',
    к: 'k',
    л: 'l',
    љ: 'lj',
    м: 'm',
    н: 'n',
    њ: 'nj',
    о: 'o',
    п: 'p',
    р: 'r',
    с: 's',
    т: 't',
    ћ: 'c',
    у: 'u',
    ф: 'f',
    х: 'h',
    ц: 'c',
    ч: 'c',
    џ: 'dz',
    ш: 's',
    й: 'y',
    ы: 'y',
    э: 'e',
    ю: 'yu',
    я: 'ya',
    ё: 'e',
    щ: 'shch',
    ъ: '',
    ь: '',
    і: 'i',
    ї: 'yi',
    є: 'ye',
    ә: 'e',
    ғ: 'g',
    һ: 'h',
    ө: 'o',
    ү: 'u',
    ҹ: 'c',
    ҝ: 'g',
    ҕ: 'g',
    қ: 'k',
    ң: 'n',
    ұ: 'u',
  }),
);

// Latin letters that NFKD does not take apart into a base letter and a mark.
const LATIN = new Map(
  Object.entries({
    đ: 'dj',
    ə: 'e',
    ı: 'i',
    ł: 'l',
    ø: 'o',
    ß: 'ss',
    æ: 'ae',
    œ: 'oe',
    þ: 'th',
    ð: 'd',
    ħ: 'h',
  }),
);

const SPECIAL = new RegExp(`[${[...CYRILLIC.keys()].join('')}${[...LATIN.keys()].join('')}]`, 'gu');
const MARKS = /\p{M}+/gu;
const NOT_WORD = /[^\p{L}\p{N}]+/gu;
// 400,000 and 1.000.000 are one number, not two.
const DIGIT_GROUPS = /(\d)[.,\u00a0\u202f'’](?=\d{3}(?!\d))/g;

/**
 * Folds text to lowercase ASCII-ish words separated by single spaces. Letters of other scripts
 * survive (as themselves), so nothing a person typed silently disappears.
 */
// Serbian and Azerbaijani attach case endings to abbreviations and names with a hyphen
// (ОЕБС-ом, UN-a, AzVirt-in): the ending is dropped so the name itself is matched.
const CASE_ENDING = /(\p{L}{2,})-(om|em|u|a|e|i|ima|ama|ov|ova|ovi|da|de|dan|den|nin|in|un|ya|ye|ni|nu)(?![\p{L}\p{N}])/gu;

// "Trade-off", "build-up", "stand-off": a word joined to a particle is a word of its own, not the
// first half ("a trade-off" is no answer to a question about trade).
const PARTICLE_COMPOUND = /(\p{L}{3,})-(off|up|out|over|down|back)(?![\p{L}\p{N}])/gu;

// Currency signs carry meaning people also type as words ("in euros").
const CURRENCY = new Map([
  ['€', ' euro '],
  ['$', ' dollar '],
  ['£', ' pound '],
  ['₼', ' manat '],
]);
const CURRENCY_SIGNS = /[€$£₼]/g;

// Questions are read word by word in several places; a short text is folded once.
const foldedCache = new Map<string, string>();

export function normalizeText(input: string): string {
  if (input.length > 32) return fold(input);
  let folded = foldedCache.get(input);
  if (folded === undefined) {
    if (foldedCache.size > 200_000) foldedCache.clear();
    foldedCache.set(input, (folded = fold(input)));
  }
  return folded;
}

function fold(input: string): string {
  // The Turkish/Azerbaijani dotted capital İ lowercases to i + combining dot; ı has no dot at all.
  const lowered = input
    .replace(CURRENCY_SIGNS, (sign) => CURRENCY.get(sign) ?? ' ')
    .replace(/İ/g, 'i')
    .replace(/I/g, 'i')
    .toLowerCase();
  const transliterated = lowered.replace(SPECIAL, (ch) => CYRILLIC.get(ch) ?? LATIN.get(ch) ?? ch);
  return transliterated
    .normalize('NFKD')
    .replace(MARKS, '')
    .replace(DIGIT_GROUPS, '$1')
    .replace(PARTICLE_COMPOUND, '$1$2')
    .replace(CASE_ENDING, '$1')
    .replace(NOT_WORD, ' ')
    .trim();
}

/** The words of a text, normalised. */
export function words(input: string): string[] {
  const normalized = normalizeText(input);
  return normalized === '' ? [] : normalized.split(' ');
}

/**
 * Porter stemming on both sides, so "liberate" finds "liberation" and "helped" finds "help".
 * Numbers are left alone; names come out changed but identically on both sides, which is all
 * matching needs.
 */
const stemCache = new Map<string, string>();

export function stem(word: string): string {
  const cached = stemCache.get(word);
  if (cached !== undefined) return cached;
  // Bounded: questions can bring any number of new words.
  if (stemCache.size > 500_000) stemCache.clear();
  const stemmed = stemUncached(word);
  stemCache.set(word, stemmed);
  return stemmed;
}

// Words Porter folds into others with a different meaning ("important" would become "import").
// "status" is not "statue", and "founded" (set up) is not "found" (come upon).
const STEM_EXCEPTIONS = new Map([
  ['important', 'importan'],
  ['importance', 'importan'],
  ['importantly', 'importan'],
  ['status', 'status'],
  ['founded', 'founded'],
  ['founding', 'founded'],
  ['founder', 'founder'],
  ['founders', 'founder'],
]);

function stemUncached(word: string): string {
  const exception = STEM_EXCEPTIONS.get(word);
  if (exception) return exception;
  // Porter leaves "allegedly" apart from "alleged"; adverbs made from participles lose their -ly.
  if (word.length > 6 && word.endsWith('edly')) return porter(word.slice(0, -2));
  if (/\d/.test(word)) return word;
  // Short words are mostly names (Niš, Ruma) that Porter would clip; only plurals lose their s.
  if (word.length <= 4) return word.length === 4 && /[^sui]s$/.test(word) ? word.slice(0, -1) : word;
  return porter(word);
}
