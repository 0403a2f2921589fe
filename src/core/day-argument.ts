/**
 * Reads the day a person typed after `/azsr-today`, in the ways people in Serbia, Azerbaijan and
 * Russia write dates as well as in English: `02-15` and `2026-02-15` (month first, as ISO),
 * `15.2.`, `15.02.2026.`, `15/02` (day first, as is usual in all three), `15 February`,
 * `15. februar(a)`, `15. фебруар(а)`, `15 fevral`, `fevralın 15-i`, `15 февраля 2026 г.`.
 */
import type { CalendarDay } from './local-date.js';

/**
 * Each month's names, case and accents aside: English, Serbian Latin and Cyrillic (nominative and
 * the genitive of "15. februara"), Russian (nominative and genitive), Azerbaijani (bare, genitive
 * "fevralın", locative "fevralda").
 */
const MONTH_WORDS: readonly string[] = [
  'january jan januar januara јануар јануара январь января yanvar yanvarın yanvarda',
  'february feb februar februara фебруар фебруара февраль февраля fevral fevralın fevralda',
  'march mar mart marta март марта martın martda',
  'april apr aprila април априла апрель апреля aprel aprelin apreldə',
  'may maj maja мај маја май мая mayın mayda',
  'june jun juni juna јун јуна июнь июня iyun iyunun iyunda',
  'july jul juli jula јул јула июль июля iyul iyulun iyulda',
  'august aug avgust avgusta август августа avqust avqustun avqustda',
  'september sep sept septembar septembra септембар септембра сентябрь сентября sentyabr sentyabrın sentyabrda',
  'october oct oktobar oktobra октобар октобра октябрь октября oktyabr oktyabrın oktyabrda',
  'november nov novembar novembra новембар новембра ноябрь ноября noyabr noyabrın noyabrda',
  'december dec decembar decembra децембар децембра декабрь декабря dekabr dekabrın dekabrda',
];

const ENGLISH_MONTHS = MONTH_WORDS.map((words) => words.split(' ')[0] as string);

/** Lower case, without accents; Azerbaijani ı and ə as i and e, so `fevralin` reads as `fevralın`. */
function fold(word: string): string {
  return word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/ı/g, 'i').replace(/ə/g, 'e');
}

const MONTH_BY_WORD = new Map<string, number>(MONTH_WORDS.flatMap((words, index) => words.split(' ').map((word) => [fold(word), index + 1] as const)));

/** The month a word names (1–12), or undefined. */
export function monthFromWord(word: string): number | undefined {
  const folded = fold(word);
  const known = MONTH_BY_WORD.get(folded);
  if (known !== undefined) return known;
  // As before: an English month's first three letters begin it ("Febr", "Sept", "Decembre").
  if (folded.length < 3) return undefined;
  const index = ENGLISH_MONTHS.findIndex((month) => month.startsWith(folded.slice(0, 3)));
  return index >= 0 ? index + 1 : undefined;
}

// A year written after a named date, with the word for "year" some write after it.
const YEAR = String.raw`(?:,?\s*(\d{4})\.?(?:\s*(?:г|god|godine|год|года|године|il|ili)\.?)?)?`;
// A day, with an Azerbaijani ("15-i", "3-cü") or English ("15th") ordinal ending.
const DAY = String.raw`(\d{1,2})(?:-\p{L}{1,3}|st|nd|rd|th)?\.?`;

const ISO = /^(?:(\d{4})-)?(\d{1,2})-(\d{1,2})$/;
const DAY_FIRST = /^(\d{1,2})\s*([./])\s*(\d{1,2})(?:\s*\2\s*(\d{4})?)?\s*\.?$/;
const DAY_THEN_NAME = new RegExp(String.raw`^${DAY}\s*(?:of\s+)?(\p{L}+)\.?${YEAR}$`, 'u');
const NAME_THEN_DAY = new RegExp(String.raw`^(\p{L}+)\.?\s+${DAY}${YEAR}$`, 'u');

interface Parts {
  year?: number;
  month: number | undefined;
  day: number;
}

/** The day, month and year a text names, not yet checked against the calendar. */
function readParts(text: string): Parts | undefined {
  const iso = ISO.exec(text);
  if (iso) return { year: iso[1] ? Number(iso[1]) : undefined, month: Number(iso[2]), day: Number(iso[3]) };
  const numeric = DAY_FIRST.exec(text);
  if (numeric) {
    const [first, second] = [Number(numeric[1]), Number(numeric[3])];
    const year = numeric[4] ? Number(numeric[4]) : undefined;
    // "02/15" cannot be day first; read it the American way rather than refuse it.
    if (numeric[2] === '/' && second > 12 && first <= 12) return { year, month: first, day: second };
    return { year, month: second, day: first };
  }
  const dayFirst = DAY_THEN_NAME.exec(text);
  if (dayFirst) return { year: dayFirst[3] ? Number(dayFirst[3]) : undefined, month: monthFromWord(dayFirst[2] ?? ''), day: Number(dayFirst[1]) };
  const nameFirst = NAME_THEN_DAY.exec(text);
  if (nameFirst) return { year: nameFirst[3] ? Number(nameFirst[3]) : undefined, month: monthFromWord(nameFirst[1] ?? ''), day: Number(nameFirst[2]) };
  return undefined;
}

/**
 * Parses a day typed by a person (see the top of this file for the forms); `currentYear` when it
 * names no year. Undefined when it is no date, or a day the month does not have (29 February is
 * accepted in any year: people ask about it).
 */
export function parseDayArgument(text: string, currentYear: number): CalendarDay | undefined {
  const parts = readParts(text.trim());
  if (!parts) return undefined;
  const { month, day } = parts;
  const year = parts.year ?? currentYear;
  if (month === undefined || month < 1 || month > 12 || day < 1) return undefined;
  const leapYearForCheck = month === 2 && day === 29 ? 2000 : year;
  if (day > new Date(Date.UTC(leapYearForCheck, month, 0)).getUTCDate()) return undefined;
  return { year, month, day };
}
