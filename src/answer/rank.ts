/**
 * Ranking: which facts answer a question, and how well. A fact's coverage is the share of the
 * question's weight (rarer words weigh more) that it matches; the question's intent (when, how
 * much, who…) then decides whether it can answer at all and nudges the order.
 */
import { MONTH_NAMES } from '../knowledge/dates.js';
import type { Fact } from '../knowledge/types.js';
import { excludedWords } from './excluded.js';
import type { FactIndex, FactMatch } from '../search/fact-index.js';
import { englishReading, englishReadingWanted, isEnglishWord, isEveryDayWord } from '../search/lexicon.js';
import { normalizeText, words } from '../search/normalize.js';
import { STOPWORDS } from '../search/stopwords.js';
import { plainQuestion, readQuestionWords, type QuestionWords } from './question-words.js';
import { traitsOf } from './fact-traits.js';
import { readIntent, type Intent } from './intent.js';

const MAX_TERMS = 8;
const MISSED_NAME_EXTRA = 1.5;
// The event a when or who question asks about, when a fact does not mention it, weighs extra.
const MISSED_EVENT_EXTRA = 1.5;
const EVENT_KINDS = new Set(['when', 'who']);

export interface Scored extends FactMatch {
  /** Share of the question's weight the fact covers, names it misses counting extra. */
  coverage: number;
  /** The plain share covered, for picking related facts. */
  share: number;
  total: number;
  fits: boolean;
}

// Case endings of Serbian (Šušom, Bakuu), Azerbaijani (Serbiyaya, Bakıda) and Russian (Товузе, Сербией),
// folded like the text; longest first. A word the index does not know is tried without them.
// Azerbaijani stacks them (Belqrad-dakı, park-da-dır), so the longer stacks come first.
const ENDINGS = [
  'dadir',
  'dedir',
  'daki',
  'deki',
  'ogo',
  'omu',
  'ami',
  'ama',
  'ima',
  'ovi',
  'ove',
  'ova',
  'nin',
  'nun',
  'dan',
  'den',
  'dir',
  'dur',
  'lar',
  'ler',
  'yla',
  'yle',
  'ini',
  'iyu',
  'iya',
  'om',
  'em',
  'og',
  'oj',
  'im',
  'ih',
  'ah',
  'am',
  'ey',
  'ei',
  'oi',
  'ii',
  'da',
  'de',
  'ya',
  'ye',
  'in',
  'un',
  'ov',
  'yu',
  'u',
  'e',
  'i',
  'a',
  'y',
];

/**
 * The known term an inflected word stands for: without its ending, or with -a or -i for it
 * (Šuš-om → Šuša, Nov-om Pazaru → Novi Pazar).
 */
function uninflect(index: FactIndex, word: string): string | undefined {
  for (const ending of ENDINGS) {
    if (!word.endsWith(ending) || word.length - ending.length < 3) continue;
    const base = word.slice(0, -ending.length);
    for (const candidate of [base, `${base}a`, `${base}i`]) {
      const [term] = index.analyze(candidate);
      if (term && index.frequency(term) > 0) return term;
    }
  }
  return undefined;
}

/** How much a word the knowledge does not use counts, by what it seems to be. */
export type TermKind = 'known' | 'ordinary' | 'unknown';

export interface QuestionTerm {
  term: string;
  kind: TermKind;
  weight: number;
  /** The thing the question asks for ("rate" in "what interest rate…"). */
  focus: boolean;
  /** The head of it ("ambassador" in "who is the Azerbaijani ambassador"). */
  head: boolean;
  /** Borrowed from an earlier part of the question, to find its subject. */
  lent?: boolean;
}

// An ordinary English word the knowledge does not use ("set in motion") barely counts; a word of a
// question in another language that no glossary entry reaches counts somewhat more; a name or
// thing the knowledge does not know counts most (FactIndex.weight), and so does any unknown word
// that is what the question asks for ("what interest rate…", "who designed…").
const ORDINARY_WEIGHT = 0.5;
const FOREIGN_WORD_WEIGHT = 1.0;
const PROSE_WORD_CAP = 2;
const BESIDE_HEAD_SHARE = 0.5;
const CONTEXT_SHARE = 0.4;
const CONTEXT_CAP = 0.5;
const SET_ASIDE_PENALTY = 0.2;
const YEAR = /^(1[89]|20)\d\d$/;
// Endings of words for things, not people (declaration, agreement, deklaracija, декларация).
const THING_ENDING = /(tion|sion|ship|ance|ence|acij[aeiu]|aciy[aeiu]|ciya|ciyu|ment[aeiu]?)$/;
// The two capitals (as search terms) and their countries.
const CAPITALS = new Map([
  ['baku', 'azerbaijan'],
  ['belgrad', 'serbia'],
]);

