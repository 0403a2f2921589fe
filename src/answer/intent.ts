/**
 * What a question asks for, read from its question words in English, Serbian and Azerbaijani
 * (after normalisation), and any year or month it names.
 */
import { englishReading, isEnglishWord } from '../search/lexicon.js';
import { words } from '../search/normalize.js';
import { STOPWORDS } from '../search/stopwords.js';

export type IntentKind = 'when' | 'amount' | 'measure' | 'who' | 'where' | 'why' | 'what';

export interface Intent {
  kind: IntentKind;
  /** Years named in the question: the answer should be about one of them. */
  years: number[];
  /** A month named in the question (1–12). */
  month?: number;
  /** "What exact date…": only a fact dated to the day answers. */
  exactDay?: boolean;
  /** "Which month…": only a fact dated to the month or the day answers. */
  monthAsked?: boolean;
  /** Asks for several things ("list", "which projects"): the answer gathers every good match. */
  list: boolean;
  /** The question itself is negative ("why didn't…", "which countries did not…"). */
  negated: boolean;
  /** Asks for the first or earliest occurrence. */
  first: boolean;
  /** Asks for the latest ("Aliyev's last visit to Belgrade"). */
  latest?: boolean;
  /** Asks for names ("what's his name", "adları nədir"): only a fact that names someone answers. */
  namesAsked?: boolean;
  /** "How many X": the word counted, as typed (the answer must count that, not euros). */
  counted?: string;
  /** Asks about what comes next ("next meeting", "will"): only plans and announcements answer. */
  future: boolean;
  /** "How much does it cost / pay per…": the answer must be a sum of money. */
  money: boolean;
  /** Its years are alternatives ("2012 or 2018?", "sources differ: 2008, 2012"), not each wanted. */
  yearsAlternative: boolean;
  /** "The SECOND meeting", "the THIRD visit" (in English, whatever language it was asked in): only a fact about that one answers. */
  ordinal?: string;
}

const PATTERNS: [IntentKind, RegExp][] = [
  [
    'measure',
    /\bhow (tall|high|heavy|wide|deep)\b|\bheight\b|\bweigh\w*|\bweight\b|\blength\b|\bkilomet\w*|\bkms?\b|\bmiles\b|\bkoliko (je )?(visok|visoka|visoko)\b|\bhundurluyu\b/,
  ],
  [
    'amount',
    // "What was Azerbaijan–Serbia trade in 2019", "what is the population": a figure is asked for.
    /\bwhat (was|is|were|are)( (?!of\b)\w+){0,3} (trade|turnover|population|gdp)( (in|between|for|with|during|last|this)\b|$)|\bhow (much|many|big|large|long)\b|\bkoliko\b|\bkolika\b|\bkoliki\b|\bne qeder\b|\bnece\b|\bneceye\b|\bamount\b|\bworth\b|\bcost\b|\bvalue\b|\btotal\b|\bfactor\b|\bvolume\b|\bdeath toll\b|\bsum\b|\bpopulation\b|\bnaselenie\b|\bnaseleniya\b|\bstanovnistv\w*|\bbroj stanovnika\b|\behali\w*|\bskolko\b|\bskolkih\b|\bskolkim\b|\bsumm[auy]\b/,
  ],
  [
    'when',
    /\bwhen\b|\bwhat (year|month|date|day)\b|\bwhich (year|month|date|day)\b|\bin what year\b|\byear of\b|\bdate of\b|\bkada\b|\bkad\b|\bkoje godine\b|\bkog datuma\b|\bnecesinde\b|\bne vaxt\b|\bkogda\b|\bhansi (il|ilde|tarix)\b|\bnece ci il\b|\bkakom godu\b|\bkakogo goda\b|\bv kakoy god\b|\byear$|\bmonth\b|\bdate$/,
  ],
  [
    'who',
    /\bname of\b|\bwhos\b|\bwhats (his|her|their) name\b|\bwhat (is|was) (the|his|her|their) name\b|\bkako se zove\b|\bkako se zvao\b|\bkako se zvala\b|\bkako se zvali\b|\bkak zovut\b|\bkak zvali\b|\badi nedir\b|\bwho\b|\bkto\b|\bkem\b|\bkogo\b|\bkomu\b|\bwhom\b|\bwhose\b|\bko\b|\bkoga\b|\bciji\b|\bcija\b|\bcije\b|\bciju\b|\bcijeg\b|\bcijom\b|\bcey\b|\bcya\b|\bcego\b|\bkim\b|\bkimin\b|\bkimdir\b|\bkimdi\b|\bkimler\w*\b|\bwhich (\w+ )?(person|president|minister|prime minister|company|firm|official)\b/,
  ],
  ['where', /\bwhere\b|\bgde\b|\bwhich (city|town|place|country|park|location)\b|\blocation\b|\bgde\b|\bgdje\b|\bharada\b|\bhara\b|\bhansi seher\b/],
  ['why', /\bwhy\b|\bzasto\b|\bniye\b|\bnicin\b|\bne ucun\b|\bpocemu\b|\bzacem\b|\breason\b/],
];

