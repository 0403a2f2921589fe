/**
 * Words that carry no content in a question, in English, Serbian (Latin, after folding) and
 * Azerbaijani (after folding). Question words are listed too: they steer intent (see intent.ts),
 * but they must not count as content that a fact has to contain.
 */
import { createRequire } from 'node:module';
import { words } from './normalize.js';
import { readPrecomputed, wordsOf } from './precomputed.js';

const ENGLISH = `a an the of in on at to for from by with about as into onto over under between
and or but nor not no yes is are was were be been being am do does did done doing have has had
having will would shall should can could may might must it its it's this that these those there
here their they them he him his she her we our us you your i me my mine what which who whom whose
when where why how whats whens wheres whos hows much many name names tell give show list please
any some all each every one ones also than then so such very just only ever still yet
back same other another more most less least again through via within without first last year years ago
did does doing know find about regarding concerning per via around whether if
say says said mention mentioned according yearly annually annual pay paid while during hold held take took get got make made happen happened go went come came s place previous prior need needed needs receive received receives big large value worth amount size sum figure exactly approximately roughly
type types kind kinds sort location located based situated headquartered city cities country countries month months date dates day number
keep kept stand stands stood use used uses using start started starts begin began begun become became
main mainly primary chief cost costs factor
well ok okay like hey hi hello yo anyway basically guess thanks thx pls plz quick q lol btw up down thru stuff etc
anything something nothing everything anyone someone anybody somebody details detail info information exact precise specific tho rn ur u imo idk
involve involves involved include includes included entail entails mean means meant consist consists
sources differ differs different disagree disagrees quoted seen seem seems ive even latest recent recently newest site sites bigger larger
after before behind beyond across against along among amongst toward towards upon throughout beneath below above beside near inside outside since until till
wasnt dont doesnt didnt isnt arent werent cant couldnt wouldnt shouldnt hasnt havent hadnt wont im youre theyre thats
itself himself herself themselves right whole
besides usual else apart both side sides see sees seeing saw claim claims claimed argue argues argued allege alleges suggest suggests suggested believe believes believed think thinks thought note notes noted`;

const SERBIAN = `i u na o od do za sa s iz po pri prema kod a ali ili ni ne da li je su bio bila bilo bili
biti jesu sam si smo ste se sebe koji koja koje kojeg kome cemu ko sta sto gde kada kad zasto kako
koliko kolika koliki kojim kojoj ovaj ova ovo taj ta to on ona ono oni one mi vi ja ti njegov njen
njihov bi bih bismo biste ce cu ces cemo cete osim pored jos godine godina godini godinu godisnje godisnji sa svake
zemlja zemlju zemlje zemlji zemljom kog kom bas datum datuma datumu dan dana danu dosao dosla dosli stigao stigla stigli`;

// Russian question words and "year" forms, in Cyrillic: they are folded like any text below.
const RUSSIAN = `когда где кто что чего чем сколько почему зачем как какой какая какое какие каком какую каких
каким чей чья чьё чьи куда откуда ли ещё год году года лет годах было был была были это или
согласно также сказал сказано говорится пишет
версии версия словам данным мнению страна страну страны стране стран
глава главой главы главе главу`;

const AZERBAIJANI = `ve ile bu o bir ne nece neche kim kimi kimin elinde hansi harada hara haradan nece niye nicin necin
ucun uzre ve da de mi mu mı mu olub olan oldu olmusdur edib edilib il ilde ili ilin
zamani vaxt vaxti nedir kimdir haqqinda barede adindan adina terefinden cu ci cu cu ncu nci qeder neche hansı hansi olunub etdi edir verib verdi verilib verilmisdir edilmisdir olmusdur verecek verir edecek olacaq illik ilde
olke olkeni olkeden olkeye olkenin getdi getmisdi gedib geldi gelib gelmisdi gun gunu gunde mehz necesi necesinde`;

// The stopwords-iso lists for Croatian (which is Serbian Latin's as well, and Serbian Cyrillic's once
// folded), Russian and Turkish (close to Azerbaijani), less the few that are content words here
// after folding: "put" (Serbian for road), "hot", "az", "is" (Turkish iş), "nisu" (also Niš
// in the locative, Нишу).
// Also the English content words some of them fold into (Russian хотел → "hotel", друг → "drug").
const NOT_STOPWORDS = new Set([
  'put',
  'hot',
  'az',
  'is',
  'nisu',
  'hotel',
  'drug',
  'net',
  'cut',
  'cast',
  'nice',
  'gene',
  'bet',
  'bin',
  'god',
  'vase',
  'emu',
  'mat',
  'gore',
  'bile',
]);

/** English stop words alone, for telling an English question from one in another language. */
export const ENGLISH_STOPWORDS: ReadonlySet<string> = new Set(ENGLISH.split(/\s+/).filter(Boolean));

/** The build's file of FOREIGN_STOPWORDS (see precomputed.ts). */
export const FOREIGN_STOPWORDS_FILE = 'foreign-stopwords.txt';

/** The foreign stop words worked out from the lists above and stopwords-iso, folding every word: what the build saves. */
export function foldForeignStopwords(): string[] {
  const iso = createRequire(import.meta.url)('stopwords-iso/stopwords-iso.json') as Record<'hr' | 'ru' | 'tr', string[]>;
  const borrowed = [...iso.hr, ...iso.ru, ...iso.tr].flatMap((word) => words(word)).filter((word) => !NOT_STOPWORDS.has(word));
  return [
    ...new Set([...`${SERBIAN} ${AZERBAIJANI}`.split(/\s+/).filter(Boolean), ...words(RUSSIAN), ...borrowed].filter((word) => !ENGLISH_STOPWORDS.has(word))),
  ];
}

/** Stop words of Serbian, Azerbaijani and Russian (folded) that are not English ones. */
const precomputed = readPrecomputed(FOREIGN_STOPWORDS_FILE);
export const FOREIGN_STOPWORDS: ReadonlySet<string> = new Set(precomputed === undefined ? foldForeignStopwords() : wordsOf(precomputed));

export const STOPWORDS: ReadonlySet<string> = new Set([...ENGLISH_STOPWORDS, ...FOREIGN_STOPWORDS]);