/** The question's search terms (known words as they are, unknown ones corrected or uninflected), weighed. */
function questionTerms(
  index: FactIndex,
  reading: QuestionWords,
  analysedQuestion: readonly string[],
  sourceTerms: ReadonlySet<string> = new Set(),
  asksWhy = false,
): QuestionTerm[] {
  const terms = new Map<string, QuestionTerm>();
  for (const analysed of analysedQuestion) {
    const known = index.frequency(analysed) > 0;
    // A misspelt stop word ("acording", "wich") is dropped before it can be corrected into a fact word.
    if (!known && reading.noise(analysed)) continue;
    const term = known ? analysed : (smallNumber(index, analysed) ?? corrected(index, reading, analysed) ?? foreignBase(index, analysed, reading) ?? analysed);
    if (terms.has(term)) continue;
    // "Which UNIVERSITY…" says what kind of answer is wanted; the answer need not repeat the word.
    if (term === reading.kind || analysed === reading.kind) {
      terms.set(term, { term, kind: 'ordinary', weight: ORDINARY_WEIGHT, focus: false, head: false });
      continue;
    }
    // The name of a source the question is narrowed to ("the Caspian POST") is not what it asks for.
    const focus = !sourceTerms.has(term) && (reading.focus.has(term) || reading.focus.has(analysed));
    // A why-question asks for a reason: the word it asks with ("why did Baku CARE") weighs as any other.
    terms.set(term, { term, ...weigh(index, term, reading, focus && !asksWhy), focus, head: focus && (term === reading.head || analysed === reading.head) });
  }
  // Rare words decide the answer; keep the most telling few so long questions stay cheap.
  return [...terms.values()].sort((a, b) => b.weight - a.weight).slice(0, MAX_TERMS);
}

const COUNTS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** A small number written in figures that the facts spell out ("the 2 reasons" → two). */
function smallNumber(index: FactIndex, analysed: string): string | undefined {
  const word = /^\d{1,2}$/.test(analysed) ? COUNTS[Number(analysed)] : undefined;
  const [term] = word ? index.analyze(word) : [];
  return term !== undefined && index.frequency(term) > 0 ? term : undefined;
}

/**
 * The known term a misspelt unknown one stands for, by its stem or by the word as typed ("higway").
 * Typo correction is for English: in another language a short word one letter from a known one is
 * usually just another word (Russian идёт is not "ident"), and a real English word is no typo.
 */
function corrected(index: FactIndex, reading: QuestionWords, analysed: string): string | undefined {
  if (reading.foreign && analysed.length < 6) return undefined;
  // The English word it most likely stands for, when the knowledge uses that ("presdent" is president, not present).
  if (!reading.foreign) {
    const meant = reading
      .wordsOf(analysed)
      .map((word) =>
        englishReadingWanted(
          word,
          (w) => STOPWORDS.has(w),
          (w) => index.frequency(index.analyze(w)[0] ?? ''),
        ),
      )
      .map((word) => (word === undefined || word.includes(' ') ? undefined : index.analyze(word)[0]))
      .find((term) => term !== undefined && index.frequency(term) > 0);
    if (meant !== undefined) return meant;
  }
  // A real English word is no typo of a knowledge word ("sparked" is not "parked").
  const english = !reading.foreign && reading.wordsOf(analysed).every((word) => isEnglishWord(word));
  // The word as the facts spell it first: "serbain" is Serbian, which the aliases read as Serbia.
  const bySpelling =
    english || reading.foreign
      ? undefined
      : reading
          .wordsOf(analysed)
          .map((word) => index.correctWord(word))
          .find((t) => t !== undefined && index.frequency(t) > 0);
  const byStem = english ? undefined : (bySpelling ?? index.correct(analysed));
  if (byStem !== undefined || reading.foreign) return byStem;
  // A rare English word may be a typo of a knowledge word all the same ("minster" for minister).
  return reading
    .wordsOf(analysed)
    .filter((word) => !isEnglishWord(word) || (word.length >= 6 && !isEveryDayWord(word)))
    .map((word) => index.correctWord(word))
    .find((t) => t !== undefined && index.frequency(t) > 0);
}

/**
 * The known word an unknown one is an inflected form of (Šušom → Šuša, Bakıdakı → Bakı). Never for
 * a common English word: "rate" is not Serbian "rat" with an ending.
 */
function foreignBase(index: FactIndex, term: string, reading: QuestionWords): string | undefined {
  if (reading.ordinary(term)) return undefined;
  const base = uninflect(index, term);
  if (base !== undefined) return base;
  // A longer tail is taken off names only (Tovuz-skom, Tešić-eva): a common word cut short is
  // usually another word (Serbian "restoran" is not "restor-ation").
  const prefix = index.longestKnownPrefix(term);
  return prefix !== undefined && index.isNameTerm(prefix) ? prefix : undefined;
}

