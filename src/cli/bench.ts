/**
 * `npm run bench`: prints speed and memory figures (never asserted in tests: the machines are
 * shared and noisy). Real knowledge: load + index time, answer latency median/p99, heap, and the
 * time from starting a process to its first answer. Then the same for a generated knowledge base
 * of 100,000 facts (BENCH_FACTS to change it), to show how the cost grows. Last, launch to first
 * answer and process-tree memory of the bot started with tsx and from the build, side by side
 * (BENCH_LAUNCH_RUNS runs each, default 5; 0 skips it; BENCH_BEFORE_DIR adds the old start command,
 * see bench-launch.ts).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createEngine } from '../answer/engine.js';
import { loadConfig, readDotenv } from '../config.js';
import { readQuestions } from '../eval/score.js';
import { loadKnowledge } from '../knowledge/load.js';
import type { Fact, Knowledge } from '../knowledge/types.js';
import { formatSpread, measureAnswers } from './bench-answers.js';
import { reportLaunches } from './bench-launch.js';
import { generateKnowledge } from './generate-knowledge.js';

const BLIND_DIR = 'test/fixtures/blind';
const QUESTION_FILES = [
  'test/fixtures/questions.yaml',
  '../shared/eval/dev.yaml',
  ...(existsSync(BLIND_DIR)
    ? readdirSync(BLIND_DIR)
        .filter((f) => f.endsWith('.yaml'))
        .map((f) => join(BLIND_DIR, f))
    : []),
].filter((file) => existsSync(file));
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

const ms = (value: number) => `${value.toFixed(3)} ms`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function heapUsed(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed;
}

function report(label: string, figures: Record<string, string>): void {
  console.log(`\n${label}`);
  for (const [name, value] of Object.entries(figures)) console.log(`  ${name.padEnd(34)} ${value}`);
}

function firstAnswerFromProcessStart(): number {
  const started = performance.now();
  const result = spawnSync(join('node_modules', '.bin', 'tsx'), ['src/cli/main.ts', 'ask', '--json', 'when did Aliyev visit Niš'], { encoding: 'utf8' });
  const elapsed = performance.now() - started;
  if (result.status !== 0 || !result.stdout.includes('"answered":true')) throw new Error(`bench: the first-answer process failed: ${result.stderr}`);
  return elapsed;
}

async function launches(): Promise<void> {
  const runs = Number(process.env.BENCH_LAUNCH_RUNS ?? 5);
  if (runs > 0) await reportLaunches(runs);
}

async function main(): Promise<void> {
  readDotenv();
  const config = loadConfig(process.env);
  const questions = QUESTION_FILES.flatMap((file) => readQuestions(file).map((q) => q.q));
  console.log(`azsr benchmark: Node ${process.version}, ${questions.length} questions from ${QUESTION_FILES.join(', ')}`);
  const knowledge = benchRealKnowledge(config.knowledgeDir, questions);
  benchGeneratedKnowledge(knowledge, questions);
  await launches();
}

/** Load, index, answers and heap for the knowledge in `dir`; returns it, to generate more from. */
function benchRealKnowledge(dir: string, questions: readonly string[]): Knowledge {
  const heapBefore = heapUsed();
  let started = performance.now();
  const loaded = loadKnowledge(dir);
  const loadMs = performance.now() - started;
  if (!loaded.knowledge) throw new Error('bench: the knowledge has errors; run npm run knowledge:check');
  started = performance.now();
  createEngine(loaded.knowledge);
  const indexMs = performance.now() - started;
  const heapAfter = heapUsed();
  const real = measureAnswers(loaded.knowledge, questions, { runs: RUNS, repeats: 10 });
  report(
    `Real knowledge (${loaded.knowledge.facts.length} facts; ${real.answersPerRun} distinct questions; ${RUNS} runs, each on a new engine; min / median / max over runs)`,
    {
      'load and validate': ms(loadMs),
      'index build': ms(indexMs),
      'first-time questions: median': formatSpread(real.firstMedian),
      'first-time questions: p99 (target < 5 ms)': formatSpread(real.firstP99),
      'repeated questions: median': formatSpread(real.repeatedMedian),
      'repeated questions: p99 (target < 1 ms)': formatSpread(real.repeatedP99),
      'heap used by knowledge + index': mb(heapAfter - heapBefore),
      'process start to first answer (target < 1 s)': ms(firstAnswerFromProcessStart()),
    },
  );
  return loaded.knowledge;
}

/** The same for BENCH_FACTS generated facts (default 100,000), first-time questions only. */
function benchGeneratedKnowledge(knowledge: Knowledge, questions: readonly string[]): void {
  const size = Number(process.env.BENCH_FACTS ?? 100_000);
  const heapBeforeBig = heapUsed();
  let started = performance.now();
  const big: Knowledge = generateKnowledge(knowledge, size);
  const generateMs = performance.now() - started;
  started = performance.now();
  // No answer cache here: every run asks every question as if for the first time.
  const bigEngine = createEngine(big, { cacheSize: 0 });
  const bigIndexMs = performance.now() - started;
  const bigHeap = heapUsed() - heapBeforeBig;
  const large = measureAnswers(big, questions, { runs: 3, repeats: 0, engine: bigEngine });
  report(`Generated knowledge (${big.facts.length.toLocaleString('en')} facts; first-time questions, 3 runs; min / median / max over runs)`, {
    generate: ms(generateMs),
    'index build': ms(bigIndexMs),
    'first-time questions: median': formatSpread(large.firstMedian),
    'first-time questions: p99 (target < 25 ms)': formatSpread(large.firstP99),
    'heap used by knowledge + index': mb(bigHeap),
  });
  const sample: Fact | undefined = big.facts[size - 1];
  if (sample) console.log(`\n  (a generated fact: "${sample.statement.slice(0, 100)}…")`);
}

await main();
