/**
 * Earlier blind batches become regression tests once scored: the bot may not slide below where it
 * stands on them now. (Their first scores, before any change, are in test/fixtures/blind/SCORES.md.)
 */
import { describe, expect, it } from 'vitest';
import { formatScore, readQuestions, scoreQuestions } from '../../src/eval/score.js';
import { realEngine } from '../helpers.js';

// Floors two answers and one decline under today's figures, so a real slide fails and a wobble does not.
const FLOORS: Record<string, { rightAndCited: number; declined: number }> = {
  'b1.yaml': { rightAndCited: 0.92, declined: 0.83 },
  'b2.yaml': { rightAndCited: 0.94, declined: 0.88 },
  'b3.yaml': { rightAndCited: 0.88, declined: 0.88 },
  'b4.yaml': { rightAndCited: 0.88, declined: 0.83 },
  'b5.yaml': { rightAndCited: 0.87, declined: 0.88 },
  'b6.yaml': { rightAndCited: 0.87, declined: 0.88 },
  'b7.yaml': { rightAndCited: 0.81, declined: 0.83 },
  'b8.yaml': { rightAndCited: 0.88, declined: 0.83 },
  'b9.yaml': { rightAndCited: 0.83, declined: 0.88 },
  'b10.yaml': { rightAndCited: 0.88, declined: 0.94 },
  'b11.yaml': { rightAndCited: 0.85, declined: 0.83 },
  'b12.yaml': { rightAndCited: 0.85, declined: 0.77 },
  'b13.yaml': { rightAndCited: 0.87, declined: 0.77 },
  'b14.yaml': { rightAndCited: 0.85, declined: 0.83 },
  'b15.yaml': { rightAndCited: 0.85, declined: 0.77 },
  'b16.yaml': { rightAndCited: 0.87, declined: 0.72 },
  'b17.yaml': { rightAndCited: 0.88, declined: 0.77 },
  'b18.yaml': { rightAndCited: 0.87, declined: 0.83 },
  'b19.yaml': { rightAndCited: 0.87, declined: 0.77 },
  'b20.yaml': { rightAndCited: 0.9, declined: 0.77 },
  'b21.yaml': { rightAndCited: 0.81, declined: 0.77 },
  'b22.yaml': { rightAndCited: 0.79, declined: 0.77 },
  'b23.yaml': { rightAndCited: 0.85, declined: 0.94 },
  'b24.yaml': { rightAndCited: 0.87, declined: 0.88 },
  'b25.yaml': { rightAndCited: 0.85, declined: 0.88 },
  'b26.yaml': { rightAndCited: 0.75, declined: 0.88 },
  'b27.yaml': { rightAndCited: 0.88, declined: 0.88 },
  'b28.yaml': { rightAndCited: 0.88, declined: 0.82 },
  'b29.yaml': { rightAndCited: 0.88, declined: 0.86 },
  'b30.yaml': { rightAndCited: 0.8, declined: 0.78 },
  'b31.yaml': { rightAndCited: 0.84, declined: 0.95 },
  'b32.yaml': { rightAndCited: 0.9, declined: 0.9 },
  'b33.yaml': { rightAndCited: 0.86, declined: 0.78 },
  'b34.yaml': { rightAndCited: 0.82, declined: 0.86 },
  'b35.yaml': { rightAndCited: 0.68, declined: 0.9 },
  'b36.yaml': { rightAndCited: 0.86, declined: 0.95 },
  'b37.yaml': { rightAndCited: 0.85, declined: 0.9 },
  'b38.yaml': { rightAndCited: 0.78, declined: 0.9 },
  'b39.yaml': { rightAndCited: 0.82, declined: 0.77 },
  'b40.yaml': { rightAndCited: 0.84, declined: 0.95 },
  'b41.yaml': { rightAndCited: 0.85, declined: 0.82 },
  'b44.yaml': { rightAndCited: 0.9, declined: 0.95 },
  'b45.yaml': { rightAndCited: 0.83, declined: 0.9 },
  'b42.yaml': { rightAndCited: 0.86, declined: 0.9 },
  'b43.yaml': { rightAndCited: 0.93, declined: 0.82 },
  'b46.yaml': { rightAndCited: 0.93, declined: 0.95 },
  'b47.yaml': { rightAndCited: 0.93, declined: 0.86 },
  'b48.yaml': { rightAndCited: 0.92, declined: 0.9 },
  'b49.yaml': { rightAndCited: 0.88, declined: 0.77 },
  'b50.yaml': { rightAndCited: 0.89, declined: 0.95 },
  'b51.yaml': { rightAndCited: 0.93, declined: 0.9 },
};

describe('blind batches as regression tests', () => {
  for (const [file, floor] of Object.entries(FLOORS)) {
    it(`GIVEN ${file} THEN at least ${floor.rightAndCited * 100}% right and cited and ${floor.declined * 100}% declined`, () => {
      const score = scoreQuestions(realEngine(), readQuestions(`test/fixtures/blind/${file}`));
      const report = formatScore(score);
      expect(score.rightAndCited / score.answerable, report).toBeGreaterThanOrEqual(floor.rightAndCited);
      expect(score.declined / score.outOfScope, report).toBeGreaterThanOrEqual(floor.declined);
    });
  }
});