function weigh(index: FactIndex, term: string, reading: QuestionWords, focus: boolean): { kind: TermKind; weight: number } {
  if (index.frequency(term) > 0) {
    // A word only the facts' prose uses ("set", "eventually"), or one of the commonest English words
    // ("well", "see", "reach"), says less than its rarity in the facts suggests, unless it names
    // someone or something, or is what the question asks about ("the speed LIMIT", "who DESIGNED").
    const weight = index.weight(term);
    const telling = index.isEntityTerm(term) || /\d/.test(term) || focus || (index.isSubjectTerm(term) && !reading.everyday(term));
    return { kind: 'known', weight: telling ? weight : Math.min(weight, PROSE_WORD_CAP) };
  }
  // An unknown short word is more likely a typo or noise ("wen") than a missing subject.
  if (term.length <= 3 && !/\d/.test(term)) return { kind: 'ordinary', weight: 1 };
  // A number or year no fact has ("trade in 2025") is a detail the sources do not give, in any language.
  if (/\d/.test(term)) return { kind: 'unknown', weight: index.weight(term) };
  if (reading.named(term)) return { kind: 'unknown', weight: index.weight(term) };
  // What the question asks for, missing from the knowledge: its head sinks it ("the interest RATE"),
  // a word beside the head counts half ("the CURRENT president", "SCRAP visas").
  if (focus) return { kind: 'unknown', weight: (term === reading.head ? 1 : BESIDE_HEAD_SHARE) * index.weight(term) };
  if (reading.ordinary(term)) return { kind: 'ordinary', weight: ORDINARY_WEIGHT };
  if (reading.foreign) return { kind: 'ordinary', weight: FOREIGN_WORD_WEIGHT };
  return { kind: 'unknown', weight: index.weight(term) };
}

const NUMBER_WORDS = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dozen', 'hundr', 'thousand', 'million', 'billion']);

/**
 * Something worked out once per fact: facts do not change once loaded (a reload makes new ones,
 * and the old ones' entries go with them).
 */
function perFact<T>(compute: (index: FactIndex, fact: Fact) => T): (index: FactIndex, fact: Fact) => T {
  const cache = new WeakMap<Fact, T>();
  return (index, fact) => {
    let found = cache.get(fact);
    if (found === undefined) {
      found = compute(index, fact);
      cache.set(fact, found);
    }
    return found;
  };
}

/** A statement's words with each word's search term. */
interface StatementWords {
  words: string[];
  terms: (string | undefined)[];
}

const statementWords = perFact((index, fact): StatementWords => {
  const sequence = words(fact.statement);
  return { words: sequence, terms: sequence.map((word) => index.analyze(word)[0]) };
});

// "How many times" asks for a multiple (16-fold), not a count of times; "how many people" is
// answered by a count of soldiers, civilians or the dead.
const MULTIPLIERS = new Set(['times', 'time', 'fold', 'defe', 'raz', 'raza', 'puta', 'put']);
const PEOPLE = new Set([
  'people',
  'ppl',
  'persons',
  'person',
  'individuals',
  'celovek',
  'lyudey',
  'lic',
  'lica',
  'ljudi',
  'osoba',
  'pojedinaca',
  'nefer',
  'insan',
  'sexs',
]);
const PEOPLE_COUNTED = /\b(people|persons|soldiers|servicemen|individuals|citizens|civilians|troops|dead|killed|died|deaths|victims|casualties)\b/i;

// "For how many years" (на сколько лет, na koliko godina): a length of time in years.
const YEARS = new Set(['years', 'year', 'let', 'god', 'goda', 'godina', 'godine', 'il', 'ilə', 'ile', 'illik', 'illikdir', 'illiyine']);
// "Three decades" answers it too.
const YEARS_COUNTED = /\b\d+[\s-]*(years?|decades?)\b|\b(one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty)[\s-]*(years?|decades?)\b/i;

/** What "how many" counts, read once per question: the word and its search term. */
interface Counted {
  word: string;
  term: string;
}

function readCounted(index: FactIndex, asked: string): Counted {
  // A misspelt counted word ("poeple") is the word meant.
  const word = PEOPLE.has(asked) ? asked : (englishReading(asked, (w) => STOPWORDS.has(w)) ?? asked);
  // A stop word ("people", Russian человек) is still the thing counted.
  return { word, term: index.analyze(word)[0] ?? word };
}

