import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SortedWords } from '../../src/search/sorted-words.js';

describe('SortedWords', () => {
  const words = new SortedWords(SortedWords.textOf(['well', 'see', 'source', 'abbé', 'OK', 'a', 'well', 'sourced']));

  it('GIVEN words THEN each is found once, and nothing else: not a prefix, not a longer word, not another case', () => {
    expect(words.size).toBe(7);
    for (const word of ['well', 'see', 'source', 'sourced', 'abbé', 'OK', 'a']) expect(words.has(word), word).toBe(true);
    for (const word of ['wel', 'wells', 'sourc', 'ok', 'abbe', '', 'b', 'zzz']) expect(words.has(word), word).toBe(false);
  });

  it('GIVEN no words THEN nothing is found', () => {
    const none = new SortedWords('');
    expect(none.size).toBe(0);
    expect(none.has('')).toBe(false);
    expect(none.has('a')).toBe(false);
  });

  it('answers as a Set of the same words would, for any words', () => {
    const word = fc.string({ minLength: 1, maxLength: 8 }).filter((w) => !w.includes('\n'));
    fc.assert(
      fc.property(fc.array(word, { maxLength: 60 }), fc.array(word, { maxLength: 30 }), (list, probes) => {
        const sorted = new SortedWords(SortedWords.textOf(list));
        const set = new Set(list);
        for (const probe of [...list, ...probes]) expect(sorted.has(probe)).toBe(set.has(probe));
      }),
    );
  });
});
