/**
 * Launch-to-first-answer time and process-tree memory for each way of starting the bot, side by
 * side: the bot is started in console mode, asked one question over a pipe, and timed until the
 * answer's first line arrives; the resident memory of its whole process tree (npm, tsx and node
 * included, where they are part of it) is read from /proc at that moment. Linux only for memory.
 *
 * With BENCH_BEFORE_DIR set to a checkout of the last commit before the build existed (4cf7e63,
 * with its node_modules), its `npm start` (npm, tsx, node) is the "before" every figure is
 * compared with; without it, today's sources under npm and tsx (`npm run dev`) stand in for it.
 * `npm run bench:launch` runs this part alone.
 */
import { spawn } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** One way of starting the bot. */
export interface LaunchVariant {
  label: string;
  command: string;
  args: string[];
  /** Where to start it (default: here). */
  cwd?: string;
  /** Each launch gets an empty DATA_DIR, so it finds no knowledge snapshot (its first start ever). */
  freshDataDir?: boolean;
  /**
   * Each launch follows an edit of one knowledge file (a comment added to a copy of the knowledge),
   * with the DATA_DIR the launch before left: the first start after a moderator's edit.
   */
  editKnowledge?: boolean;
}

export interface LaunchFigures {
  firstAnswerMs: number[];
  /** Empty where /proc is not available. */
  treeRssBytes: number[];
}

/** The old start command, in a checkout of the commit before the build (BENCH_BEFORE_DIR). */
export function beforeVariant(dir: string): LaunchVariant {
  return { label: 'before: npm start at 4cf7e63 (npm, tsx)', command: 'npm', args: ['start', '--silent'], cwd: dir };
}

export const LAUNCH_VARIANTS: LaunchVariant[] = [
  { label: "today's sources: npm run dev (npm, tsx)", command: 'npm', args: ['run', '--silent', 'dev'] },
  { label: "today's sources: tsx src/main.ts", command: join('node_modules', '.bin', 'tsx'), args: ['src/main.ts'] },
  { label: 'now: npm start (npm, node on dist/)', command: 'npm', args: ['start', '--silent'] },
  { label: 'now: npm start, first start (no snapshot)', command: 'npm', args: ['start', '--silent'], freshDataDir: true },
  { label: 'now: npm start after a knowledge edit', command: 'npm', args: ['start', '--silent'], editKnowledge: true },
  { label: 'now: node dist/src/main.js', command: process.execPath, args: ['dist/src/main.js'] },
];

const QUESTION = '/azsr when did Aliyev visit Niš\n';
const ANSWERED = /^2023: /m;

function childrenByParent(): Map<number, number[]> {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    const pid = Number(entry);
    if (!Number.isInteger(pid)) continue;
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(parent, [...(children.get(parent) ?? []), pid]);
    } catch {
      // exited meanwhile
    }
  }
  return children;
}

/** Resident memory of `root` and every process below it, in bytes; undefined without /proc. */
export function treeRss(root: number): number | undefined {
  if (!existsSync('/proc/self/status')) return undefined;
  const children = childrenByParent();
  let total = 0;
  const visit = (pid: number) => {
    try {
      const kb = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
      total += Number(kb ?? 0) * 1024;
    } catch {
      // exited meanwhile
    }
    for (const child of children.get(pid) ?? []) visit(child);
  };
  visit(root);
  return total;
}

/** The environment of a machine with no platform settings (even if .env has some), state in `dataDir`. */
function consoleEnv(dataDir: string, knowledgeDir?: string): NodeJS.ProcessEnv {
  const blank = ['DISCORD_TOKEN', 'DISCORD_APPLICATION_ID', 'DISCORD_GUILD_ID', 'SLACK_BOT_TOKEN', 'SLACK_APP_TOKEN', 'SLACK_SIGNING_SECRET', 'HEALTH_PORT'];
  return {
    ...process.env,
    ...Object.fromEntries(blank.map((name) => [name, ''])),
    DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    ...(knowledgeDir ? { KNOWLEDGE_DIR: knowledgeDir } : {}),
  };
}

/** A copy of the knowledge and a DATA_DIR of its own, for a variant that edits the knowledge. */
function editedKnowledge(sharedDataDir: string): { knowledgeDir: string; dataDir: string; edit(): void } {
  const root = mkdtempSync(join(sharedDataDir, 'edited-'));
  const knowledgeDir = join(root, 'knowledge');
  cpSync('knowledge', knowledgeDir, { recursive: true });
  let edits = 0;
  return {
    knowledgeDir,
    dataDir: join(root, 'data'),
    edit: () => appendFileSync(join(knowledgeDir, 'facts', 'visits.yaml'), `\n# edit ${++edits}\n`),
  };
}

type Edited = ReturnType<typeof editedKnowledge>;

