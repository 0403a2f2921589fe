/**
 * What a question sets aside: "besides Ljig–Preljina, what other roads…", "osim deonice Ljig–Preljina",
 * "кроме трассы…", "Ljig–Preljina-dan başqa". The thing named there is known already; a fact about it
 * is not the answer.
 */
import { words } from '../search/normalize.js';

// Words that set aside what follows them (folded: кроме → krome, помимо → pomimo).
const BEFORE = new Set(['besides', 'except', 'excluding', 'osim', 'pored', 'izuzev', 'krome', 'pomimo']);
const TWO_WORD_BEFORE = new Set(['other than', 'apart from', 'aside from', 'not counting']);
// Azerbaijani puts it after: "X-dan başqa", "X-dən savayı".
const AFTER = new Set(['basqa', 'savayi']);
const PHRASE_WORDS = 3;

/** The words of what the question sets aside, if anything. */
export function excludedWords(question: string): string[] {
  // A comma or question mark ends the phrase set aside.
  const clauses = question.split(/[,?;:!]/u).map((clause) => words(clause));
  for (const list of clauses) {
    for (let i = 0; i < list.length; i++) {
      const pair = `${list[i]} ${list[i + 1] ?? ''}`;
      if (BEFORE.has(list[i]!)) return list.slice(i + 1, i + 1 + PHRASE_WORDS);
      if (TWO_WORD_BEFORE.has(pair)) return list.slice(i + 2, i + 2 + PHRASE_WORDS);
      if (AFTER.has(list[i]!)) return list.slice(Math.max(0, i - PHRASE_WORDS), i);
    }
  }
  return [];
}