const MONTHS = new Map(
  Object.entries({
    january: 1,
    february: 2,
    march: 3,
    april: 4,
    may: 5,
    june: 6,
    july: 7,
    august: 8,
    september: 9,
    october: 10,
    november: 11,
    december: 12,
    januar: 1,
    februar: 2,
    mart: 3,
    maj: 5,
    jun: 6,
    jul: 7,
    avgust: 8,
    septembar: 9,
    oktobar: 10,
    novembar: 11,
    decembar: 12,
    yanvar: 1,
    fevral: 2,
    aprel: 4,
    iyun: 6,
    iyul: 7,
    avqust: 8,
    sentyabr: 9,
    oktyabr: 10,
    noyabr: 11,
    dekabr: 12,
  }),
);

// Ordinals as a question may write them (typos, Serbian, Azerbaijani, Russian), in English. Serbian
// plural "druge" is not read as one: it means "other" far more often than "second".
const ORDINALS: [string, RegExp][] = [
  ['second', /^(2nd|secnd|seccond|drug|ikinci|vtor)/],
  ['third', /^(3rd|trec|ucuncu|tret)/],
  ['fourth', /^4th$/],
  ['fifth', /^5th$/],
];

// Money, and "costs" (стоит, košta): "сколько стоит контракт" asks a price, it counts nothing.
const MONEY_WORDS =
  /^(money|deneg|dengi|novca|novac|para|pul|pulu|pula|stoit|stoyat|stoil\w*|kosta|kostao|kostala|kostalo|vredi|vrijedi|vredeo|vredela|vredelo|vrijedio|iznosi|iznosio|iznosila|iznosilo)$/;

// "What exact date", "which day", "tačan datum", "точная дата", "dəqiq tarix" (folded).
// "What's his name", "names pls", "adları nədir", "как звали": a person's name is wanted ("kako se
// zvala" is not here: it also asks what a declaration was called).
const NAMES_ASKED =
  /\b(his|her|their|whose) names?\b|\bnames? (pls|plz|please)\b|\bad(i|lari|ini|larini|larin|ini bilen)\b|\bkak (ego |ee |ih )?(zvali|zovut)\b|\bimena?\b|\bfamili\w*\b/;

// "Last year" names a year; "the last visit" asks for the latest.
const LATEST =
  /\b(latest|most recent|newest|last(?! (year|month|week|decade|century|time|years|months))|poslednj\w*|najnovij\w*|posledn\w*|sonuncu|en son|en yeni)\b/;
// Typed without its letters, "nece" is either necə (how) or neçə (how many). Before a verb ("nece
// kömək etmişdi", "nece müraciət edib") it is "how"; before what is counted ("nece defe olacaq"), how many.
const NECE_HOW =
  /(?<!\p{L})nece(?!\s+(?:defe|dəfə|il|ay|gun|gün|nefer|nəfər|saat|hefte|həftə|faiz)(?!\p{L}))(?=\s+(?:\p{L}+\s+)?(?:et|ed|ver|ol|qarşıla|qarsila|cavab|izah|reaksiya)\p{L}*|\s+\p{L}+(?:dı|di|du|dü|ib|ıb|ub|üb|yb|mış|miş|muş|müş|mis|mus)(?!\p{L}))/giu;

