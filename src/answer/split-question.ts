/**
 * Splits a question that asks several things ("when was X, who did Y, and what came of Z") into
 * its parts, so that each part gets its own fact and citation. A part must ask something: a piece
 * without a question word stays with the part before it ("trade and investment" is one subject).
 */
import { normalizeText } from '../search/normalize.js';

// Question words that start a new part, in English, Serbian, Azerbaijani and Russian (folded).
const STARTERS = new Set([
  'when',
  'who',
  'whom',
  'whose',
  'what',
  'whats',
  'whos',
  'wheres',
  'whens',
  'hows',
  'where',
  'why',
  'how',
  'which',
  'did',
  'does',
  'was',
  'were',
  'is',
  'are',
  'kada',
  'kad',
  'ko',
  'koga',
  'sta',
  'gde',
  'gdje',
  'zasto',
  'koliko',
  'koliki',
  'kolika',
  'kolike',
  'kakav',
  'kakva',
  'kakvo',
  'kakve',
  'ciji',
  'cija',
  'cije',
  'koju',
  'kojeg',
  'kojoj',
  'kojim',
  'kojih',
  'koji',
  'koja',
  'koje',
  'kako',
  'kim',
  'harada',
  'niye',
  'nece',
  'hansi',
  'haradan',
  'ne',
  'kogda',
  'kto',
  'cto',
  'gde',
  'pocemu',
  'skolko',
  'kakoy',
  'kakaya',
  'kakie',
  'kakoe',
  'kakuyu',
  'kakogo',
  'kakom',
  'kakim',
  'kakih',
  'kogo',
  'komu',
  'kimler',
  'kimin',
  'zacem',
  'kuda',
]);
const JOINERS = new Set(['and', 'also', 'plus', 'i', 'a', 've', 'və', 'и', 'а', 'then']);
const MIN_PART_WORDS = 2;
const LEADING_JOINER = /^(and|also|plus|i|a|ve|və|и|а|then)\s+/iu;

/** Does the text start with a question word, after a joiner and a pronoun at most ("and he who…", "ve o harada")? */
function startsPart(text: string): boolean {
  const words = normalizeText(text).split(' ');
  const from = JOINERS.has(words[0] ?? '') ? 1 : 0;
  return words.slice(from, from + 2).some((word) => STARTERS.has(word));
}

/** Has a question word anywhere (Azerbaijani and Serbian put them mid-sentence). */
const asksSomething = (text: string) =>
  normalizeText(text)
    .split(' ')
    .some((word) => STARTERS.has(word) && !['was', 'were', 'is', 'are', 'ne'].includes(word));

// "Which mosque and church did Baku restore": two things of one kind asked together, each its own
// part. The verb must follow at once: in "which religious and public sites…" the two words describe one thing.
const COORDINATED =
  /^(which|what|wich|whcih|wihch|wat|waht|whta|koj[aei]|koju|kojim|hansı|hansi|какой|какая|какое|какие|какую|који|која|које|коју)\s+([\p{L}-]+)\s+(?:and|i|və|ve|и)\s+([\p{L}-]+)\s+((?:did|does|do|was|were|is|are|has|have|had|will|would|can|je|su|ste|је|су)\s+\S.*)$/iu;

/** "Which mosque and church did Baku restore" as two whole questions; undefined for any other question. */
export function splitCoordinated(question: string): [string, string] | undefined {
  const coordinated = COORDINATED.exec(question.trim());
  if (!coordinated || STARTERS.has(normalizeText(coordinated[3]!))) return undefined;
  const [, asking, one, other, rest] = coordinated;
  return [`${asking} ${one} ${rest}`, `${asking} ${other} ${rest}`];
}

// Azerbaijani puts its question word late ("Serbiya isə Azərbaycana NƏ ixrac edir"); "nə" folds to
// Serbian "ne" (not), so it is recognised before folding.
const AZERBAIJANI_WHAT = /(?<!\p{L})(nə|nəyi|nəyə|nədir)(?!\p{L})/iu;

/** Does a piece after a comma ask a question of its own, wherever its question word is? */
const asksOwnQuestion = (piece: string) =>
  startsPart(piece) || (normalizeText(piece).split(' ').length >= 3 && (asksSomething(piece) || AZERBAIJANI_WHAT.test(piece)));