/** Does the fact give a number of the thing counted ("two planes", "48 self-propelled howitzers")? */
function countsThing(index: FactIndex, fact: Fact, { word: counted, term: thing }: Counted): boolean {
  if (MULTIPLIERS.has(counted)) return true;
  if (YEARS.has(counted)) return YEARS_COUNTED.test(fact.statement);
  if (PEOPLE.has(counted)) return PEOPLE_COUNTED.test(fact.statement);
  const isCount = (t: string | undefined) => t !== undefined && ((/^\d+$/.test(t) && !YEAR.test(t)) || NUMBER_WORDS.has(t));
  const { terms } = statementWords(index, fact);
  return terms.some((term, i) => term === thing && terms.slice(Math.max(0, i - 8), i).some(isCount));
}

const NEGATIONS = new Set([
  'not',
  'never',
  'no',
  'nor',
  'without',
  'refused',
  'refuses',
  'refusal',
  'refusing',
  'declined',
  'doesn',
  'didn',
  'don',
  'isn',
  'wasn',
  'won',
]);

/**
 * Does the fact deny what the question presupposes? "When did Serbia recognise Kosovo" is not
 * answered by "Azerbaijan does not recognise Kosovo": the matched word follows a negation.
 */
function negates(index: FactIndex, fact: Fact, matched: readonly string[], intent: Intent): boolean {
  // A quick look first: most statements deny nothing, and need no word-by-word check.
  if (intent.negated || !traitsOf(fact).denial) return false;
  const { words: sequence, terms } = statementWords(index, fact);
  return terms.some(
    (term, i) => term !== undefined && matched.includes(term) && !index.isNameTerm(term) && sequence.slice(Math.max(0, i - 3), i).some((w) => NEGATIONS.has(w)),
  );
}

/**
 * "Who is the Azerbaijani ambassador": a fact that mentions the ambassador without naming anyone
 * beside the word does not answer. True when a person or organisation of the fact is named within
 * a few words of the role, or the fact does not mention the role at all (then coverage decides).
 */
function namesRole(index: FactIndex, fact: Fact, role: string, qualifiers: readonly string[]): boolean {
  const { words: sequence, terms } = statementWords(index, fact);
  const at = terms.flatMap((term, i) => (term === role ? [i] : []));
  if (at.length === 0) return true;
  const personWords = nameWords(index, fact);
  // "The prime minister OF ARMENIA": the holder of that role, not of another country's.
  const qualified = (i: number) => qualifiers.every((q) => terms.slice(Math.max(0, i - 4), i + 5).includes(q));
  return at.some((i) => sequence.slice(Math.max(0, i - 4), i + 5).some((word) => personWords.has(word)) && qualified(i));
}

/**
 * A third country said right after the role asked about ("the prime minister OF ARMENIA"). The two
 * countries themselves are not: the sources often leave them to the context.
 */
function roleQualifiers(index: FactIndex, analysed: readonly string[], role: string | undefined, unknownOf: ReadonlySet<string>): string[] {
  // Something the knowledge does not know at all ("the prime minister of hungary") is never named by a fact.
  if (role !== undefined && unknownOf.size > 0) return [...unknownOf];
  const at = role === undefined ? -1 : analysed.indexOf(role);
  const next = at < 0 ? undefined : analysed[at + 1];
  return next !== undefined && index.isNameTerm(next) && !index.isPersonTerm(next) && !COUNTRY_TERMS.has(next) ? [next] : [];
}

/** The terms of words after "of" that the knowledge does not use ("the prime minister of hungary"). */
function unknownAfterOf(index: FactIndex, question: string): Set<string> {
  const found = new Set<string>();
  for (const [, word] of normalizeText(question).matchAll(/\bof (?:the )?(\p{L}{4,})/gu)) {
    const term = STOPWORDS.has(word!) ? undefined : index.analyze(word!)[0];
    if (term !== undefined && index.frequency(term) === 0) found.add(term);
  }
  return found;
}

/** The telling words of a fact's names: not "Ministry of Foreign Affairs", not the two countries. */
const nameWords = perFact((index, fact): ReadonlySet<string> => {
  const telling = (word: string) => !isEnglishWord(word) && !STOPWORDS.has(word) && index.frequency(index.analyze(word)[0] ?? word) < index.size * 0.2;
  return new Set([...fact.people, ...fact.orgs].flatMap((name) => words(name)).filter(telling));
});

/** Does the fact carry what the question's intent asks for? */
/** What the fit of a fact is judged against: the intent, the terms it matched, the role asked about. */
interface FitQuestion {
  intent: Intent;
  matched: readonly string[];
  role: string | undefined;
  /** Places said with the role ("the prime minister of Armenia"). */
  qualifiers: readonly string[];
  counted: Counted | undefined;
}

