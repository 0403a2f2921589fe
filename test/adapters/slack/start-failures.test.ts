/** Starting fails clearly, without a crash or an unhandled rejection, and the other platforms go on. */
import { createServer } from 'node:net';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createSlackAdapter } from '../../../src/adapters/slack/index.js';
import { commands } from '../../../commands/index.js';
import { loadConfig } from '../../../src/config.js';
import { startAdapters } from '../../../src/start-adapters.js';
import { startFakeSlack, type FakeSlack } from '../../fakes/fake-slack.js';
import { createTestAdapter, createTestServices, openNetworkHandles, SIGNING_SECRET, slashCommand } from './helpers.js';

describe('Slack adapter start failures', () => {
  let fake: FakeSlack;
  const services = createTestServices();
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);

  beforeAll(async () => {
    fake = await startFakeSlack();
  });
  afterAll(async () => {
    await fake.close();
    expect(await openNetworkHandles()).toEqual([]);
  });
  beforeEach(() => {
    unhandled.length = 0;
    process.on('unhandledRejection', onUnhandled);
  });
  afterEach(async () => {
    // Give a stray rejection a moment to surface before checking there was none.
    await new Promise((resolve) => setTimeout(resolve, 20));
    process.off('unhandledRejection', onUnhandled);
    expect(unhandled).toEqual([]);
  });

  it('GIVEN auth.test answering invalid_auth THEN start() rejects naming SLACK_BOT_TOKEN', async () => {
    fake.answer('auth.test', { ok: false, error: 'invalid_auth' });
    const adapter = createTestAdapter({ fake, services, mode: 'http' });
    await expect(adapter.start()).rejects.toThrow(/^Slack: the bot token was rejected \(invalid_auth\)\. Check SLACK_BOT_TOKEN/);
    expect(adapter.port).toBeUndefined();
    await adapter.stop();
    await expect(
      adapter.post('C1', {
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
    ).rejects.toThrow('Slack: post() needs a started adapter');
  });

  it('GIVEN a rejected token THEN startAdapters logs it and resolves, and says every platform has failed', async () => {
    fake.answer('auth.test', { ok: false, error: 'token_revoked' });
    const config = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-revoked', SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: fake.apiUrl, SLACK_PORT: '0' });
    const allFailed: string[] = [];
    const adapters = await startAdapters(config, { commands, services }, { onAllFailed: (message) => allFailed.push(message) });
    expect(adapters.map((adapter) => adapter.name)).toEqual(['slack']);
    expect(allFailed).toEqual([
      expect.stringMatching(
        /^azsr: every configured platform has failed for good, so the bot is stopping: Slack: the bot token was rejected \(token_revoked\)/,
      ),
    ]);
    await Promise.all(adapters.map((adapter) => adapter.stop()));
  });

  it('GIVEN no Web API at the URL THEN start() rejects saying it could not reach it', async () => {
    const closed = await startFakeSlack();
    await closed.close();
    const adapter = createTestAdapter({ fake: closed, services, mode: 'http' });
    await expect(adapter.start()).rejects.toThrow(/^Slack: could not reach the Web API at http:\/\/127\.0\.0\.1:\d+\/api\//);
  });

  it('GIVEN a rejected app token THEN Socket Mode start() rejects naming SLACK_APP_TOKEN', async () => {
    fake.answer('auth.test', { ok: true, user_id: 'U0BOT', bot_id: 'B0BOT' });
    fake.answer('apps.connections.open', { ok: false, error: 'invalid_auth' });
    const adapter = createTestAdapter({ fake, services, mode: 'socket' });
    await expect(adapter.start()).rejects.toThrow(/^Slack: Socket Mode could not connect \(.*invalid_auth.*\)\. Check SLACK_APP_TOKEN/);
    await adapter.stop();
  });

  it('GIVEN Socket Mode still trying to connect THEN stop() ends start() with a clear rejection', async () => {
    fake.answer('auth.test', { ok: true, user_id: 'U0BOT', bot_id: 'B0BOT' });
    fake.answer('apps.connections.open', { ok: false, error: 'internal_error' });
    const adapter = createTestAdapter({ fake, services, mode: 'socket' });
    const starting = adapter.start();
    const settled = expect(starting).rejects.toThrow('Slack: stopped before the connection was made.');
    await new Promise((resolve) => setTimeout(resolve, 100));
    await adapter.stop();
    await settled;
  });

  it('GIVEN Slack unreachable in Socket Mode THEN start() returns so the rest of the bot runs, and commands are answered once Slack is back', async () => {
    fake.answer('auth.test', { ok: true, user_id: 'U0BOT', bot_id: 'B0BOT' });
    let failing = true;
    fake.answer('apps.connections.open', () =>
      failing ? { ok: false, error: 'internal_error' } : { ok: true, url: `${fake.baseUrl.replace('http', 'ws')}/socket` },
    );
    const adapter = createTestAdapter({ fake, services, mode: 'socket' });
    const failedForGood: Error[] = [];
    adapter.onFailedForGood?.((error) => failedForGood.push(error));
    const before = fake.socketsOpened;
    await adapter.start();
    expect(fake.socketsOpened).toBe(before);
    failing = false;
    await fake.socketReady(before + 1);
    const ack = await fake.sendEnvelope('slash_commands', slashCommand('when did Aliyev visit Niš', fake.responseUrl()));
    expect(JSON.stringify(ack.payload)).toContain('2023');
    await adapter.stop();
    expect(failedForGood).toEqual([]);
  });

  it('GIVEN the port in use THEN start() rejects naming SLACK_PORT', async () => {
    fake.answer('auth.test', { ok: true, user_id: 'U0BOT', bot_id: 'B0BOT' });
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      const adapter = createSlackAdapter(
        { botToken: 'xoxb-test', signingSecret: SIGNING_SECRET, port, apiUrl: fake.apiUrl, moderatorIds: [] },
        { commands, services },
        { retryConfig: { retries: 0 }, host: '127.0.0.1' },
      );
      await expect(adapter.start()).rejects.toThrow(`Slack: could not listen on port ${port}`);
      await adapter.stop();
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
  });
});
