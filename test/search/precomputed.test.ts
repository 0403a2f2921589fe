/**
 * The word lists the build writes (src/cli/precompute.ts) hold exactly what the search modules
 * work out without them, so the built bot reads words as the sources do.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { EVERY_DAY_FILE, EVERY_DAY_SIZES, isEnglishWord, isEveryDayWord, LEXICON_FILE, scowlWords } from '../../src/search/lexicon.js';
import { wordsOf } from '../../src/search/precomputed.js';
import { SortedWords } from '../../src/search/sorted-words.js';
import { FOREIGN_STOPWORDS, FOREIGN_STOPWORDS_FILE, foldForeignStopwords } from '../../src/search/stopwords.js';
import { createTempDir, removeTempDirs } from '../moderation/helpers.js';

afterEach(removeTempDirs);

describe('the word lists the build writes', () => {
  it('GIVEN the build step THEN its files hold the same foreign stop words and English words as worked out from the packages', () => {
    const dir = createTempDir();
    execFileSync(join('node_modules', '.bin', 'tsx'), ['src/cli/precompute.ts', dir]);
    const read = (name: string) => readFileSync(join(dir, name), 'utf8');
    expect(new Set(wordsOf(read(FOREIGN_STOPWORDS_FILE)))).toEqual(FOREIGN_STOPWORDS);
    expect(wordsOf(read(FOREIGN_STOPWORDS_FILE))).toEqual(foldForeignStopwords());
    const lexicon = new SortedWords(read(LEXICON_FILE));
    const all = scowlWords();
    expect(lexicon.size).toBe(new Set(all).size);
    expect(all.every((word) => lexicon.has(word))).toBe(true);
    expect(wordsOf(read(EVERY_DAY_FILE))).toEqual([...new Set(scowlWords(EVERY_DAY_SIZES))].sort());
  }, 60_000);

  it('GIVEN ordinary words, names and accented words THEN the lexicon tells them apart', () => {
    expect(isEnglishWord('motion')).toBe(true);
    expect(isEnglishWord('abbé')).toBe(true);
    expect(isEnglishWord('eurovision')).toBe(false);
    expect(isEnglishWord('aliyev')).toBe(false);
    expect(isEveryDayWord('source')).toBe(true);
    expect(isEveryDayWord('abbé')).toBe(false);
  });
});
