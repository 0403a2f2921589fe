/**
 * The real `src/main.ts` process as an operator runs it, against the fakes on 127.0.0.1: one
 * platform's bad setting never stops the other, and when every platform has failed for good the
 * process exits non-zero with a clear message.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeDiscord } from '../fakes/fake-discord.js';
import { startFakeSlack } from '../fakes/fake-slack.js';
import { createTempDir, removeTempDirs } from '../moderation/helpers.js';

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  removeTempDirs();
});

/** Starts the bot with exactly these settings; `output()` is its standard error so far. */
function startBot(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: { PATH: process.env.PATH ?? '', KNOWLEDGE_DIR: './knowledge', DATA_DIR: createTempDir(), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  const waiters: (() => void)[] = [];
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
    for (const waiter of waiters.splice(0)) waiter();
  });
  const exited = once(child, 'exit') as Promise<[number | null, string | null]>;
  cleanups.push(() => {
    if (child.exitCode === null) child.kill('SIGKILL');
    return exited;
  });
  return {
    exited,
    output: () => stderr,
    /** Resolves once standard error matches (or the process ends). */
    async waitFor(pattern: RegExp): Promise<string> {
      while (!pattern.test(stderr)) {
        if (child.exitCode !== null) throw new Error(`the bot exited (${child.exitCode}) before printing ${pattern}:\n${stderr}`);
        await Promise.race([new Promise<void>((resolve) => waiters.push(resolve)), exited]);
      }
      return stderr;
    },
  };
}

describe('npm start with one bad platform', () => {
  it('GIVEN a bad Discord setting and a bad daily-post time THEN both are reported and skipped, and Slack starts', async () => {
    const slack = await startFakeSlack();
    cleanups.push(() => slack.close());
    slack.answer('auth.test', { ok: true, user_id: 'U0BOT', bot_id: 'B0BOT' });
    const bot = startBot({
      DISCORD_TOKEN: 'a-token',
      DISCORD_APPLICATION_ID: 'not-a-number',
      DAILY_POST_TIME: '9am',
      SLACK_BOT_TOKEN: 'xoxb-test',
      SLACK_SIGNING_SECRET: 'secret',
      SLACK_API_URL: slack.apiUrl,
      SLACK_PORT: '0',
    });
    const output = await bot.waitFor(/slack started/);
    expect(output).toMatch(/Discord skipped: DISCORD_APPLICATION_ID must be the numeric application id .*the rest of the bot runs/);
    expect(output).toMatch(/daily posts skipped: DAILY_POST_TIME must be HH:MM/);
    expect(output).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('GIVEN every configured platform has a bad setting THEN it exits 1 naming them', async () => {
    const bot = startBot({ DISCORD_TOKEN: 'a-token', DISCORD_APPLICATION_ID: 'not-a-number' });
    const [code] = await bot.exited;
    expect(code).toBe(1);
    expect(bot.output()).toMatch(/DISCORD_APPLICATION_ID must be the numeric application id/);
    expect(bot.output()).toMatch(/every configured platform has a wrong setting, so nothing could start/);
  });
});

describe('npm start with odd state files', () => {
  it('GIVEN DATA_DIR is a file THEN it says so, without a stack trace, and answers', async () => {
    const parent = createTempDir();
    const dataFile = join(parent, 'data');
    writeFileSync(dataFile, 'not a folder');
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      env: { PATH: process.env.PATH ?? '', KNOWLEDGE_DIR: './knowledge', DATA_DIR: dataFile },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.stdin.end('/azsr when did Aliyev visit Niš\n');
    const [code] = await once(child, 'exit');
    expect(code).toBe(0);
    expect(stdout).toContain('2023');
    expect(stderr).toMatch(/DATA_DIR is not a folder; keeping this record in memory only/);
    expect(stderr).toContain(`${dataFile} (DATA_DIR) or a folder above it is a file, not a folder: move it away or set DATA_DIR to a folder`);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('GIVEN gaps.json is a folder THEN it is set aside and the bot starts', async () => {
    const dataDir = createTempDir();
    mkdirSync(join(dataDir, 'gaps.json'));
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      env: { PATH: process.env.PATH ?? '', KNOWLEDGE_DIR: './knowledge', DATA_DIR: dataDir },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.stdin.end('/azsr who is the mayor of novi pazar\n');
    const [code] = await once(child, 'exit');
    expect(code).toBe(0);
    // One JSON log line: the message and where the file was set aside, in whichever order.
    expect(stderr.split('\n').find((line) => line.includes('a data file was unreadable; set it aside and started afresh'))).toMatch(/gaps\.json\.corrupt-/);
    expect(readdirSync(dataDir).sort()).toEqual(expect.arrayContaining(['gaps.json', expect.stringMatching(/^gaps\.json\.corrupt-/)]));
  });
});

describe('npm start when every platform fails for good', () => {
  it('GIVEN Discord rejects the token THEN the process exits 1 with a clear message for the supervisor', async () => {
    const discord = await FakeDiscord.start();
    cleanups.push(() => discord.close());
    const bot = startBot({ DISCORD_TOKEN: 'wrong-token', DISCORD_APPLICATION_ID: discord.applicationId, DISCORD_API_URL: discord.apiUrl });
    const [code] = await bot.exited;
    expect(code).toBe(1);
    expect(bot.output()).toMatch(/azsr: every configured platform has failed for good, so the bot is stopping: Discord: the bot token was rejected/);
    // Through the shutdown steps, not a bare exit.
    expect(bot.output()).toMatch(/"reason":"every configured platform has failed for good","exitCode":1,"msg":"stopped"/);
  });
});
