import { afterEach, describe, expect, it } from 'vitest';
import { commands } from '../../../commands/index.js';
import { createDiscordAdapter } from '../../../src/adapters/discord/index.js';
import type { Adapter } from '../../../src/core/adapter.js';
import { FakeDiscord } from '../../fakes/fake-discord.js';
import { createTestServices } from './harness.js';

const TOKEN_REJECTED = /^Discord: the bot token was rejected .*DISCORD_TOKEN\. Not retrying/;

describe('Discord login', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => { for (const cleanup of cleanups.splice(0).reverse()) await cleanup(); });

  async function setUp(options: { token?: string; rejectIdentify?: boolean; apiUrl?: string; backoff?: object } = {}) {
    const fake = await FakeDiscord.start({ rejectIdentify: options.rejectIdentify ?? false });
    cleanups.push(() => fake.close());
    const adapter: Adapter = createDiscordAdapter(
      { token: options.token ?? fake.token, applicationId: fake.applicationId, apiUrl: options.apiUrl ?? fake.apiUrl },
      { commands, services: createTestServices() },
      { backoff: { maxAttempts: 3, baseDelayMs: 20, ...options.backoff } },
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

  it('GIVEN Discord cannot be reached THEN start() retries a bounded number of times and says so', async () => {
    const unreachable = await FakeDiscord.start();
    const deadUrl = unreachable.apiUrl;
    await unreachable.close();
    const { adapter } = await setUp({ apiUrl: deadUrl });
    const started = Date.now();
    await expect(adapter.start()).rejects.toThrow(/^Discord: could not connect after 3 attempts \(last error: .+\)\. Check the network and DISCORD_API_URL/);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('GIVEN stop() during the back-off THEN start() gives up at once', async () => {
    const unreachable = await FakeDiscord.start();
    const deadUrl = unreachable.apiUrl;
    await unreachable.close();
    const { adapter } = await setUp({ apiUrl: deadUrl, backoff: { maxAttempts: 5, baseDelayMs: 60_000 } });
    const starting = adapter.start();
    await new Promise((resolve) => setTimeout(resolve, 300));
    await adapter.stop();
    await expect(starting).rejects.toThrow('Discord: stopped before the bot had connected.');
  });

  it('GIVEN the right token THEN start() resolves once ready and post() before start() is refused', async () => {
    const { adapter, fake } = await setUp();
    await expect(adapter.post('1', { kind: 'info', title: 't', body: 'b', facts: [], related: [], items: [], suggestions: [], notes: [], private: false, disagreement: false }))
      .rejects.toThrow('Discord: cannot post to channel 1 before the adapter has connected (call start() first)');
    await adapter.start();
    expect(fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /api/v10/gateway/bot']);
    await adapter.stop();
  });
});
