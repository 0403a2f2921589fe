import { describe, expect, it } from 'vitest';
import { buildSpellingIndex } from '../../src/search/spelling.js';

describe('buildSpellingIndex', () => {
  const spelling = buildSpellingIndex(
    new Map([
      ['aliyev', 30],
      ['aliev', 1],
      ['post', 3],
      ['nis', 4],
      ['vuksanovic', 2],
      ['tesla', 2],
    ]),
  );

  it('corrects one wrong, missing or extra letter, and two swapped neighbours', () => {
    expect(spelling.correct('alyev')).toBe('aliyev');
    expect(spelling.correct('aliyevv')).toBe('aliyev');
    expect(spelling.correct('vuksanovich')).toBe('vuksanovic');
    expect(spelling.correct('tsela')).toBe('tesla');
    expect(spelling.correct('nisu')).toBe('nis');
  });

  it('leaves known words, numbers and four-letter real words alone', () => {
    expect(spelling.correct('aliyev')).toBeUndefined();
    expect(spelling.correct('2023')).toBeUndefined();
    expect(spelling.correct('cost')).toBeUndefined();
  });

  it('prefers a word with the same first letter, then the commoner word', () => {
    expect(spelling.correct('aliyv')).toBe('aliyev');
  });

  it('GIVEN two letters changed in different places ("southwest" / "southeast") THEN it is no one-letter typo', () => {
    const compass = buildSpellingIndex(
      new Map([
        ['southeast', 1],
        ['minister', 1],
      ]),
    );
    expect(compass.correct('southwest')).toBeUndefined();
    expect(compass.correct('ministar')).toBe('minister');
  });
});
