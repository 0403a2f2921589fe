import { describe, expect, it } from 'vitest';
import { englishReading, englishReadingWanted } from '../../src/search/lexicon.js';
import { STOPWORDS } from '../../src/search/stopwords.js';

const read = (word: string) => englishReading(word, (w) => STOPWORDS.has(w));

describe('reading a misspelt English word', () => {
  it.each([
    ['conect', 'connect'],
    ['goverment', 'government'],
    ['wich', 'which'],
    ['sigend', 'signed'],
  ])('GIVEN %s THEN it reads as %s', (typed, meant) => {
    expect(read(typed)).toBe(meant);
  });

  it.each([['shusha'], ['tovuz'], ['azvirt'], ['krusik'], ['nora']])('GIVEN the name %s THEN it is not read as an English word', (name) => {
    expect(read(name)).toBeUndefined();
  });

  it('GIVEN a typo as near to two words ("flods": floods, folds) THEN the one the knowledge uses more wins, a letter left out on a tie', () => {
    const stop = () => false;
    expect(englishReadingWanted('flods', stop, (w) => (w === 'floods' ? 2 : w === 'folds' ? 1 : 0))).toBe('floods');
    expect(englishReadingWanted('flods', stop, (w) => (w === 'floods' || w === 'folds' ? 1 : 0))).toBe('floods');
    expect(englishReadingWanted('flods', stop, (w) => (w === 'folds' ? 2 : 0))).toBe('folds');
  });
});