async function launchOnce(variant: LaunchVariant, sharedDataDir: string, edited?: Edited): Promise<{ ms: number; rss: number | undefined }> {
  const dataDir = variant.freshDataDir ? mkdtempSync(join(sharedDataDir, 'fresh-')) : (edited?.dataDir ?? sharedDataDir);
  edited?.edit();
  const started = performance.now();
  const child = spawn(variant.command, variant.args, {
    env: consoleEnv(dataDir, edited?.knowledgeDir),
    stdio: ['pipe', 'pipe', 'pipe'],
    ...(variant.cwd ? { cwd: variant.cwd } : {}),
  });
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
  child.stdin.write(QUESTION);
  const answered = await new Promise<{ ms: number; rss: number | undefined }>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (ANSWERED.test(stdout)) resolve({ ms: performance.now() - started, rss: treeRss(child.pid as number) });
    });
    void closed.then(() => reject(new Error(`bench: "${variant.label}" ended without answering:\n${stderr}`)));
  });
  child.stdin.end();
  const code = await closed;
  if (variant.freshDataDir) rmSync(dataDir, { recursive: true, force: true });
  if (code !== 0) throw new Error(`bench: "${variant.label}" exited with ${code}:\n${stderr}`);
  return answered;
}

/** Starts each variant once to warm up (and build dist/ if stale), then `runs` times, measured. */
export async function measureLaunches(runs: number, variants: LaunchVariant[] = LAUNCH_VARIANTS): Promise<Map<LaunchVariant, LaunchFigures>> {
  const dataDir = mkdtempSync(join(tmpdir(), 'azsr-bench-'));
  const figures = new Map<LaunchVariant, LaunchFigures>(variants.map((variant) => [variant, { firstAnswerMs: [], treeRssBytes: [] }]));
  try {
    const edits = new Map(variants.filter((variant) => variant.editKnowledge).map((variant) => [variant, editedKnowledge(dataDir)]));
    for (const variant of variants) await launchOnce(variant, dataDir, edits.get(variant));
    // Interleaved, so a busy moment on a shared machine does not fall on one variant only.
    for (let run = 0; run < runs; run++) {
      for (const variant of variants) {
        const { ms, rss } = await launchOnce(variant, dataDir, edits.get(variant));
        const entry = figures.get(variant);
        entry?.firstAnswerMs.push(ms);
        if (rss !== undefined) entry?.treeRssBytes.push(rss);
      }
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
  return figures;
}

/** min / median / max of the values. */
export function spread(values: number[]): { min: number; median: number; max: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? (sorted[middle] ?? NaN) : ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2;
  return { min: sorted[0] ?? NaN, median, max: sorted[sorted.length - 1] ?? NaN };
}

/** Launches each variant (the old checkout's first, when BENCH_BEFORE_DIR is set) and prints the figures and ratios. */
export async function reportLaunches(runs: number): Promise<void> {
  const beforeDir = process.env.BENCH_BEFORE_DIR;
  const before = beforeDir ? beforeVariant(beforeDir) : undefined;
  const variants = [...(before ? [before] : []), ...LAUNCH_VARIANTS];
  const figures = await measureLaunches(runs, variants);
  console.log(`\nLaunch to first answer, console over a pipe (${runs} runs each after a warm-up, interleaved; min / median / max)`);
  console.log(`  ${'started as'.padEnd(44)} ${'first answer (ms)'.padEnd(22)} process-tree RSS at first answer (MB)`);
  const show = (values: number[], scale: number, digits: number) => {
    if (values.length === 0) return 'n/a';
    const { min, median, max } = spread(values);
    return [min, median, max].map((value) => (value / scale).toFixed(digits)).join(' / ');
  };
  for (const variant of variants) {
    const entry = figures.get(variant);
    if (entry) console.log(`  ${variant.label.padEnd(44)} ${show(entry.firstAnswerMs, 1, 0).padEnd(22)} ${show(entry.treeRssBytes, 1024 * 1024, 1)}`);
  }
  const median = (variant: LaunchVariant | undefined, pick: (f: LaunchFigures) => number[]) => {
    const entry = variant && figures.get(variant);
    return entry ? spread(pick(entry)).median : NaN;
  };
  const ratio = (now: LaunchVariant | undefined, base: LaunchVariant | undefined) => {
    const time = median(now, (f) => f.firstAnswerMs) / median(base, (f) => f.firstAnswerMs);
    const memory = median(now, (f) => f.treeRssBytes) / median(base, (f) => f.treeRssBytes);
    console.log(`  ${now?.label} against ${base?.label}: first answer ${time.toFixed(2)}×, memory ${memory.toFixed(2)}× (medians)`);
  };
  const [dev, tsx, npmStart, firstStart, afterEdit, node] = LAUNCH_VARIANTS;
  const base = before ?? dev;
  for (const now of [npmStart, firstStart, afterEdit, node]) ratio(now, base);
  ratio(node, tsx);
}
