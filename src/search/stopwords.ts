/**
 * Words that carry no content in a question, in English, Serbian (Latin, after folding) and
 * Azerbaijani (after folding). Question words are listed too: they steer intent (see intent.ts),
 * but they must not count as content that a fact has to contain.
 */
const ENGLISH = `a an the of in on at to for from by with about as into onto over under between
and or but nor not no yes is are was were be been being am do does did done doing have has had
having will would shall should can could may might must it its it's this that these those there
here their they them he him his she her we our us you your i me my mine what which who whom whose
when where why how whats whens wheres whos hows much many name names tell give show list please
any some all each every one ones also than then so such very just only ever still yet
back same other another more most less least again through via within without first last year years ago
did does doing know find about regarding concerning per via around whether if
say says said mention mentioned according yearly annually annual pay paid while during hold held take took get got make made happen happened go went come came s place previous prior need needed needs receive received receives big large value worth amount size sum figure exactly approximately roughly
type types kind kinds sort location located city cities country countries month months date dates day number
keep kept stand stands stood use used uses using start started starts begin began begun become became
main mainly primary chief cost costs`;

const SERBIAN = `i u na o od do za sa s iz po pri prema kod a ali ili ni ne da li je su bio bila bilo bili
biti jesu sam si smo ste se sebe koji koja koje kojeg kome cemu ko sta sto gde kada kad zasto kako
koliko kolika koliki kojim kojoj ovaj ova ovo taj ta to on ona ono oni one mi vi ja ti njegov njen
njihov bi bih bismo biste ce cu ces cemo cete godine godina godini godinu godisnje godisnji sa svake`;

// Russian question words, for people who ask in Russian about names they know in Cyrillic.
const RUSSIAN = `kogda gde kto chto skolko pochemu kak kakoy kakaya kakie ili eto byl byla bylo v vo na s so ot do za po iz u k`;

const AZERBAIJANI = `ve ile bu o bir ne nece neche kim kimi hansi harada hara haradan nece niye nicin necin
ucun uzre ve da de mi mu mı mu olub olan oldu olmusdur edib edilib il ilde ili ilin
zamani vaxt vaxti nedir kimdir haqqinda barede cu ci cu cu ncu nci qeder neche hansı hansi olunub etdi edir verib verdi verilib verilmisdir edilmisdir olmusdur verecek verir edecek olacaq illik ilde`;

export const STOPWORDS: ReadonlySet<string> = new Set(
  `${ENGLISH} ${SERBIAN} ${AZERBAIJANI} ${RUSSIAN}`.split(/\s+/).filter(Boolean),
);