function fitsIntent(index: FactIndex, fact: Fact, { intent, matched, role, qualifiers, counted }: FitQuestion): boolean {
  // Asking when, who, where or how much presupposes it happened; a fact saying it did not cannot answer.
  if (intent.kind !== 'what' && intent.kind !== 'why' && negates(index, fact, matched, intent)) return false;
  if (intent.future && !traitsOf(fact).future) return false;
  if (intent.money && !traitsOf(fact).money) return false;
  // Asked about the second meeting, only a fact that speaks of a second one answers.
  if (intent.ordinal && !traitsOf(fact).ordinals.has(intent.ordinal)) return false;
  if (intent.exactDay && fact.date?.precision !== 'day') return false;
  if (intent.monthAsked && (fact.date === undefined || fact.date.start.month === undefined)) return false;
  if (intent.namesAsked && nameWords(index, fact).size === 0) return false;
  // "Trade in 2024" is not answered by the figure for 2023, whatever the question asks.
  if (intent.years.length > 0 && !intent.years.some((y) => traitsOf(fact).years.has(y))) return false;
  switch (intent.kind) {
    case 'when':
      return traitsOf(fact).years.size > 0;
    case 'amount':
      return traitsOf(fact).figure && (counted === undefined || countsThing(index, fact, counted));
    case 'measure':
      return traitsOf(fact).measurement;
    case 'who':
      // "Who heads the centre": a fact naming no one cannot say who holds the role.
      return role === undefined || (nameWords(index, fact).size > 0 && namesRole(index, fact, role, qualifiers));
    default:
      return true;
  }
}

// Opinion and commentary (tagged "analysis" in the knowledge) rarely answers a factual when/who/how much.
const FACTUAL_KINDS = new Set(['when', 'amount', 'who', 'where', 'measure']);

function intentBonus(fact: Fact, intent: Intent): number {
  let bonus = 0;
  if (intent.kind === 'who') bonus += (fact.people.length > 0 ? 0.08 : fact.orgs.length > 0 ? 0.03 : 0) + (fact.tags.includes('profile') ? 0.1 : 0);
  if (intent.kind === 'where' && fact.places.length + fact.orgs.length > 0) bonus += 0.03;
  if (intent.kind === 'when' && fact.date) bonus += fact.date.precision === 'year' ? 0.04 : 0.06;
  if (intent.kind === 'why' && traitsOf(fact).reason) bonus += 0.05;
  if (intent.month !== undefined && fact.date?.start.month === intent.month) bonus += 0.1;
  if (FACTUAL_KINDS.has(intent.kind) && fact.tags.includes('analysis')) bonus -= 0.15;
  return bonus;
}

/** The search terms of a fact's places. */
const placeTerms = perFact((index, fact): ReadonlySet<string> => new Set(fact.places.flatMap((place) => index.analyze(place))));

// Where something went: "exports TO Serbia", Azerbaijani "Serbiyaya", Serbian "u Srbiju", Russian "в Сербию".
const DESTINATIONS: [RegExp, string][] = [
  [/\b(to|into) (azerbaijan|baku)\b|\b(azerbaycana|bakiya)\b|\bu (azerbejdzan|baku)\b|\bv (azerbaydzan|baku)\b/, 'azerbaijan'],
  [/\b(to|into) (serbia|belgrade)\b|\b(serbiyaya|belqrada)\b|\bu (srbiju|beograd)\b|\bv (serbiyu|belgrad)\b/, 'serbia'],
];

// "Relations between Armenia and Serbia", "Armenia–Serbia relations", "između…i", "между…и", "…ilə…arasında".
const PARTIES = [
  /\bbetween (\p{L}+) and (\p{L}+)/iu,
  /(?<!\p{L})(?:između|izmedju|између|между) (\p{L}+) (?:i|и) (\p{L}+)/iu,
  /(?<!\p{L})(\p{L}+) (?:ilə|ile) (\p{L}+) arasında/iu,
  /(?<!\p{L})(\p{L}+)[–—-](\p{L}+) (?:diplomatic )?(?:relations|ties)\b/iu,
  /(?<!\p{L})(\p{L}+) and (\p{L}+) (?:establish|set up|open|start)\w* (?:diplomatic )?(?:relations|ties)\b/iu,
  // "…uspostavila diplomatske odnose sa Jermenijom": the other party is the subject, said before.
  /(?<!\p{L})(?:relations|ties|odnose|односе|отношения) (?:with|sa|са|с|со) (\p{L}+)/iu,
];

/** The places a question names as the parties of a relation (one or two), when each is a place the knowledge knows. */
function partiesOf(index: FactIndex, question: string): string[] {
  for (const pattern of PARTIES) {
    const found = pattern.exec(question);
    if (!found) continue;
    const terms = found.slice(1).map((word) => index.analyze(word)[0]);
    return terms.every((term) => term !== undefined && index.isNameTerm(term) && !index.isPersonTerm(term)) ? (terms as string[]) : [];
  }
  return [];
}

/**
 * A relation between two named places is answered only by a fact naming both: the ties between
 * Azerbaijan and Serbia do not answer a question about Armenia and Serbia. A capital stands for its country.
 */
