/**
 * The production start, run for real in a clean copy of the repository (node_modules linked, not
 * reinstalled: a production `npm ci` needs the registry): `npm start` builds dist/ and opens the
 * console; SIGTERM stops the whole process tree with exit 0, letting a reply in flight finish;
 * the Dockerfile's build command, runtime files, command and health check work outside Docker.
 * No Docker engine runs here, so the image itself is not built by these tests.
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeDiscord } from '../fakes/fake-discord.js';
import { stringOption } from '../adapters/discord/harness.js';
import { startChild as startRunningChild, type RunningChild } from './child.js';
import { isAlive, processTree } from './process-tree.js';

const ROOT = resolve('.');
const QUESTION = '/azsr when did Aliyev visit Niš\n';
let work: string;
let repo: string;
const started: RunningChild[] = [];

/** Starts a child, remembered so that a failed test leaves nothing running. */
function startChild(...args: Parameters<typeof startRunningChild>): RunningChild {
  const child = startRunningChild(...args);
  started.push(child);
  return child;
}

/** The repository as a fresh clone would have it (tracked and new files; nothing ignored), node_modules linked. */
function cleanCopy(to: string): void {
  const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: ROOT, encoding: 'utf8' })
    .split('\0')
    .filter(Boolean);
  for (const file of files) {
    if (!existsSync(join(ROOT, file))) continue; // deleted but not yet committed
    mkdirSync(dirname(join(to, file)), { recursive: true });
    cpSync(join(ROOT, file), join(to, file));
  }
  symlinkSync(join(ROOT, 'node_modules'), join(to, 'node_modules'), 'dir');
}

/** The environment of a machine with no platform settings, its state kept in `dataDir`. */
function botEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, DATA_DIR: join(work, 'data'), LOG_LEVEL: 'info', ...extra };
  return env;
}

async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await new Promise((done) => server.once('listening', done));
  const { port } = server.address() as { port: number };
  await new Promise((done) => server.close(done));
  return port;
}

/**
 * Sends the signal and expects the child and everything below it gone, with exit code 0. With
 * `group`, the signal goes to the child's whole process group, as a terminal's Ctrl+C does.
 */
async function terminate(child: RunningChild, signal: NodeJS.Signals = 'SIGTERM', options: { group?: boolean } = {}): Promise<void> {
  const pid = child.process.pid as number;
  const tree = processTree(pid);
  expect(tree.length).toBeGreaterThan(0);
  if (options.group) process.kill(-pid, signal);
  else child.process.kill(signal);
  expect(await child.closed).toBe(0);
  expect(tree.filter(isAlive)).toEqual([]);
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'azsr-start-'));
  repo = join(work, 'repo');
  cleanCopy(repo);
});

afterAll(() => {
  for (const child of started) {
    if (child.process.exitCode !== null || child.process.signalCode !== null) continue;
    for (const pid of processTree(child.process.pid as number).reverse()) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
  }
  rmSync(work, { recursive: true, force: true });
});

describe('npm start on a fresh copy, no platform settings', () => {
  it('GIVEN no dist/ THEN it builds, opens the console, answers; SIGTERM ends the whole tree with exit 0', async () => {
    expect(existsSync(join(repo, 'dist'))).toBe(false);
    const bot = startChild('npm', ['start'], { cwd: repo, env: botEnv() });
    bot.process.stdin.write(QUESTION); // stdin stays open: only the signal ends it
    await bot.waitFor('stdout', /^2023: .*Niš/m);
    expect(bot.stderr()).toMatch(/building dist\/ \(dist\/ has no finished build\)/);
    expect(bot.stderr()).toMatch(/no Discord or Slack settings found.*local console/);
    // npm, and below it node running the build: no tsx, no shell in between.
    const commands = processTree(bot.process.pid as number).map((pid) => readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' '));
    expect(commands.some((line) => /node .*scripts\/start\.mjs/.test(line))).toBe(true);
    expect(commands.filter((line) => /(^|\/)tsx( |$)|^sh -c/.test(line))).toEqual([]);
    await terminate(bot);
    expect(bot.logLines().map((line) => line.msg)).toEqual(expect.arrayContaining(['shutting down', 'stopped']));
    // Saved after the first answer, at the latest on the way out.
    expect(existsSync(join(work, 'data', 'knowledge-snapshot.bin'))).toBe(true);
  }, 60_000);

  it('GIVEN npm start waiting for input WHEN Ctrl+C (SIGINT to npm and the bot alike) THEN it stops cleanly with exit 0', async () => {
    // Its own process group, as in a terminal: npm passes the signal on, so the bot may get it twice.
    const bot = startChild('npm', ['start'], { cwd: repo, env: botEnv(), detached: true });
    bot.process.stdin.write(QUESTION);
    await bot.waitFor('stdout', /^2023: .*Niš/m);
    await terminate(bot, 'SIGINT', { group: true });
    expect(bot.stderr()).not.toMatch(/second signal/);
    expect(bot.logLines()).toEqual(expect.arrayContaining([expect.objectContaining({ msg: 'shutting down', reason: 'SIGINT' })]));
  }, 30_000);

  it('GIVEN dist/ up to date THEN npm start does not build again, reads the knowledge snapshot the first start saved, and ends at the end of its input with exit 0', async () => {
    const bot = startChild('npm', ['start'], { cwd: repo, env: botEnv() });
    bot.process.stdin.end(QUESTION);
    expect(await bot.closed).toBe(0);
    expect(bot.stdout()).toMatch(/^2023: .*Niš/m);
    expect(bot.stderr()).not.toMatch(/building dist/);
    expect(bot.logLines()).toEqual(
      expect.arrayContaining([expect.objectContaining({ msg: 'knowledge loaded', facts: expect.any(Number), fromSnapshot: true })]),
    );
  }, 30_000);
});

