/**
 * Typo correction against the index's own vocabulary, by single deletions (the SymSpell idea):
 * two words are one edit apart when deleting at most one letter from each makes them equal. It
 * finds "Alyev" → "aliyev" or "Vuksanovich" → "vuksanovic" with a few map look-ups, which is far
 * cheaper than a fuzzy search of the whole index and keeps long questions fast at 100,000 facts.
 */
const MIN_LENGTH = 4;

export interface SpellingIndex {
  /** The most frequent known word within one edit (or a swap of neighbours), if any. */
  correct(word: string): string | undefined;
}

function deletions(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/** Do the words differ only by two neighbouring letters swapped ("tsela" / "tesla")? */
function isSwap(a: string, b: string): boolean {
  const i = [...a].findIndex((ch, k) => ch !== b[k]);
  return i >= 0 && i < a.length - 1 && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

/** Do two words of the same length differ in exactly one letter? */
function differsByOne(a: string, b: string): boolean {
  let differences = 0;
  for (let i = 0; i < a.length && differences < 2; i++) if (a[i] !== b[i]) differences++;
  return differences === 1;
}

export function buildSpellingIndex(frequencies: ReadonlyMap<string, number>): SpellingIndex {
  const byDeletion = new Map<string, string[]>();
  for (const word of frequencies.keys()) {
    if (word.length < MIN_LENGTH || /\d/.test(word)) continue;
    for (const deleted of new Set(deletions(word))) {
      const list = byDeletion.get(deleted);
      if (list) list.push(word);
      else byDeletion.set(deleted, [word]);
    }
  }
  const frequency = (word: string) => frequencies.get(word) ?? 0;

  return {
    correct(word) {
      if (word.length < MIN_LENGTH || /\d/.test(word) || frequencies.has(word)) return undefined;
      const candidates = new Set<string>();
      // One letter too many in the question.
      for (const deleted of deletions(word)) if (frequencies.has(deleted) && deleted.length >= MIN_LENGTH - 1) candidates.add(deleted);
      // One letter missing in the question.
      for (const known of byDeletion.get(word) ?? []) candidates.add(known);
      // One letter different, or two neighbours swapped. A different letter in a short word too
      // often makes another real word ("invent" is not a typo of "invest"), so only long words.
      for (const deleted of deletions(word)) {
        for (const known of byDeletion.get(deleted) ?? []) {
          if (known.length !== word.length) continue;
          // The same letter deleted from each at different places is two edits ("southwest" / "southeast").
          if (isSwap(word, known) || (word.length >= 7 && differsByOne(word, known))) candidates.add(known);
        }
      }
      // Typos rarely change the first letter; among the rest, the commoner word wins.
      const rank = (candidate: string) => (candidate[0] === word[0] ? 1_000_000 : 0) + frequency(candidate);
      let best: string | undefined;
      for (const candidate of candidates) {
        if (!best || rank(candidate) > rank(best) || (rank(candidate) === rank(best) && candidate < best)) best = candidate;
      }
      return best;
    },
  };
}