function namesParties(index: FactIndex, fact: Fact, parties: readonly string[]): boolean {
  if (parties.length === 0) return true;
  const terms = factTerms(index, fact);
  return parties.every(
    (party) => terms.has(party) || terms.has(CAPITALS.get(party) ?? '') || [...CAPITALS].some(([city, country]) => country === party && terms.has(city)),
  );
}

/** The one country a text says something went to, if it names one. */
function destinationOf(text: string): string | undefined {
  const folded = normalizeText(text);
  const found = DESTINATIONS.filter(([pattern]) => pattern.test(folded));
  return found.length === 1 ? found[0]![1] : undefined;
}

const factDestination = perFact((_index, fact) => destinationOf(fact.statement) ?? '');

/** What scoring needs to know about the question beyond its terms. */
interface ScoreContext {
  intent: Intent;
  /** The country the question says something went to ("what does Serbia export TO AZERBAIJAN"). */
  destination: string | undefined;
  /** Unknown words said after "of" ("prime minister of hungary"). */
  unknownOf: ReadonlySet<string>;
  /** The parties of a relation the question names ("between Armenia and Serbia"), as search terms. */
  parties: readonly string[];
  /** The question asks who holds a role ("who is the ambassador"). */
  holder: boolean;
  /** Terms typed as proper names: an organisation's or building's own name ("Bajrakli"). */
  properNames: ReadonlySet<string>;
  /** Neighbouring question terms, in the question's order. */
  pairs: readonly (readonly [string, string])[];
  /** The question's search terms in its order. */
  analysed: readonly string[];
}

/** The question's terms as weights, with several years read as one slot ("2012 or 2018?"). */
interface Weighing {
  weights: Map<string, number>;
  years: QuestionTerm[];
  /** The weight of the one slot alternative years fill; 0 when the years are not alternatives. */
  yearSlot: number;
  total: number;
}

function weighTerms(questionTerms: readonly QuestionTerm[], intent: Intent): Weighing {
  // Several years ("2012 or 2018?", "I keep seeing both 2012 and 2018") are alternatives: one
  // slot, weighing as the heaviest of them, filled by a fact with any one.
  const years = questionTerms.filter((t) => YEAR.test(t.term));
  const yearSlot = intent.yearsAlternative && years.length > 1 ? Math.max(...years.map((t) => t.weight)) : 0;
  const weights = new Map(questionTerms.map((t) => [t.term, yearSlot > 0 && YEAR.test(t.term) ? 0 : t.weight]));
  const total = [...weights.values()].reduce((a, b) => a + b, yearSlot) || 1;
  return { weights, years, yearSlot, total };
}

/** The two countries and their capitals, as search terms. */
export const COUNTRY_TERMS: ReadonlySet<string> = new Set([...CAPITALS.keys(), ...CAPITALS.values()]);

/** Has a fact matched nothing but years, months and the two countries? */
function onlyDatesAndCountries(matched: readonly string[], months: ReadonlySet<string>): boolean {
  return matched.every((term) => YEAR.test(term) || COUNTRY_TERMS.has(term) || months.has(term));
}

/** The search terms of the month names ("august", "septemb"): a date, not a subject. Worked out once per index. */
const monthTermsOf = new WeakMap<FactIndex, ReadonlySet<string>>();
function monthTerms(index: FactIndex): ReadonlySet<string> {
  let terms = monthTermsOf.get(index);
  if (terms === undefined) {
    terms = new Set(MONTH_NAMES.flatMap((month) => index.analyze(month)));
    monthTermsOf.set(index, terms);
  }
  return terms;
}

/** How much of the question's weight a fact covers. */
function coveredWeight(index: FactIndex, questionTerms: readonly QuestionTerm[], { weights, years, yearSlot }: Weighing, match: FactMatch): number {
  const matched = new Set(match.matched);
  let covered = 0;
  // A word the index does not know can only have matched fuzzily: half credit.
  for (const term of matched) covered += (weights.get(term) ?? 0) * (index.frequency(term) > 0 ? 1 : 0.5);
  if (years.some((t) => matched.has(t.term))) covered += yearSlot;
  // "The loan Baku gave Belgrade": a capital often stands for its country's government, so a
  // fact about the country covers it by half.
  for (const t of questionTerms) {
    const country = CAPITALS.get(t.term);
    if (country && !matched.has(t.term) && (matched.has(country) || placeTerms(index, match.fact).has(country))) covered += (weights.get(t.term) ?? 0) * 0.5;
  }
  return covered;
}

/**
 * The extra weight of what the question names and the fact does not: a person or place (two and a
 * half times in all: "the Serbian ambassador in Baku" is not answered by a fact about another one),
 * or the event asked about ("when did Serbia RECOGNISE Kosovo").
 */