// "Restored in Belgrade AND Novi Sad": and, i, və, и between two places.
const AND_WORDS = new Set(['and', 'i', 'və', 've', 'и']);
// "Between Shusha and Novi Pazar" asks about one thing the two share.
const BETWEEN = /^(between|izmedju|između|између|между|arasında|arasinda)$/iu;

/**
 * "What did Baku restore in Belgrade and Novi Sad": the same question about each place, when a place
 * is named on each side of "and" and the question is not about what lies between them. `isPlace`
 * tells whether a word is (part of) a place's name.
 */
export function splitCoordinatedPlaces(question: string, isPlace: (word: string) => boolean): [string, string] | undefined {
  const tokens = question.trim().split(/\s+/);
  const bare = (token: string | undefined) => (token ?? '').replace(/[^\p{L}\p{N}-]/gu, '');
  for (let i = 1; i < tokens.length - 1; i++) {
    if (!AND_WORDS.has(tokens[i]!.toLowerCase())) continue;
    let from = i;
    while (from > 0 && i - from < 2 && isPlace(bare(tokens[from - 1]))) from--;
    let to = i + 1;
    while (to < tokens.length && to - i <= 2 && isPlace(bare(tokens[to]))) to++;
    if (from === i || to === i + 1) continue;
    if (BETWEEN.test(bare(tokens[from - 1])) || BETWEEN.test(bare(tokens[to]))) return undefined;
    // Keep the punctuation that ended the second name ("…Novi Sad?") on the first variant too.
    const tail = tokens[to - 1]!.slice(bare(tokens[to - 1]).length);
    const one = [...tokens.slice(0, i), ...tokens.slice(to)].join(' ');
    const other = [...tokens.slice(0, from), ...tokens.slice(i + 1)].join(' ');
    return [to === tokens.length && tail && !one.endsWith(tail) ? `${one}${tail}` : one, other];
  }
  return undefined;
}

/** The question's parts; one part when it asks one thing. */
export function splitQuestion(question: string): string[] {
  // Sentence-like pieces first: "…?", ";" and ", " before a question word, "and" before one.
  const pieces = question.split(/(?<=\?)\s+|;\s*|,\s+(?=\S)/u);
  const parts: string[] = [];
  for (const piece of pieces) {
    for (const sub of splitOnJoiner(piece)) {
      const words = normalizeText(sub).split(' ').filter(Boolean);
      const last = parts.length - 1;
      if (last >= 0 && (!asksOwnQuestion(sub) || words.length < MIN_PART_WORDS)) parts[last] = `${parts[last]}, ${sub}`;
      else parts.push(sub.replace(LEADING_JOINER, ''));
    }
  }
  // A part of one word ("Когда и где…") asks about the same thing as the next, and an opening
  // that asks nothing ("according to RUSI, …", "so Serbia chaired the OSCE? which year…") is context
  // for it: keep them together.
  if (parts.length > 1 && !asksSomething(parts[0]!)) parts.splice(0, 2, `${parts[0]} ${parts[1]}`);
  for (let i = parts.length - 2; i >= 0; i--) {
    if (normalizeText(parts[i]!).split(' ').length < MIN_PART_WORDS) parts.splice(i, 2, `${parts[i]} ${parts[i + 1]}`);
  }
  const asking = parts.filter((part) => normalizeText(part) !== '');
  return asking.length > 1 ? asking.map((part) => part.trim()) : [question];
}

/** "who wrote it and where does he work" → two pieces, split where a joiner meets a question word. */
function splitOnJoiner(piece: string): string[] {
  const tokens = piece.split(/\s+/);
  const out: string[][] = [[]];
  tokens.forEach((token, i) => {
    const next = tokens[i + 1];
    if (i > 0 && JOINERS.has(token.toLowerCase().replace(/[^\p{L}]/gu, '')) && next !== undefined && startsPart(tokens.slice(i + 1, i + 3).join(' '))) {
      out.push([]);
      return;
    }
    out[out.length - 1]!.push(token);
  });
  return out.map((words) => words.join(' ')).filter((text) => text.trim() !== '');
}
