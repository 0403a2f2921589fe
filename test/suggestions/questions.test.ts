import { describe, expect, it } from 'vitest';
import { suggestQuestions } from '../../src/suggestions/questions.js';
import { shortLabel, shortValue } from '../../src/suggestions/shorten.js';
import { realEngine } from '../helpers.js';

const LIMITS = { count: 25, labelLength: 100, valueLength: 100 };

describe('suggestQuestions', () => {
  it('GIVEN nothing typed THEN the example questions first, then topics', () => {
    const suggestions = suggestQuestions(realEngine(), '  ', LIMITS);
    expect(suggestions.slice(0, 2).map((s) => s.value)).toEqual(['when did Aliyev visit Niš', 'who built the Ljig–Preljina motorway']);
    expect(suggestions.length).toBeGreaterThan(3);
  });

  it('GIVEN a half-typed question THEN what was typed, then facts about it, within the limits given', () => {
    const suggestions = suggestQuestions(realEngine(), 'aliyev ni', { count: 5, labelLength: 40, valueLength: 60 });
    expect(suggestions[0]).toEqual({ label: 'aliyev ni', value: 'aliyev ni' });
    expect(suggestions).toHaveLength(5);
    expect(suggestions.some((s) => s.value.includes('visit to Niš'))).toBe(true);
    for (const { label, value } of suggestions) {
      expect(label.length).toBeLessThanOrEqual(40);
      expect(value.length).toBeLessThanOrEqual(60);
    }
    expect(new Set(suggestions.map((s) => s.value)).size).toBe(suggestions.length);
  });
});

describe('shortening suggestions', () => {
  const text = 'Azerbaijani President Ilham Aliyev made a working visit to Niš, Serbia, in 2023 and reviewed military equipment there.';

  it('GIVEN a long label THEN cuts at a word with an ellipsis', () => {
    expect(shortLabel(text, 40)).toBe('Azerbaijani President Ilham Aliyev…');
    expect(shortLabel('short', 40)).toBe('short');
  });

  it('GIVEN a long value THEN cuts at a word without an ellipsis, since it is submitted', () => {
    expect(shortValue(text, 70)).toBe('Azerbaijani President Ilham Aliyev made a working visit to Niš');
  });
});
