/**
 * Answer latency for the benchmark, measured the two ways people meet it: a question asked for the
 * first time (worked out in full) and one asked again (answered from the engine's cache). Each is
 * measured over several runs, each run on a freshly built engine, so the spread shows the noise.
 */
import { createEngine } from '../answer/engine.js';
import type { Knowledge } from '../knowledge/types.js';
import { spread } from './bench-launch.js';

export type Spread = ReturnType<typeof spread>;

export interface AnswerLatency {
  /** Per-run median and p99 of questions asked for the first time, spread over runs. */
  firstMedian: Spread;
  firstP99: Spread;
  /** The same for questions asked again. */
  repeatedMedian: Spread;
  repeatedP99: Spread;
  answersPerRun: number;
}

// Not among the measured questions: what a bot that has been running a while has already seen.
const WARM_UP = ['hello', 'what is this bot', 'azerbaijan serbia relations', 'tell me about gas', 'who is aliyev', 'ko je vucic', 'когда был визит', 'ne vaxt'];

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

function timed(ask: (question: string) => unknown, questions: readonly string[]): number[] {
  return questions
    .map((question) => {
      const started = performance.now();
      ask(question);
      return performance.now() - started;
    })
    .sort((a, b) => a - b);
}

/**
 * Runs `runs` times: build an engine, let it answer a few other questions (as a running bot has),
 * ask every question once (first time), then every question `repeats` more times (repeated).
 * With `repeats` 0 only first-time figures are taken.
 */
export function measureAnswers(
  knowledge: Knowledge,
  questions: readonly string[],
  options: { runs: number; repeats: number; engine?: ReturnType<typeof createEngine> },
): AnswerLatency {
  const distinct = [...new Set(questions)];
  const first = { median: [] as number[], p99: [] as number[] };
  const repeated = { median: [] as number[], p99: [] as number[] };
  for (let run = 0; run < options.runs; run++) {
    // A large knowledge is indexed once (cache off, so every run is first-time); a small one anew.
    const engine = options.engine ?? createEngine(knowledge);
    for (const warmUp of WARM_UP) engine.ask(warmUp);
    const firstTimes = timed(engine.ask, distinct);
    first.median.push(percentile(firstTimes, 50));
    first.p99.push(percentile(firstTimes, 99));
    if (options.repeats === 0) continue;
    const again = timed(engine.ask, Array.from({ length: options.repeats }, () => distinct).flat());
    repeated.median.push(percentile(again, 50));
    repeated.p99.push(percentile(again, 99));
  }
  return {
    firstMedian: spread(first.median),
    firstP99: spread(first.p99),
    repeatedMedian: spread(repeated.median),
    repeatedP99: spread(repeated.p99),
    answersPerRun: distinct.length,
  };
}

const ms = (value: number) => value.toFixed(3);

/** "min / median / max ms". */
export function formatSpread(spread: Spread): string {
  return `${ms(spread.min)} / ${ms(spread.median)} / ${ms(spread.max)} ms`;
}
