import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { calibrate, correctShare } from '../../src/eval/calibrate.js';
import { formatScore, readQuestions, scoreQuestions } from '../../src/eval/score.js';
import { realEngine } from '../helpers.js';

// Keeps answer quality from sliding back. Our own set always; the shared set where it exists
// (a fresh clone of the project alone has no ../shared).
const SHARED = '../shared/eval/dev.yaml';

function expectQuality(file: string): void {
  const score = scoreQuestions(realEngine(), readQuestions(file));
  const report = formatScore(score);
  expect(score.rightAndCited / score.answerable, report).toBeGreaterThanOrEqual(0.95);
  expect(score.declined / score.outOfScope, report).toBeGreaterThanOrEqual(0.9);
}

describe('answer quality', () => {
  it('GIVEN our own question set THEN at least 95% are right and cited and 90% of out-of-scope are declined', () => {
    expectQuality('test/fixtures/questions.yaml');
  });

  it.runIf(existsSync(SHARED))('GIVEN the shared dev set THEN the same bar holds', () => {
    expectQuality(SHARED);
  });

  it('GIVEN an answer that lacks the expected words THEN the scorer counts a miss', () => {
    const score = scoreQuestions(realEngine(), [
      { id: 'x1', q: 'when did Aliyev visit Niš', expect: ['1812'], source: ['wikipedia'], kind: 'when', lang: 'en' },
      { id: 'x2', q: 'when did Aliyev visit Niš', expect: [], source: [], kind: 'out-of-scope', lang: 'en' },
    ]);
    expect(score).toMatchObject({ answerable: 1, right: 0, outOfScope: 1, declined: 0 });
    expect(score.misses.map((m) => m.id)).toEqual(['x1', 'x2']);
  });

  it('GIVEN questions in several languages THEN the report splits the score by language and counts wrong declines', () => {
    const score = scoreQuestions(realEngine(), [
      { id: 'e1', q: 'when did Aliyev visit Niš', expect: ['2023'], source: ['wikipedia'], kind: 'when', lang: 'en' },
      { id: 's1', q: 'kada je Alijev posetio Niš', expect: ['2023'], source: ['wikipedia'], kind: 'when', lang: 'sr-latn' },
      { id: 's2', q: 'recept za pljeskavicu sa kajmakom', expect: ['x'], source: [], kind: 'what', lang: 'sr-latn' },
    ]);
    expect(score.byLanguage.get('en')).toEqual({ answerable: 1, rightAndCited: 1, outOfScope: 0, declined: 0 });
    expect(score.byLanguage.get('sr-latn')).toEqual({ answerable: 2, rightAndCited: 1, outOfScope: 0, declined: 0 });
    expect(score.wronglyDeclined).toBe(1);
    expect(formatScore(score)).toMatch(/by language: +en 1\/1 \(100\.0%\), declined 0\/0; sr-latn 1\/2 \(50\.0%\)/);
  });

  it('GIVEN labelled questions THEN calibration picks the threshold that gets most right and reports it on the check set', () => {
    const questions = readQuestions('test/fixtures/questions.yaml');
    const { best, current } = calibrate(realEngine().knowledge, questions.slice(0, 60), questions.slice(60, 90));
    expect(best.threshold).toBeGreaterThanOrEqual(0.4);
    expect(best.threshold).toBeLessThanOrEqual(0.8);
    expect(correctShare(best.fit)).toBeGreaterThanOrEqual(correctShare(current.fit));
    expect(best.check.answerable + best.check.outOfScope).toBe(30);
  });
});
