/**
 * `npm run bench`: prints speed and memory figures (never asserted in tests: the machines are
 * shared and noisy). Real knowledge: load + index time, answer latency median/p99, heap, and the
 * time from starting a process to its first answer. Then the same for a generated knowledge base
 * of 100,000 facts (BENCH_FACTS to change it), to show how the cost grows. Last, launch to first
 * answer and process-tree memory of the bot started with tsx and from the build, side by side
 * (BENCH_LAUNCH_RUNS runs each, default 5; 0 skips it).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createEngine, type Engine } from '../answer/engine.js';
import { loadConfig, readDotenv } from '../config.js';
import { readQuestions } from '../eval/score.js';
import { loadKnowledge } from '../knowledge/load.js';
import type { Fact, Knowledge } from '../knowledge/types.js';
import { LAUNCH_VARIANTS, measureLaunches, spread } from './bench-launch.js';
import { generateKnowledge } from './generate-knowledge.js';

const QUESTION_FILES = ['test/fixtures/questions.yaml', '../shared/eval/dev.yaml'].filter((file) => existsSync(file));

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

const ms = (value: number) => `${value.toFixed(3)} ms`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function heapUsed(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed;
}

function latency(engine: Engine, questions: string[], rounds: number): { median: number; p99: number; max: number; count: number } {
  for (const question of questions) engine.ask(question); // warm up the JIT
  const times: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const question of questions) {
      const started = performance.now();
      engine.ask(question);
      times.push(performance.now() - started);
    }
  }
  times.sort((a, b) => a - b);
  return { median: percentile(times, 50), p99: percentile(times, 99), max: times[times.length - 1] ?? NaN, count: times.length };
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
  if (!(runs > 0)) return;
  const figures = await measureLaunches(runs);
  console.log(`\nLaunch to first answer, console over a pipe (${runs} runs each after a warm-up; min / median / max)`);
  console.log(`  ${'started as'.padEnd(40)} ${'first answer (ms)'.padEnd(24)} process-tree RSS at first answer (MB)`);
  const show = (values: number[], scale: number, digits: number) => {
    if (values.length === 0) return 'n/a';
    const { min, median, max } = spread(values);
    return [min, median, max].map((value) => (value / scale).toFixed(digits)).join(' / ');
  };
  for (const variant of LAUNCH_VARIANTS) {
    const entry = figures.get(variant);
    if (!entry) continue;
    console.log(`  ${variant.label.padEnd(40)} ${show(entry.firstAnswerMs, 1, 0).padEnd(24)} ${show(entry.treeRssBytes, 1024 * 1024, 1)}`);
  }
  const median = (index: number, pick: (f: { firstAnswerMs: number[]; treeRssBytes: number[] }) => number[]) => {
    const entry = figures.get(LAUNCH_VARIANTS[index] as (typeof LAUNCH_VARIANTS)[number]);
    return entry ? spread(pick(entry)).median : NaN;
  };
  const ratio = (now: number, before: number, label: string) => console.log(`  ${label}: first answer ${(median(now, (f) => f.firstAnswerMs) / median(before, (f) => f.firstAnswerMs)).toFixed(2)}×, memory ${(median(now, (f) => f.treeRssBytes) / median(before, (f) => f.treeRssBytes)).toFixed(2)}× (medians)`);
  ratio(2, 0, 'npm start now against npm + tsx before');
  ratio(3, 1, 'node dist/src/main.js against tsx src/main.ts');
}

async function main(): Promise<void> {
  readDotenv();
  const config = loadConfig(process.env);
  const questions = QUESTION_FILES.flatMap((file) => readQuestions(file).map((q) => q.q));
  console.log(`azsr benchmark: Node ${process.version}, ${questions.length} questions from ${QUESTION_FILES.join(', ')}`);

  const heapBefore = heapUsed();
  let started = performance.now();
  const loaded = loadKnowledge(config.knowledgeDir);
  const loadMs = performance.now() - started;
  if (!loaded.knowledge) throw new Error('bench: the knowledge has errors; run npm run knowledge:check');
  started = performance.now();
  const engine = createEngine(loaded.knowledge);
  const indexMs = performance.now() - started;
  const real = latency(engine, questions, 50);
  report(`Real knowledge (${loaded.knowledge.facts.length} facts)`, {
    'load and validate': ms(loadMs),
    'index build': ms(indexMs),
    [`answer latency median (${real.count} answers)`]: ms(real.median),
    'answer latency p99 (target < 1 ms)': ms(real.p99),
    'answer latency max': ms(real.max),
    'heap used by knowledge + index': mb(heapUsed() - heapBefore),
    'process start to first answer (target < 1 s)': ms(firstAnswerFromProcessStart()),
  });

  const size = Number(process.env.BENCH_FACTS ?? 100_000);
  const heapBeforeBig = heapUsed();
  started = performance.now();
  const big: Knowledge = generateKnowledge(loaded.knowledge, size);
  const generateMs = performance.now() - started;
  started = performance.now();
  const bigEngine = createEngine(big);
  const bigIndexMs = performance.now() - started;
  const large = latency(bigEngine, questions, 3);
  report(`Generated knowledge (${big.facts.length.toLocaleString('en')} facts)`, {
    'generate': ms(generateMs),
    'index build': ms(bigIndexMs),
    [`answer latency median (${large.count} answers)`]: ms(large.median),
    'answer latency p99 (target < 25 ms)': ms(large.p99),
    'answer latency max': ms(large.max),
    'heap used by knowledge + index': mb(heapUsed() - heapBeforeBig),
  });
  const sample: Fact | undefined = big.facts[size - 1];
  if (sample) console.log(`\n  (a generated fact: "${sample.statement.slice(0, 100)}…")`);
  await launches();
}

await main();
