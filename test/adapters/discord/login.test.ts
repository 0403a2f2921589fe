import { afterEach, describe, expect, it, vi } from 'vitest';
import { commands } from '../../../commands/index.js';
import { backoffDelay } from '../../../src/adapters/discord/connect.js';
import { createDiscordAdapter } from '../../../src/adapters/discord/index.js';
import type { Adapter } from '../../../src/core/adapter.js';
import { log } from '../../../src/core/log.js';
import { FakeDiscord } from '../../fakes/fake-discord.js';
import { createTestServices, stringOption } from './harness.js';

const TOKEN_REJECTED = /^Discord: the bot token was rejected .*DISCORD_TOKEN\. Not retrying/;
const SHORT = { baseDelayMs: 5, maxDelayMs: 40, readyTimeoutMs: 3_000, quickReconnects: 1 };

/** Resolves once `condition` holds, checking after each log line (no fixed waits). */
function untilLogged(condition: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    const check = () => {
      if (condition()) {
        clearInterval(timer);
        resolve();
      }
    };
    const timer = setInterval(check, 10);
    check();
  });
}

function logLines() {
  const lines: { level: string; message: string; context: Record<string, unknown> | undefined }[] = [];
  for (const level of ['info', 'warn', 'error'] as const) {
    vi.spyOn(log, level).mockImplementation((message, context) => {
      lines.push({ level, message, context });
    });
  }
  return lines;
}