function missedWeight(
  index: FactIndex,
  questionTerms: readonly QuestionTerm[],
  { yearSlot }: Weighing,
  matched: ReadonlySet<string>,
  context: ScoreContext,
): number {
  let missed = 0;
  for (const t of questionTerms) {
    // A name lent by an earlier part helps find the subject; a fact without it may still answer.
    if (matched.has(t.term) || t.lent || (yearSlot > 0 && YEAR.test(t.term))) continue;
    // Names in a large share of the facts (Baku, Belgrade, often said for the countries) weigh as they are.
    // So does an organisation's or building's own name ("Bajrakli"), though not its common words ("mosque").
    const named = index.isNameTerm(t.term) || (index.isEntityTerm(t.term) && context.properNames.has(t.term));
    if (named && index.frequency(t.term) < index.size * 0.1) missed += t.weight * MISSED_NAME_EXTRA;
    else if (t.focus && t.kind === 'known' && EVENT_KINDS.has(context.intent.kind)) missed += t.weight * MISSED_EVENT_EXTRA;
  }
  return missed;
}

function score(index: FactIndex, questionTerms: QuestionTerm[], matches: FactMatch[], context: ScoreContext): Scored[] {
  const { intent, holder, pairs } = context;
  const weighing = weighTerms(questionTerms, intent);
  // What the question asks for is a thing the knowledge has no word for ("who SCULPTED the Tesla
  // monument", "the interest RATE"): no fact can answer it, however much else it covers.
  // A reason is what a why-question asks for, whatever word it uses ("why did Baku CARE so much").
  const asksUnknown = intent.kind !== 'why' && questionTerms.some((t) => t.head && t.kind === 'unknown');
  // "Кто выиграл чемпионат мира 2022": words the knowledge lacks, and only the year matched. A year
  // or the two countries alone do not make a fact about the question's subject.
  const saysMore = questionTerms.some((t) => t.kind !== 'known');
  const months = saysMore ? monthTerms(index) : new Set<string>();
  const role = intent.kind === 'who' && holder ? questionTerms.find((t) => t.head && t.kind === 'known')?.term : undefined;
  const qualifiers = roleQualifiers(index, context.analysed, role, context.unknownOf);
  const counted = intent.counted === undefined ? undefined : readCounted(index, intent.counted);
  const best = Math.max(...matches.map((m) => m.score), 1e-9);
  return matches
    .map((match) => {
      const covered = coveredWeight(index, questionTerms, weighing, match);
      const coverage = covered / (weighing.total + missedWeight(index, questionTerms, weighing, new Set(match.matched), context));
      const share = covered / weighing.total;
      let total = coverage + 0.15 * (match.score / best) + intentBonus(match.fact, intent) + phraseBonus(index, match.fact, pairs);
      if (intent.years.length > 0) total += intent.years.some((y) => traitsOf(match.fact).years.has(y)) ? 0.1 : -0.1;
      // Exports to Azerbaijan do not answer a question about exports to Serbia.
      const goesTo = factDestination(index, match.fact);
      if (context.destination && goesTo && goesTo !== context.destination) total -= 0.1;
      const fits =
        !asksUnknown &&
        !(saysMore && onlyDatesAndCountries(match.matched, months)) &&
        namesParties(index, match.fact, context.parties) &&
        fitsIntent(index, match.fact, { intent, matched: match.matched, role, qualifiers, counted });
      return { ...match, coverage, share, total, fits };
    })
    .sort((a, b) => b.total - a.total || (b.fits ? 1 : 0) - (a.fits ? 1 : 0));
}

export interface Ranking {
  /** The question's search terms, most telling first, with their weights. */
  terms: QuestionTerm[];
  /** The candidate facts, best first, with how much of the question each covers. */
  candidates: Scored[];
}

export interface RankOptions {
  /**
   * The sources a question is narrowed to ("according to RUSI and Jamestown") and the terms that
   * name them: a fact from any of them counts those terms as matched.
   */
  scope?: { sources: readonly string[]; terms: ReadonlySet<string> };
  /** Terms an earlier part of the question lends this one ("…and where was IT formed?"). */
  context?: readonly string[];
}

