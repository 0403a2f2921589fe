import { describe, expect, it } from 'vitest';
import { AnswerCache } from '../../src/answer/answer-cache.js';

describe('the answer cache', () => {
  it('GIVEN more questions than it holds THEN the least recently asked goes first', () => {
    const cache = new AnswerCache<string>(2);
    cache.set('a', 'A');
    cache.set('b', 'B');
    expect(cache.get('a')).toBe('A');
    cache.set('c', 'C');
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBe('A');
    expect(cache.get('c')).toBe('C');
  });

  it('GIVEN the default size THEN all 2,714 distinct questions of our benchmark are kept for their repeat', () => {
    const cache = new AnswerCache<number>();
    for (let i = 0; i < 2714; i++) cache.set(`q${i}`, i);
    for (let i = 0; i < 2714; i++) expect(cache.get(`q${i}`)).toBe(i);
  });
});
