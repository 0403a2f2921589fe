/**
 * Launch-to-first-answer time and process-tree memory for each way of starting the bot, side by
 * side: the bot is started in console mode, asked one question over a pipe, and timed until the
 * answer's first line arrives; the resident memory of its whole process tree (npm, tsx and node
 * included, where they are part of it) is read from /proc at that moment. Linux only for memory.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** One way of starting the bot. */
export interface LaunchVariant {
  label: string;
  command: string;
  args: string[];
}

export interface LaunchFigures {
  firstAnswerMs: number[];
  /** Empty where /proc is not available. */
  treeRssBytes: number[];
}

export const LAUNCH_VARIANTS: LaunchVariant[] = [
  { label: 'before: npm run dev (npm, tsx, node)', command: 'npm', args: ['run', '--silent', 'dev'] },
  { label: 'before: tsx src/main.ts', command: join('node_modules', '.bin', 'tsx'), args: ['src/main.ts'] },
  { label: 'now: npm start (npm, node on dist/)', command: 'npm', args: ['start', '--silent'] },
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
function consoleEnv(dataDir: string): NodeJS.ProcessEnv {
  const blank = ['DISCORD_TOKEN', 'DISCORD_APPLICATION_ID', 'DISCORD_GUILD_ID', 'SLACK_BOT_TOKEN', 'SLACK_APP_TOKEN', 'SLACK_SIGNING_SECRET', 'HEALTH_PORT'];
  return { ...process.env, ...Object.fromEntries(blank.map((name) => [name, ''])), DATA_DIR: dataDir, LOG_LEVEL: 'warn' };
}

async function launchOnce(variant: LaunchVariant, dataDir: string): Promise<{ ms: number; rss: number | undefined }> {
  const started = performance.now();
  const child = spawn(variant.command, variant.args, { env: consoleEnv(dataDir), stdio: ['pipe', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
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
  if (code !== 0) throw new Error(`bench: "${variant.label}" exited with ${code}:\n${stderr}`);
  return answered;
}

/** Starts each variant once to warm up (and build dist/ if stale), then `runs` times, measured. */
export async function measureLaunches(runs: number, variants: LaunchVariant[] = LAUNCH_VARIANTS): Promise<Map<LaunchVariant, LaunchFigures>> {
  const dataDir = mkdtempSync(join(tmpdir(), 'azsr-bench-'));
  const figures = new Map<LaunchVariant, LaunchFigures>(variants.map((variant) => [variant, { firstAnswerMs: [], treeRssBytes: [] }]));
  try {
    for (const variant of variants) await launchOnce(variant, dataDir);
    // Interleaved, so a busy moment on a shared machine does not fall on one variant only.
    for (let run = 0; run < runs; run++) {
      for (const variant of variants) {
        const { ms, rss } = await launchOnce(variant, dataDir);
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
  const median = sorted.length % 2 === 1 ? sorted[middle] ?? NaN : ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2;
  return { min: sorted[0] ?? NaN, median, max: sorted[sorted.length - 1] ?? NaN };
}
