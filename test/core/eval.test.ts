import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
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
});
