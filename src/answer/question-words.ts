/**
 * What a question's own words say about the words the knowledge does not use: which language it
 * is in, which words are names (capitalised inside a sentence), which are ordinary English words,
 * and which word is the thing asked for ("what interest rate…" → interest, "who designed…").
 */
import { englishReading, isEnglishWord, isEveryDayWord } from '../search/lexicon.js';
import { asDuration } from './intent.js';
import { normalizeText, stem } from '../search/normalize.js';
import { ENGLISH_STOPWORDS, FOREIGN_STOPWORDS, STOPWORDS } from '../search/stopwords.js';

export interface QuestionWords {
  /** Written in Serbian, Azerbaijani or Russian rather than English. */
  foreign: boolean;
  /** Terms (stemmed) of the thing the question asks for. */
  focus: ReadonlySet<string>;
  /** The last of them, the head ("interest RATE", "scrap VISAS"): if the knowledge lacks it, it cannot answer. */
  head: string | undefined;
  /** The kind of answer named after the question word ("which UNIVERSITY", "what COMPANY"), if any. */
  kind: string | undefined;
  /** Asks who holds a role ("who IS the ambassador", "the NAME OF the chargé"): the head is the role. */
  asksForHolder: boolean;
  /** Is the term written as a name: capitalised, and not the sentence's first word? */
  named(term: string): boolean;
  /** Is the term a common English word, not written as a name? */
  ordinary(term: string): boolean;
  /** Is the term one of the commonest English words as typed ("well", "see", "reach")? */
  everyday(term: string): boolean;
  /** The words of the question that gave this term, as typed (folded). */
  wordsOf(term: string): string[];
  /** Is the term a misspelt word that carries no content ("wich", "acording")? */
  noise(term: string): boolean;
}

const OTHER_SCRIPT_OR_LETTERS = /[\u0400-\u04ffəışçğöüčćšžđ]/iu;
const QUESTION_WORDS = new Set(['what', 'which', 'who', 'whom', 'whose', 'when', 'where', 'why', 'how', 'whats', 'whos', 'wheres', 'whens', 'hows']);

interface Token {
  word: string;
  term: string;
  capitalised: boolean;
}

function tokens(question: string, termOf: (word: string) => string): Token[] {
  const out: Token[] = [];
  let sentenceStart = true;
  for (const match of question.matchAll(/[\p{L}\p{N}]+|[.!?;:,()\u2013\u2014]/gu)) {
    const raw = match[0];
    // A sentence's end ends the search for what is asked; a comma, bracket or dash ends a clause
    // ("when did Serbia (well, Yugoslavia) set up…").
    if (/^[.!?;:]$/.test(raw)) {
      sentenceStart = true;
      out.push({ word: '.', term: '.', capitalised: false });
      continue;
    }
    if (/^[,()\u2013\u2014]$/.test(raw)) {
      out.push({ word: ',', term: ',', capitalised: false });
      continue;
    }
    for (const word of normalizeText(raw).split(' ').filter(Boolean)) {
      // An acronym (SOCAR, RUSI) is a name even where a sentence starts.
      const acronym = raw.length >= 3 && /^\p{Lu}+$/u.test(raw) && raw !== question.toUpperCase().trim();
      out.push({ word, term: termOf(word), capitalised: acronym || (!sentenceStart && /^\p{Lu}/u.test(raw)) });
    }
    sentenceStart = false;
  }
  return out;
}