describe('Discord login', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
    vi.restoreAllMocks();
  });

  async function setUp(options: { token?: string; rejectIdentify?: boolean; apiUrl?: string; backoff?: object } = {}) {
    const fake = await FakeDiscord.start({ rejectIdentify: options.rejectIdentify ?? false });
    cleanups.push(() => fake.close());
    const adapter: Adapter = createDiscordAdapter(
      { token: options.token ?? fake.token, applicationId: fake.applicationId, apiUrl: options.apiUrl ?? fake.apiUrl },
      { commands, services: createTestServices() },
      { backoff: { ...SHORT, ...options.backoff } },
    );
    cleanups.push(() => adapter.stop());
    const gatewayLookups = () => fake.requests.filter((r) => r.path === '/api/v10/gateway/bot').length;
    return { fake, adapter, gatewayLookups };
  }

  it('GIVEN a token Discord rejects THEN start() fails clearly at once, without retrying', async () => {
    const { adapter, gatewayLookups } = await setUp({ token: 'not-the-token' });
    await expect(adapter.start()).rejects.toThrow(TOKEN_REJECTED);
    expect(gatewayLookups()).toBe(1);
  });

  it('GIVEN the gateway closes with 4004 on identify THEN start() fails clearly, without retrying', async () => {
    const { adapter, gatewayLookups } = await setUp({ rejectIdentify: true });
    await expect(adapter.start()).rejects.toThrow(TOKEN_REJECTED);
    expect(gatewayLookups()).toBe(1);
  });

  it('GIVEN Discord is down at start-up for longer than the old 8 attempts THEN it keeps reconnecting, logging each attempt and delay, and answers once Discord is back', async () => {
    const lines = logLines();
    const { adapter, fake } = await setUp();
    await fake.goDown();
    await adapter.start(); // resolves after the first failed attempt; retrying goes on
    const retries = () => lines.filter((line) => line.message.startsWith('Discord: could not connect'));
    await untilLogged(() => retries().length >= 12);
    expect(retries()[0]?.context).toMatchObject({ attempt: 1, delayMs: expect.any(Number) });
    expect(retries()[11]?.context).toMatchObject({ attempt: 12 });
    expect(retries()[11]?.message).toMatch(/; reconnecting in \d+ ms$/);
    expect(lines.filter((line) => line.message === 'Discord: connecting').length).toBeGreaterThanOrEqual(12);
    await expect(
      adapter.post('1', {
        kind: 'info',
        title: 't',
        body: 'b',
        facts: [],
        related: [],
        items: [],
        suggestions: [],
        notes: [],
        private: false,
        disagreement: false,
      }),
    ).rejects.toThrow(/while not connected \(the connection is (reconnecting|connecting); it keeps trying\)/);

    await fake.comeUp();
    await untilLogged(() => lines.some((line) => line.message === 'Discord: ready'));
    const interaction = fake.interact('azsr-help', []);
    const reply = await fake.waitFor((r) => r.path === `/api/v10/interactions/${interaction.id}/${interaction.token}/callback`);
    expect(reply.body.type).toBe(4);
  });

  it('GIVEN Discord goes down after start-up and comes back THEN it logs the disconnect, reconnects with back-off and answers again', async () => {
    const lines = logLines();
    const { adapter, fake } = await setUp();
    await adapter.start();
    expect(lines.map((line) => line.message)).toEqual(['Discord: connecting', 'Discord: ready']);
    await fake.goDown();
    await untilLogged(() => lines.filter((line) => line.message.startsWith('Discord: could not connect')).length >= 3);
    expect(lines.some((line) => line.message === 'Discord: disconnected from the gateway; discord.js is reconnecting')).toBe(true);
    await fake.comeUp();
    const readyCount = () => lines.filter((line) => line.message === 'Discord: ready' || line.message === 'Discord: ready again').length;
    await untilLogged(() => readyCount() >= 2);
    const interaction = fake.interact('azsr', [stringOption('question', 'when did Aliyev visit Niš')]);
    const reply = await fake.waitFor((r) => r.path === `/api/v10/interactions/${interaction.id}/${interaction.token}/callback`);
    expect(JSON.stringify(reply.body)).toMatch(/Niš/);
  });

  it('GIVEN stop() during the back-off THEN it stops trying at once', async () => {
    const lines = logLines();
    const { adapter, fake } = await setUp({ backoff: { baseDelayMs: 60_000, maxDelayMs: 60_000 } });
    await fake.goDown();
    await adapter.start();
    await adapter.stop();
    expect(lines.at(-1)?.message).toBe('Discord: stopped');
    expect(lines.filter((line) => line.message === 'Discord: connecting')).toHaveLength(1);
  });

  it('GIVEN the right token THEN start() resolves once ready and post() before start() is refused', async () => {
    const { adapter, fake } = await setUp();
    await expect(
      adapter.post('1', {
        kind: 'info',
        title: 't',
        body: 'b',
        facts: [],
        related: [],
        items: [],
        suggestions: [],
        notes: [],
        private: false,
        disagreement: false,
      }),
    ).rejects.toThrow('Discord: cannot post to channel 1 while not connected (call start() first)');
    await adapter.start();
    expect(fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /api/v10/gateway/bot']);
    await adapter.stop();
  });
});

describe('backoffDelay', () => {
  it('doubles from the base, caps at the maximum, and jitters to 50–100 %', () => {
    const options = { baseDelayMs: 1_000, maxDelayMs: 60_000 };
    expect([1, 2, 3, 7, 8, 100].map((attempt) => backoffDelay(attempt, { ...options, random: () => 0.999999 }))).toEqual([
      1_000, 2_000, 4_000, 60_000, 60_000, 60_000,
    ]);
    expect(backoffDelay(3, { ...options, random: () => 0 })).toBe(2_000);
  });
});

describe('fatalMessage', () => {
  it('GIVEN gateway close codes retrying cannot fix THEN says what to do; network errors are retried', async () => {
    const { fatalMessage } = await import('../../../src/adapters/discord/connect.js');
    expect(fatalMessage({ code: 4004 })).toMatch(/^Discord: the bot token was rejected/);
    expect(fatalMessage({ code: 4014 })).toMatch(/intents/);
    expect(fatalMessage({ code: 4011 })).toMatch(/not retrying/);
    expect(fatalMessage(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' }))).toBeUndefined();
  });
});