export function rank(index: FactIndex, typed: string, intent: Intent = readIntent(typed), options: RankOptions = {}): Ranking {
  const question = plainQuestion(typed);
  const reading = readQuestionWords(question, index.analyze, (term) => index.frequency(term) > 0);
  // The question's search terms, in its order, worked out once for both the terms and their pairs.
  const analysed = index.analyze(question);
  const own = questionTerms(index, reading, analysed, options.scope?.terms, intent.kind === 'why');
  // Borrowed terms help find the subject but weigh less than what this part itself asks.
  // However many there are, together they weigh at most half of the part's own terms (or as the
  // heaviest of them, for a part that says little of its own: "where is he based?").
  const borrowed = (options.context ?? []).filter((term) => index.frequency(term) > 0 && !own.some((t) => t.term === term));
  const ownWeight = own.reduce((sum, t) => sum + t.weight, 0);
  const lentWeight = borrowed.reduce((sum, term) => sum + CONTEXT_SHARE * index.weight(term), 0);
  const heaviest = Math.max(0, ...borrowed.map((term) => CONTEXT_SHARE * index.weight(term)));
  const scale = lentWeight > 0 ? Math.min(1, Math.max(CONTEXT_CAP * ownWeight, heaviest) / lentWeight) : 1;
  const lent = borrowed.map(
    (term): QuestionTerm => ({ term, kind: 'known', weight: scale * CONTEXT_SHARE * index.weight(term), focus: false, head: false, lent: true }),
  );
  // "Besides Ljig–Preljina, what other roads…": what is set aside is not asked for.
  // Read as the question's own terms are: "помимо участка Лиг–Прелина" sets aside Ljig–Preljina.
  const excluded = excludedWords(question)
    .flatMap((word) => index.analyze(word))
    .map((term) => (index.frequency(term) > 0 ? term : (corrected(index, reading, term) ?? foreignBase(index, term, reading) ?? term)));
  const setAside = excluded.filter((term) => index.isEntityTerm(term) || index.isNameTerm(term));
  const terms = [...own, ...lent].filter((t) => !excluded.includes(t.term));
  const scope = options.scope;
  const matches = index
    .search(terms.map((t) => t.term))
    .map((match) =>
      scope && match.fact.sources.some((id) => scope.sources.includes(id)) ? { ...match, matched: [...new Set([...match.matched, ...scope.terms])] } : match,
    );
  // "What was the DECLARATION called" asks for a thing's name, not who holds a role.
  const head = own.find((t) => t.head)?.term;
  const thing = head !== undefined && reading.wordsOf(head).some((word) => THING_ENDING.test(word));
  const properNames = new Set(own.filter((t) => reading.wordsOf(t.term).some((word) => !isEnglishWord(word))).map((t) => t.term));
  // Neighbouring words of the question, in its order ("what did Aliyev CALL VUČIĆ").
  const asked = new Set(terms.map((t) => t.term));
  const sequence = analysed.filter((term) => asked.has(term));
  const pairs = sequence
    .slice(1)
    .map((term, i) => [sequence[i]!, term] as const)
    // A word for what happened beside a name says more than two names or figures side by side.
    .filter(([a, b]) => a !== b && [a, b].filter((t) => index.isEntityTerm(t) || /\d/.test(t)).length === 1);
  const candidates =
    terms.length === 0
      ? []
      : score(index, terms, matches, {
          intent,
          analysed,
          destination: destinationOf(question),
          parties: partiesOf(index, question),
          unknownOf: unknownAfterOf(index, question),
          holder: (reading.asksForHolder || intent.namesAsked === true) && !thing,
          properNames,
          pairs,
        });
  if (setAside.length === 0) return { terms, candidates };
  // A fact naming it ranks lower, yet may still answer: "apart from Aliyev, whom did Dačić meet" is
  // answered by the fact that lists Aliyev among the others.
  const penalised = candidates.map((c) => (setAside.some((term) => factTerms(index, c.fact).has(term)) ? { ...c, total: c.total - SET_ASIDE_PENALTY } : c));
  return { terms, candidates: penalised.sort((a, b) => b.total - a.total || (b.fits ? 1 : 0) - (a.fits ? 1 : 0)) };
}

const PHRASE_BONUS = 0.02;
const PHRASE_SPAN = 5;

/**
 * A small lift for a fact that says the question's neighbouring words in the same order, close
 * together: it breaks ties between facts that share the same words ("Aliyev called Vučić 'my dear
 * friend'" over "Vučić telephoned Aliyev" for "what did Aliyev call Vučić").
 */
function phraseBonus(index: FactIndex, fact: Fact, pairs: readonly (readonly [string, string])[]): number {
  if (pairs.length === 0) return 0;
  const { terms } = statementWords(index, fact);
  let found = 0;
  for (const [a, b] of pairs) {
    if (terms.some((term, i) => term === a && terms.slice(i + 1, i + 1 + PHRASE_SPAN).includes(b))) found++;
  }
  // Every neighbouring pair said in order ("Aliyev called Vučić") is the question's own phrase.
  const whole = pairs.length > 1 && found === pairs.length ? PHRASE_BONUS * 2 : 0;
  return Math.min(3, found) * PHRASE_BONUS + whole;
}

/** Every search term of a fact's statement and names. */
const factTerms = perFact(
  (index, fact): ReadonlySet<string> => new Set([fact.statement, ...fact.people, ...fact.places, ...fact.orgs].flatMap((text) => index.analyze(text))),
);
