/**
 * `npm run bench:reload`: how long a question waits while the knowledge reloads, with the files
 * loaded and indexed on the main thread (KnowledgeStore.reload) and in a worker thread, the result
 * taken in on the main thread in slices (reloadOffThread: live reload and /azsr-reload).
 * Generates a large knowledge folder (several files just under the size limit), then asks a
 * question every 20 ms during each reload and reports min / median / max of the wait, from when
 * the question was due to when it was answered.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KnowledgeStore } from '../answer/knowledge-store.js';

const FILES = Number(process.env.RELOAD_BENCH_FILES ?? 4);
const BYTES_PER_FILE = 4.5 * 1024 * 1024;
const QUESTION = 'when did Aliyev visit Niš';
const EVERY_MS = 20;

function bigFactsFile(index: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < BYTES_PER_FILE; i++) {
    const entry = `- id: bench-${index}-${i}\n  statement: >-\n    In ${1990 + (i % 35)} delegation number ${i} of file ${index} from Baku visited Novi Sad to discuss trade in grain, energy and transport, signing memorandum ${index}-${i}.\n  date: "${1990 + (i % 35)}"\n  sources: [wikipedia]\n  section: Generated\n  tags: [bench, trade]\n`;
    parts.push(entry);
    size += entry.length;
  }
  return parts.join('');
}

const summary = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return `min ${at(0).toFixed(1)} ms, median ${at(0.5).toFixed(1)} ms, max ${sorted.at(-1)?.toFixed(1) ?? 0} ms (${sorted.length} questions)`;
};

/** Asks every EVERY_MS while `reload` runs; returns each question's wait. */
async function waitsDuring(store: KnowledgeStore, reload: () => Promise<unknown>): Promise<{ waits: number[]; reloadMs: number }> {
  const waits: number[] = [];
  let due = performance.now() + EVERY_MS;
  let running = true;
  const tick = () => {
    if (!running) return;
    const now = performance.now();
    store.engine().ask(QUESTION);
    waits.push(Math.max(0, performance.now() - due));
    due = Math.max(due + EVERY_MS, now);
    setTimeout(tick, Math.max(0, due - performance.now()));
  };
  setTimeout(tick, EVERY_MS);
  await new Promise((resolve) => setTimeout(resolve, 100)); // questions are flowing first
  const started = performance.now();
  await reload();
  const reloadMs = performance.now() - started;
  await new Promise((resolve) => setTimeout(resolve, 100));
  running = false;
  return { waits, reloadMs };
}

async function main(): Promise<void> {
  const dir = join(mkdtempSync(join(tmpdir(), 'azsr-reload-bench-')), 'knowledge');
  cpSync('knowledge', dir, { recursive: true });
  for (let i = 0; i < FILES; i++) writeFileSync(join(dir, 'facts', `bench-${i}.yaml`), bigFactsFile(i));
  const store = new KnowledgeStore(dir);
  const first = store.reload();
  if (!first.ok)
    throw new Error(
      `bench knowledge did not load: ${first.problems
        .slice(0, 3)
        .map((p) => p.message)
        .join('; ')}`,
    );
  console.log(`knowledge: ${first.facts} facts in ${FILES} files of ${(BYTES_PER_FILE / 1024 / 1024).toFixed(1)} MB`);
  for (const round of [1, 2, 3]) {
    const sync = await waitsDuring(store, async () => store.reload());
    const worker = await waitsDuring(store, () => store.reloadOffThread());
    console.log(`round ${round}: main thread: reload ${sync.reloadMs.toFixed(0)} ms; question wait ${summary(sync.waits)}`);
    console.log(`round ${round}: worker:      reload ${worker.reloadMs.toFixed(0)} ms; question wait ${summary(worker.waits)}`);
  }
  rmSync(join(dir, '..'), { recursive: true, force: true });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
