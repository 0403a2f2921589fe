import { describe, expect, it } from 'vitest';
import { englishReading } from '../../src/search/lexicon.js';
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
});
