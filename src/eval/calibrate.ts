/**
 * Sets the decline threshold from labelled questions: tries each threshold on one set of question
 * files (the fitting set), keeps the one that gets the most questions right (answered right and
 * cited, or rightly declined), and reports how it does on other files it was not set on (the
 * check set), beside the threshold in use.
 */
import { CONFIDENCE, createEngine } from '../answer/engine.js';
import type { Knowledge } from '../knowledge/types.js';
import { scoreQuestions, type EvalQuestion, type EvalScore } from './score.js';

export interface ThresholdScore {
  threshold: number;
  fit: EvalScore;
  check: EvalScore;
}

const THRESHOLDS = Array.from({ length: 41 }, (_, i) => Math.round((0.4 + i * 0.01) * 100) / 100);

/** Share of questions handled right: answered right and cited, or rightly declined. */
export const correctShare = (score: EvalScore) => (score.rightAndCited + score.declined) / Math.max(1, score.answerable + score.outOfScope);

export function calibrate(
  knowledge: Knowledge,
  fit: readonly EvalQuestion[],
  check: readonly EvalQuestion[],
): { best: ThresholdScore; current: ThresholdScore } {
  const scoreAt = (threshold: number): ThresholdScore => {
    const engine = createEngine(knowledge, { confidence: threshold, cacheSize: 0 });
    return { threshold, fit: scoreQuestions(engine, fit), check: scoreQuestions(engine, check) };
  };
  const scored = THRESHOLDS.map(scoreAt);
  // The best on the fitting set; among equals, the one in the middle of the best run is the least
  // tuned to the edge of any single question.
  const top = Math.max(...scored.map((s) => correctShare(s.fit)));
  const ties = scored.filter((s) => correctShare(s.fit) === top);
  const best = ties[Math.floor(ties.length / 2)] as ThresholdScore;
  return { best, current: scoreAt(CONFIDENCE) };
}

const pct = (part: number, whole: number) => `${whole === 0 ? 'n/a' : ((100 * part) / whole).toFixed(1)}%`;

function line(label: string, score: EvalScore): string {
  return `${label}: ${pct(score.rightAndCited + score.declined, score.answerable + score.outOfScope)} right in all; right and cited ${score.rightAndCited}/${score.answerable} (${pct(score.rightAndCited, score.answerable)}), out-of-scope declined ${score.declined}/${score.outOfScope} (${pct(score.declined, score.outOfScope)}), answerable declined ${score.wronglyDeclined}`;
}

export function formatCalibration({ best, current }: { best: ThresholdScore; current: ThresholdScore }): string {
  return [
    `best threshold on the fitting set: ${best.threshold.toFixed(2)} (in use: ${current.threshold.toFixed(2)})`,
    `  ${line('fitting set at best', best.fit)}`,
    `  ${line('check set at best  ', best.check)}`,
    `  ${line('fitting set in use ', current.fit)}`,
    `  ${line('check set in use   ', current.check)}`,
  ].join('\n');
}