const MONTH_ASKED =
  /\b(what|which|wat|wich) month\b|\bin what month\b|\bhansi ay\w*|\bkoj\w* mesec\w*|\bkog meseca\b|\bu kom mesecu\b|\bkakom mesyace\b|\bkakoy mesyac\b/;
const EXACT_DAY =
  /\b(exact|precise|specific) (date|day)\b|\b(what|which) day\b|\btacan datum|\btocn\w* dat\w*|\bdeqiq tarix|\bkog datuma\b|\bnecesinde\b|\bkoji datum\b/;

// "How long" is a duration, not a count of something: "колико дуго", "сколько времени".
// Serbian and Russian auxiliaries between "how many" and what is counted.
const AUXILIARIES = new Set(['je', 'su', 'bi', 'li', 'se', 'bio', 'bila', 'bilo', 'bili', 'byl', 'byla', 'bylo', 'byli']);
const NOT_COUNTED = /^(dugo|dugi|duga|vremena|vreme|vremeni|dolgo|vaxt|uzun|cesto|often|long)$/;

/** Is the word (folded) written with a capital letter in the question? */
function capitalisedIn(question: string, folded: string): boolean {
  return question.split(/[^\p{L}\p{N}]+/u).some((raw) => /^\p{Lu}/u.test(raw) && words(raw).join(' ') === folded);
}

// "How long did the occupation last", "сколько длилась", "koliko dugo": a length of time, counted in
// years ("three decades" answers it). With a unit of length it stays a measurement ("how long in km").
const DURATION =
  /(?<!\p{L})(?:how long|как долго|koliko dugo|колико дуго)(?!\p{L})(?!.*(?<!\p{L})(?:km|kilomet\p{L}*|metres?|meters?|miles?|км|километр\p{L}*|kilometar\p{L}*|километар\p{L}*)(?!\p{L}))|(?<!\p{L})сколько(?=[^?.!]{0,40}?(?<!\p{L})(?:длил|продолжал|продлил))/giu;

/** The question with a length of time asked as "how many years". */
export function asDuration(question: string): string {
  return question.replace(DURATION, (found) => (/^[a-z ]+$/i.test(found) ? 'how many years' : /^(сколько|как)/i.test(found) ? 'сколько лет' : 'koliko godina'));
}

// Words the intent patterns read: a typo of one ("populaton", "whihc") is read as the word.
const INTENT_WORDS = new Set([
  'what',
  'which',
  'when',
  'where',
  'whose',
  'how',
  'much',
  'many',
  'population',
  'amount',
  'worth',
  'value',
  'total',
  'volume',
  'price',
  'reason',
]);

/** The word an intent pattern reads, if a misspelt word stands for one; the word itself otherwise. */
function intentWord(word: string): string {
  if (word.length < 4 || isEnglishWord(word)) return word;
  const meant = englishReading(word, (w) => STOPWORDS.has(w));
  return meant !== undefined && INTENT_WORDS.has(meant) ? meant : word;
}