describe('the Dockerfile, outside Docker', () => {
  const dockerfile = () => readFileSync(join(ROOT, 'Dockerfile'), 'utf8');

  it('GIVEN its build command and only the files its runtime stage copies THEN its CMD answers and its HEALTHCHECK passes', async () => {
    const text = dockerfile();
    const build = /^RUN (npm run build)$/m.exec(text)?.[1];
    expect(build).toBe('npm run build');
    execFileSync('npm', ['run', 'build'], { cwd: repo, env: botEnv(), stdio: 'ignore' });

    // The runtime stage: what it copies from the build stage, and the knowledge.
    const runtime = join(work, 'runtime');
    const copied = [...text.matchAll(/^COPY --from=build \/app\/(\S+) \.\/(\S+)$/gm)].map((match) => match[1] as string);
    expect(copied).toEqual(expect.arrayContaining(['package.json', 'node_modules', 'dist', 'scripts/healthcheck.mjs']));
    for (const path of copied) {
      mkdirSync(dirname(join(runtime, path)), { recursive: true });
      if (path === 'node_modules') symlinkSync(join(ROOT, 'node_modules'), join(runtime, path), 'dir');
      else cpSync(join(repo, path), join(runtime, path), { recursive: true });
    }
    cpSync(join(repo, 'knowledge'), join(work, 'knowledge'), { recursive: true });

    // The word lists the build works out, so the bot does not at every start.
    for (const list of ['english-words.txt', 'english-every-day-words.txt', 'foreign-stopwords.txt'])
      expect(existsSync(join(runtime, 'dist', 'src', 'search', list)), list).toBe(true);

    const command = JSON.parse(/^CMD (\[.*\])$/m.exec(text)?.[1] ?? '[]') as string[];
    expect(command).toEqual(['node', 'dist/src/main.js']);
    const healthcheck = JSON.parse(/^HEALTHCHECK .* CMD (\[.*\])$/m.exec(text)?.[1] ?? '[]') as string[];
    const port = String(await freePort());
    const env = botEnv({ KNOWLEDGE_DIR: join(work, 'knowledge'), HEALTH_PORT: port, HEALTH_HOST: '127.0.0.1', NODE_ENV: 'production' });
    const bot = startChild(command[0] as string, command.slice(1), { cwd: runtime, env });
    bot.process.stdin.write(QUESTION);
    await bot.waitFor('stdout', /^2023: .*Niš/m);
    await bot.waitFor('stderr', /"msg":"health: serving \/healthz and \/metrics"/);
    // A knowledge edit is reloaded in the worker thread, its script taken from dist/ (no tsx, no sources here).
    appendFileSync(join(work, 'knowledge', 'facts', 'visits.yaml'), '\n# edited\n');
    await bot.waitFor('stderr', /"msg":"knowledge reloaded"/);
    expect(bot.stderr()).not.toMatch(/could not load in a worker thread/);
    const check = execFileSync(healthcheck[0] as string, healthcheck.slice(1), { cwd: runtime, env, encoding: 'utf8' });
    expect(JSON.parse(check.replace(/^200 /, ''))).toMatchObject({ status: 'ok', platforms: {}, knowledge: { loaded: true } });
    await terminate(bot);
  }, 60_000);
});

describe('the built bot on a (fake) Discord', () => {
  let fake: FakeDiscord;
  beforeAll(async () => {
    fake = await FakeDiscord.start();
  });
  afterAll(async () => {
    await fake.close();
  });

  it('GIVEN a reply in flight WHEN SIGTERM comes THEN the reply is finished, the connection closed, and it exits 0 with nothing left running', async () => {
    const bot = startChild(process.execPath, ['scripts/start.mjs'], {
      cwd: repo,
      env: botEnv({ DISCORD_TOKEN: fake.token, DISCORD_APPLICATION_ID: fake.applicationId, DISCORD_API_URL: fake.apiUrl, HEALTH_PORT: '0' }),
    });
    await bot.waitFor('stderr', /"msg":"Discord: ready"/);
    const healthPort = (await bot.waitFor('stderr', /"port":(\d+),"msg":"health: serving/))[1];
    const health = await fetch(`http://127.0.0.1:${healthPort}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok', platforms: { discord: { state: 'connected' } }, knowledge: { loaded: true } });

    const release = fake.holdCallbacks();
    const interaction = fake.interact('azsr', [stringOption('question', 'when did Aliyev visit Niš')]);
    await fake.waitFor((request) => request.path.includes(`/interactions/${interaction.id}/`));
    const tree = processTree(bot.process.pid as number);
    bot.process.kill('SIGTERM');
    await bot.waitFor('stderr', /"msg":"shutting down"/);
    expect(fake.openConnections).toBe(1); // still connected: the reply has not been answered yet
    release();
    expect(await bot.closed).toBe(0);
    expect(tree.filter(isAlive)).toEqual([]);
    expect(fake.openConnections).toBe(0);
    const [reply] = fake.responsesTo(interaction);
    expect(JSON.stringify(reply?.body)).toMatch(/Niš/);
    expect(bot.stderr()).not.toMatch(/interaction failed|did not finish in time/);
    const metricsAfter = bot.logLines().map((line) => line.msg);
    expect(metricsAfter).toEqual(expect.arrayContaining(['shutting down', 'stopped']));
  }, 60_000);
});