const TYPE_WORDS = new Set([
  'guy',
  'guys',
  'man',
  'woman',
  'official',
  'officials',
  'country',
  'countries',
  'neighbour',
  'neighbours',
  'neighbor',
  'neighbors',
  'city',
  'cities',
  'town',
  'towns',
  'year',
  'years',
  'month',
  'months',
  'date',
  'dates',
  'day',
  'days',
  'place',
  'places',
  'kind',
  'kinds',
  'type',
  'types',
  'sort',
  'sorts',
  'person',
  'persons',
  'people',
  'time',
  'times',
  'system',
  'systems',
  'thing',
  'things',
  'university',
  'universities',
  'school',
  'institution',
  'organisation',
  'organization',
  'body',
  'document',
  'documents',
  'factory',
  'factories',
  'plant',
  'holiday',
  'holidays',
  'mechanism',
  'mechanisms',
  'outlet',
  'outlets',
  'publication',
  'publications',
  'newspaper',
  'magazine',
  'website',
  'portal',
]);
const DETERMINERS = new Set(['this', 'that', 'these', 'those', 'their', 'his', 'her', 'its', 'our', 'my', 'your']);
const AUXILIARY = new Set(['is', 'was', 'were', 'are', 'did', 'does', 'do', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should']);
// Words that end the clause a question asks about ("…the interest rate ON the loan").
const CLAUSE_END = new Set([
  '.',
  ',',
  'behind',
  'against',
  'over',
  'through',
  'across',
  'near',
  'toward',
  'towards',
  'of',
  'in',
  'on',
  'at',
  'to',
  'for',
  'with',
  'by',
  'from',
  'about',
  'between',
  'during',
  'after',
  'before',
  'under',
  'into',
  'and',
  'or',
  'according',
  'than',
  'since',
  'while',
]);

/**
 * The thing asked for: after the question word, the last common English word of the first run of
 * content words ("what was the interest RATE on the loan", "when was the mosque BUILT", "when did
 * Serbia RECOGNISE Kosovo", "who DESIGNED the monument"). Names are never the focus.
 */
function focusTerms(list: readonly Token[], knownReading: (word: string) => boolean): { focus: Set<string>; head: string | undefined } {
  const at = questionWordAt(list);
  // "which COUNTRY…", "what YEAR…": a kind of answer, not a thing the facts must mention.
  if (at >= 0 && list[at]?.word !== 'of' && typeAfter(list, at)) return { focus: new Set(), head: undefined };
  const found = at < 0 ? [keywordHead(list)].filter((t): t is Token => t !== undefined) : runFocus(list, at, knownReading);
  return { focus: new Set(found.map((t) => t.term)), head: found.at(-1)?.term };
}

/** Is a kind of answer said right after the question word, or after one or two describing words ("which MEDIATION mechanism")? */
function typeAfter(list: readonly Token[], at: number): boolean {
  for (let k = at + 1; k <= at + 3 && k < list.length; k++) {
    const word = list[k]!.word;
    if (TYPE_WORDS.has(word)) return true;
    if (STOPWORDS.has(word) || CLAUSE_END.has(word) || AUXILIARY.has(word) || list[k]!.capitalised) return false;
  }
  return false;
}

/** Where the question word is; "(the) name of the arms DEALER…" asks like "who is the arms dealer". */
function questionWordAt(list: readonly Token[]): number {
  const nameOf = list.findIndex((t, i) => t.word === 'name' && list[i + 1]?.word === 'of');
  // A misspelt question word ("wich", "whne") is one all the same.
  const asks = (t: Token) => QUESTION_WORDS.has(t.word) || (!isEnglishWord(t.word) && QUESTION_WORDS.has(englishReading(t.word, isStopword) ?? ''));
  return nameOf >= 0 ? nameOf + 1 : list.findIndex(asks);
}

/**
 * Keywords without a question word ("Ljig Preljina loan interest RATE", "any good RESTAURANTS near
 * Tašmajdan"): the last word before the first clause break is the head.
 */
function keywordHead(list: readonly Token[]): Token | undefined {
  const end = list.findIndex((t) => CLAUSE_END.has(t.word) && t.word !== 'and' && t.word !== 'or');
  const content = (t: Token) => !STOPWORDS.has(t.word) && !/\d/.test(t.word);
  const last =
    list
      .slice(0, end > 0 ? end : list.length)
      .filter(content)
      .at(-1) ?? list.filter(content).at(-1);
  return last && isEnglishWord(last.word) && !last.capitalised ? last : undefined;
}

/**
 * Runs of content words between clause breaks after the question word; the first run with a
 * common word holds the focus ("what did Vučić say about the howitzer PRICE": the first run has
 * only a name). The tokens found, the head last.
 */
function runFocus(list: readonly Token[], at: number, knownReading: (word: string) => boolean): Token[] {
  const found: Token[] = [];
  // "When WAS the mosque built": the verb at the end is what is asked about.
  const passive = /^(was|were|is|are|has|have|had)$/.test(list[at + 1]?.word ?? '');
  let i = at + 1;
  let typed = false;
  while (i < list.length && found.length === 0) {
    let started = false;
    for (; i < list.length; i++) {
      const t = list[i]!;
      if (CLAUSE_END.has(t.word)) break;
      if (started && AUXILIARY.has(t.word)) {
        // "what language is SPOKEN", "when was the mosque BUILT": the participle is asked about too.
        const next = list[i + 1];
        if (next && isParticiple(next.word)) found.push(next);
        break;
      }
      // "the two main REASONS these countries…": a demonstrative or possessive starts another noun phrase.
      if (started && DETERMINERS.has(t.word)) break;
      if (STOPWORDS.has(t.word) || /\d/.test(t.word) || t.word.length === 1) continue;
      // "which prime minister WELCOMED the flight", "the firm BUILDING motorways": a verb after the noun ends the noun.
      // At the end of the question it is the event asked about ("when was the mosque BUILT").
      if (started && (isPastTense(t.word) || isGerund(t.word) || IRREGULAR_PAST.has(t.word))) {
        const next = list[i + 1];
        if ((next === undefined || next.word === '.') && passive && isEnglishWord(t.word)) found.push(t);
        break;
      }
      started = true;
      // Adverbs ("eventually", "actually") colour the question; they are not what it asks for.
      // A misspelt word counts as the common word it stands for, if the knowledge uses that ("ambasador").
      const common = isEnglishWord(t.word) || (t.word.length >= 6 && knownReading(t.word));
      if (common && !t.capitalised && !t.word.endsWith('ly') && !TYPE_WORDS.has(t.word)) found.push(t);
      if (TYPE_WORDS.has(t.word)) typed = true;
      if (isPastTense(t.word)) break;
    }
    // "Who was the Azerbaijani OFFICIAL who called…": the kind of answer was the thing asked for.
    if (list[i]?.word === '.' || (typed && found.length === 0)) break;
    i++;
  }
  return found;
}

// "Which X" in Serbian, Azerbaijani and Russian (folded), and kinds of answer that follow them.
const FOREIGN_WHICH = new Set([
  'koji',
  'koja',
  'koje',
  'kojeg',
  'kojem',
  'kojoj',
  'kojim',
  'kojih',
  'hansi',
  'kakoy',
  'kakaya',
  'kakoe',
  'kakie',
  'kakuyu',
  'kakom',
  'kakih',
  'kakim',
  'cey',
  'ciya',
  'ciji',
  'cija',
]);
const FOREIGN_TYPE_WORD =
  /^(seher|olke|il|ili|ilde|ilin|ay|ayi|grad|godin|zemlj|drzav|gorod|god|stran|mesec|mest|yer|vaxt|tarix|den|dan|datum|sirket|kompanij|kompani|firm|osob|celovek|insan|kisi|summ|iznos|srok|rok|vuz|universitet|univerzitet|bayram|prazni|organ|telo|tela|qurum|zavod|fabrik|dokument|sened|izdani|smi$|medij|nesr|portal|gazet|novin|casopis|zurnal)/;

// "Who is the X": Serbian "ko je (bio) X", Russian "кто X", and Azerbaijani "X kimdir" (after the role).
const WHO_BEFORE_ROLE = new Set(['ko', 'kto']);
// "Is called / was called" in Serbian and Russian (folded), after "kako se" or "как".
const NAME_VERBS = new Set(['zove', 'zvao', 'zvala', 'zvali', 'zovu', 'zovut']);
const WHO_AFTER_ROLE = new Set(['kimdir', 'kim', 'kimdi']);
const FOREIGN_FILLER = new Set([
  'je',
  'bio',
  'bila',
  'sada',
  'trenutno',
  'byl',
  'byla',
  'seychas',
  'prvi',
  'prva',
  'pervyy',
  'pervym',
  'ilk',
  'indiki',
  'hazirki',
]);

/** The role a foreign "who is the X" asks about ("ко је био амбасадор", "səfiri kimdir"). */
function foreignHolder(list: readonly Token[], phraseTerm: (words: string) => string | undefined): string | undefined {
  const content = (t: Token | undefined) => t !== undefined && t.word !== '.' && t.word !== ',' && !STOPWORDS.has(t.word) && !FOREIGN_FILLER.has(t.word);
  // "Kako se ZVAO otpravnik poslova", "как ЗОВУТ посла": the name of the role that follows.
  const named = list.findIndex((t) => NAME_VERBS.has(t.word));
  if (named >= 0) {
    const at = list.findIndex((t, i) => i > named && (content(t) || t.word === '.'));
    // The role may be several words ("otpravnik poslova" is the chargé d'affaires).
    return at < 0 || list[at]!.word === '.'
      ? undefined
      : (phraseTerm(
          list
            .slice(at, at + 3)
            .map((t) => t.word)
            .join(' '),
        ) ?? list[at]!.term);
  }
  // "Səfirin ADI nədir": the name of the role before it.
  const nameIs = list.findIndex((t, i) => t.word === 'adi' && list[i + 1]?.word === 'nedir');
  if (nameIs > 0) return [...list.slice(0, nameIs)].reverse().find(content)?.term;
  const before = list.findIndex((t) => WHO_BEFORE_ROLE.has(t.word));
  if (before >= 0) {
    const next = list.slice(before + 1).find((t) => content(t) || t.word === '.');
    // "ко је РЕКАО", "кто ВОЗГЛАВЛЯЛ": a past verb (Serbian -o/-la, Russian -al/-il/-la), not a role ("посол" is one).
    return next && next.word !== '.' && !/(ao|io|eo|uo|la|li|lo|al|il|el|yl|yal)$/.test(next.word) ? next.term : undefined;
  }
  const after = list.findIndex((t) => WHO_AFTER_ROLE.has(t.word));
  // "Səfirliyindən kim çağırılmışdı": a word in the ablative (from the embassy) is not the role.
  const role = after > 0 ? [...list.slice(0, after)].reverse().find(content) : undefined;
  return role && !/(dan|den|tan|ten)$/.test(role.word) ? role.term : undefined;
}

// Serbian auxiliaries that may follow "which" ("koja je", "koji su").
const FOREIGN_AUXILIARY = new Set(['je', 'su', 'bio', 'bila', 'bilo', 'bili']);

// Russian adjective endings, folded (-ых, -ые, -ый, -ая, -ое, -ого, -ому), and Serbian ones of
// place adjectives (beogradska, srpski, azerbejdžanskog).
const ADJECTIVE_ENDING = /(yh|ye|yy|yi|aya|oe|ogo|omu|iy|ij|oy|oj|uyu|yaya|ego|emu|sk[aeiou]|skog|skom|skim|skih|sko)$/;

/** "Koja aviokompanija…", "hansı aviaşirkət…", "какая авиакомпания…": the word after "which". */
function foreignFocus(list: readonly Token[], role: string | undefined): { focus: Set<string>; head: string | undefined } {
  if (role) return { focus: new Set([role]), head: role };
  // "Koja JE valuta…": the auxiliary after "which" is not the noun asked about.
  let at = list.findIndex((t) => FOREIGN_WHICH.has(t.word));
  while (at >= 0 && FOREIGN_AUXILIARY.has(list[at + 1]?.word ?? '')) at++;
  // Russian "каких КРУПНЫХ игроков": an adjective comes before the noun asked about.
  const adjective = (t: Token | undefined) => t !== undefined && ADJECTIVE_ENDING.test(t.word) && list[at + 2] !== undefined && list[at + 2]!.word !== '.';
  const next = at >= 0 ? (adjective(list[at + 1]) ? list[at + 2] : list[at + 1]) : undefined;
  if (!next || STOPWORDS.has(next.word) || FOREIGN_TYPE_WORD.test(next.word) || /\d/.test(next.word)) return { focus: new Set(), head: undefined };
  return { focus: new Set([next.term]), head: next.term };
}

/** "which UNIVERSITY…": the kind of answer, said right after the question word. */
function kindAsked(list: readonly Token[]): string | undefined {
  const at = list.findIndex((t) => t.word === 'which' || t.word === 'what');
  // "Which SERBIAN city": one describing word may come first.
  const next =
    at >= 0
      ? [list[at + 1], list[at + 2]].find((t, i) => t !== undefined && TYPE_WORDS.has(t.word) && (i === 0 || !STOPWORDS.has(list[at + 1]!.word)))
      : undefined;
  return next?.term;
}

/** "building", "supplying": a common word that is another one plus -ing. */
function isGerund(word: string): boolean {
  if (word.length <= 5 || !word.endsWith('ing') || !isEnglishWord(word)) return false;
  const base = word.slice(0, -3);
  return isEnglishWord(base) || isEnglishWord(`${base}e`) || (base.at(-1) === base.at(-2) && isEnglishWord(base.slice(0, -1)));
}

/** A regular past tense ("welcomed", "signed"): a common word that is another one plus -ed or -d. */
function isPastTense(word: string): boolean {
  return word.length > 4 && word.endsWith('ed') && isEnglishWord(word) && (isEnglishWord(word.slice(0, -2)) || isEnglishWord(word.slice(0, -1)));
}

const IRREGULAR_PARTICIPLES = new Set([
  'built',
  'made',
  'sent',
  'held',
  'paid',
  'sold',
  'bought',
  'brought',
  'found',
  'won',
  'lost',
  'led',
  'set',
  'put',
  'kept',
  'told',
  'said',
  'run',
  'begun',
  'done',
  'known',
]);
// Irregular past forms that end a noun in "the loan Azerbaijan GAVE Serbia".
const IRREGULAR_PAST = new Set([
  'gave',
  'took',
  'made',
  'sent',
  'built',
  'paid',
  'sold',
  'bought',
  'brought',
  'held',
  'led',
  'won',
  'met',
  'went',
  'came',
  'got',
  'told',
  'saw',
  'began',
  'wrote',
  'kept',
  'lost',
  'found',
  'spent',
  'lent',
]);

/** "signed", "spoken", "built": a past participle. */
function isParticiple(word: string): boolean {
  return isPastTense(word) || IRREGULAR_PARTICIPLES.has(word) || (word.length > 4 && word.endsWith('en') && isEnglishWord(word));
}

const isStopword = (word: string) => STOPWORDS.has(word);

// Chat idioms that ask "what about X" in words that would otherwise be searched for ("deal").
const IDIOMS = /\bwhat(?:'|’)?s\s+(?:the\s+(?:deal|story|thing|situation)|up)\s+(?:with|about)\b/giu;

/** The question with chat idioms put plainly ("what's the deal with the loan" → "what about the loan", "the two countries" → Azerbaijan and Serbia). */
export function plainQuestion(question: string): string {
  return asDuration(question).replace(IDIOMS, 'what about').replace(THE_TWO, 'Azerbaijan and Serbia').replace(SAD_NOW, '');
}

// Serbian "sad" (now) is not Novi Sad: "ko je sad selektor…". In capitals, САД is the United States.
const SAD_NOW = /(?<!\p{L})(?<!(?:[Nn]ovi|[Нн]ови) )(?:sad|Sad|сад|Сад)(?!\p{L})/gu;

/** The two countries' search terms: a word saying which country a role belongs to is not the role. */
export const THE_COUNTRIES: ReadonlySet<string> = new Set(['azerbaijan', 'serbia']);

// "When did the two countries sign…": the two are Azerbaijan and Serbia, not the number two.
const THE_TWO = /\b(?:the )?(?:two|both) (?:countries|contries|countires|coutries|countrys|sides|nations|states|governments)\b/giu;

/**
 * Reads a question's words. `analyze` is the index's analyser, so that terms match the search
 * terms ("built" → "build" where a glossary says so); without it words are only stemmed.
 */
export function readQuestionWords(question: string, analyze?: (text: string) => string[], isKnown: (term: string) => boolean = () => false): QuestionWords {
  const list = tokens(question, (word) => analyze?.(word)[0] ?? stem(word));
  // One-letter words (Russian в, с; English a) say little about the language.
  const english = list.filter((t) => t.word.length > 1 && ENGLISH_STOPWORDS.has(t.word)).length;
  const foreignWords = list.filter((t) => t.word.length > 1 && FOREIGN_STOPWORDS.has(t.word) && !isEnglishWord(t.word)).length;
  const cyrillic = (question.match(/[\u0400-\u04ff]/gu) ?? []).length;
  const latin = (question.match(/[a-z]/giu) ?? []).length;
  // Letters such as š or ə alone do not make a question foreign: names carry them (Niš, Əliyev).
  const foreign = cyrillic > latin || foreignWords > english || (english === 0 && OTHER_SCRIPT_OR_LETTERS.test(question));
  const withTerm = (term: string) => list.filter((t) => t.term === term || t.word === term);
  // "Как звали СЕРБСКОГО временного поверенного": the role, not the country said before it.
  const role = foreign ? foreignHolder(list, (words) => analyze?.(words).find((term) => !THE_COUNTRIES.has(term))) : undefined;
  return {
    foreign,
    ...(foreign
      ? foreignFocus(list, role)
      : focusTerms(list, (word) => {
          const reading = englishReading(word, isStopword);
          const term = reading === undefined || reading.includes(' ') ? undefined : (analyze?.(reading)[0] ?? stem(reading));
          return term !== undefined && isKnown(term);
        })),
    kind: kindAsked(list),
    // "Who is the ambassador" asks for the holder of a role; "who's BUILDING the road" and "who's
    // the GUY who…" ask who did something.
    asksForHolder: foreign
      ? role !== undefined
      : /\b(who (is|was|are|were|s)|whos|name of|whats (his|her|their) name)\b(?! (\w+ing|\w+ed)\b)(?! (the |that |this )?(guy|guys|man|woman|person|one)\b)/.test(
          list.map((t) => t.word).join(' '),
        ),
    named: (term) => withTerm(term).some((t) => t.capitalised),
    ordinary: (term) => {
      const found = withTerm(term);
      // In English, a misspelt common word ("eachother", "goverment") is still a common word.
      const common = (word: string) => (foreign ? isEnglishWord(word) : englishReading(word, isStopword) !== undefined);
      return found.length > 0 && found.every((t) => !t.capitalised) && found.some((t) => common(t.word));
    },
    wordsOf: (term) => withTerm(term).map((t) => t.word),
    everyday: (term) => !foreign && withTerm(term).some((t) => !t.capitalised && isEveryDayWord(t.word)),
    noise: (term) => {
      if (foreign) return false;
      const found = withTerm(term);
      const readings = found.map((t) => englishReading(t.word, isStopword));
      return found.length > 0 && readings.every((r) => r !== undefined && r.split(' ').every((w) => STOPWORDS.has(w)));
    },
  };
}