export function readIntent(typed: string): Intent {
  const question = asDuration(typed);
  // Azerbaijani "necə" (how) and "neçə" (how many) fold alike; where the letters tell, "how" is not a count.
  const text = words(question.replace(/(?<!\p{L})necə(?!\p{L})/giu, 'how').replace(NECE_HOW, 'how'))
    .map(intentWord)
    .join(' ');
  // The question word said first decides: "who went to Baku when it started" asks who, and so does
  // "what": "what format met when Aliyev came" asks what, the "when" only says which occasion.
  const opensWithWhat = /^(what|which|whats) (?!(year|month|date|day|time)\b)/.test(text);
  const found = PATTERNS.map(([kind, pattern]) => ({ kind, at: text.search(pattern) })).filter(
    ({ kind, at }) => at >= 0 && !(opensWithWhat && kind === 'when' && at > 0 && text.slice(at).startsWith('when ')),
  );
  // A size named anywhere ("how long… in km", "how much does it weigh") makes an amount a measurement.
  const earliest = found.sort((a, b) => a.at - b.at)[0]?.kind ?? 'what';
  const kind = earliest === 'amount' && found.some((f) => f.kind === 'measure') ? 'measure' : earliest;
  const years = [...text.matchAll(/\b(1[89]\d\d|20\d\d)\b/g)].map((m) => Number(m[1]));
  const month = monthOf(question);
  const { counted, moneyAsked } = countOf(question, text);
  const ordinal = ordinalOf(text);
  return {
    money: asksMoney(text, kind, moneyAsked),
    yearsAlternative: years.length > 1 && /\b(or|ili|yoxsa|either|both|differ\w*|disagree\w*|vs|versus|conflict\w*)\b/.test(text),
    ...(ordinal ? { ordinal } : {}),
    kind,
    years: [...new Set(years)],
    ...(month !== undefined ? { month } : {}),
    ...(counted ? { counted } : {}),
    list: asksList(text),
    // Only words for "next" and "planned": a future tense alone ("Azerbaijan will supply") is how a
    // deal already signed is described.
    future:
      /\b(next|upcoming|future|planned|plans? to|expected to|due to (?:become|join|open|start|finish)|sledec\w*|naredn\w*|buduc\w*|novbeti|gelecek|planir\w*|sleduyush\w*)\b/.test(
        text,
      ),
    // "Why did they team up in the first place" asks why at all, not for the earliest.
    first: /\b(first|earliest|initially|originally|prvi|prva|prvo|ilk|birinci)\b/.test(text.replace(/\bin the first place\b/g, '')),
    ...(EXACT_DAY.test(text) ? { exactDay: true } : {}),
    ...(MONTH_ASKED.test(text) ? { monthAsked: true } : {}),
    ...(LATEST.test(text) ? { latest: true } : {}),
    ...(NAMES_ASKED.test(text) ? { namesAsked: true } : {}),
    negated: /\b(not|never|no|won t|can t|didn|doesn|don|didnt|doesnt|dont|wasnt|isnt|arent|werent|cant|wont|refus\w*|nije|nisu|ne)\b/.test(text),
  };
}

/** The month a question names. "May" is also a verb: a month only next to a year or a day number. */
function monthOf(question: string): number | undefined {
  return words(question)
    .map((word, i, all) => (word === 'may' && !/^\d+$/.test(all[i + 1] ?? '') && !/^\d+$/.test(all[i - 1] ?? '') ? undefined : MONTHS.get(word)))
    .find((m) => m !== undefined);
}

/** Does the question ask for several things ("which countries…", "each way", "navedi")? */
function asksList(text: string): boolean {
  // "which countries…", "what restoration projects…": a plural after what or which asks for several.
  const pluralAsked = /\b(what|which)( \w+)? (?!(?:is|was|does|has|yes|us|its|this|as|his)\b)\w{3,}[^su\W]s\b/.test(text);
  // "Each way", "to each other": both directions, so every fact that answers.
  return (
    pluralAsked ||
    /\b(list|name the|enumerate|what are|which are|navedi|sve|hamisi|siyahi|each way|each other|eachother|each side|each country|to the other|both ways|one another|jedni drugima|jedno drugom|bir birine|drug drugu)\b/.test(
      text,
    )
  );
}

/** What "how many" counts, if anything, and whether money is asked for after it. */
function countOf(question: string, text: string): { counted: string | undefined; moneyAsked: boolean } {
  // The first word after "how many" that is not an auxiliary ("koliko JE dao…" counts nothing yet).
  const countedMatch = /\b(how many|koliko|skolko|skolkih|skolkim|nece|neche)((?: \p{L}+)+)/u.exec(text);
  const countedWord = countedMatch?.[2]?.split(' ').find((word) => word !== '' && !AUXILIARIES.has(word));
  // A Russian or Serbian past-tense verb ("сколько составляла", "koliko iznosila") says what the
  // amount is, not what is counted.
  const pastVerb = /^(koliko|skolko)$/.test(countedMatch?.[1] ?? '') && /(l|la|lo|li|ao|io)$/.test(countedWord ?? '');
  // "Сколько денег", "koliko je Azerbejdžan dao NOVCA": money asked for anywhere after the question word.
  const moneyAsked = countedMatch?.[2]?.split(' ').some((word) => MONEY_WORDS.test(word)) ?? false;
  // A name right after it ("koliko je Azerbejdžan…") is not what is counted.
  const named = countedWord !== undefined && capitalisedIn(question, countedWord);
  const counted = countedWord && !moneyAsked && !NOT_COUNTED.test(countedWord) && !pastVerb && !named ? countedWord : undefined;
  return { counted, moneyAsked };
}

/** A price is asked for in any form of question ("what price per cubic metre…"); paying, in "how much". */
function asksMoney(text: string, kind: IntentKind, moneyAsked: boolean): boolean {
  if (/\b(price|prices|tariff|tariffs|cijen\w*|cena|cenu|cene|qiymet\w*|stoimost\w*|na kakuyu summu|kakuyu summu)\b/.test(text)) return true;
  return (
    kind === 'amount' &&
    (moneyAsked ||
      /\b(pay|pays|paid|price|prices|cost|costs|worth|spend|spent|charge|charged|fee|fees|euros?|dollars?|manats?|cijen\w*|cen[aeu]|qiymet\w*|cen\w*|stoi\w*|stoimost\w*|plac\w*|plat\w*|ode\w*|odey\w*|kost\w*|kosht\w*|neceye|tickets?|bilet\w*)\b/.test(
        text,
      ))
  );
}

/** "The second meeting": the ordinal asked about, in English, if any. */
function ordinalOf(text: string): string | undefined {
  // "Друг друга", "jedan drugog" (each other) count nothing.
  const said = text.replace(/\b(drug|druga|drugu|drugom|jedan|jedni|jedna|jedno) drug\w*/g, '');
  const ordinalWord =
    /\b(second|third|fourth|fifth|2nd|3rd|4th|5th|secnd|seccond|drugi|druga|drugo|drugog|drugom|trec[aieo]|ikinci|ucuncu|vtor\w*|tret\w*)\b/.exec(said)?.[1];
  return ordinalWord && (ORDINALS.find(([, forms]) => forms.test(ordinalWord))?.[0] ?? ordinalWord);
}

/** Does a fact statement carry a figure: a number that is not just a year? */
export function hasFigure(statement: string): boolean {
  const withoutYears = statement.replace(/\b(1[89]\d\d|20\d\d)s?\b/g, '');
  // A number of its own, not part of a code such as A8, M3 or B-52.
  return (
    /(?<![\p{L}\d-])\d/u.test(withoutYears) ||
    // "One of the largest" counts nothing.
    /\b(one(?! of\b)|two|three|four|five|six|seven|eight|nine|ten|dozen|hundred|thousand|million|billion|fold)\b/i.test(withoutYears)
  );
}

/** Does a statement carry a measurement of size (metres, tall, high)? */
export function hasMeasurement(statement: string): boolean {
  return /\d\s*(m|metres?|meters?|cm|km|kilomet\w*|miles?|feet|ft|kg|kilograms?|tonnes?|tons?)\b|\b(tall|high|height|long|weigh\w*)\b/i.test(statement);
}

/** Does a statement speak of something planned or expected, rather than only of the past? */
export function speaksOfFuture(statement: string): boolean {
  return /\b(will|would|plans?|planned|expected|upcoming|next|coming|to begin|to start|to open|to commence|due to)\b/i.test(statement);
}

/** Does a statement give a reason? */
export function givesReason(statement: string): boolean {
  return /\b(because|since|due to|as a result|so that|in order to|reasons?|explanations?|explains?|why|aimed|meant to|after|when|followed|amid|in response|pressure|motivat\w*|driven|seeking|sought|to reduce|to diversify|to avoid|thanks to|owing to)\b/i.test(
    statement,
  );
}
