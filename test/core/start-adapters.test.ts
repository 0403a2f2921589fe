import { describe, expect, it } from 'vitest';
import type { Adapter } from '../../src/core/adapter.js';
import { startEach } from '../../src/start-adapters.js';

function fakeAdapter(name: Adapter['name'], start: () => Promise<void>): Adapter & { started: boolean } {
  const adapter = {
    name,
    started: false,
    async start() {
      await start();
      adapter.started = true;
    },
    async stop() {},
    async post() {},
  };
  return adapter;
}

describe('starting the platforms', () => {
  it('GIVEN Discord fails to start THEN Slack still starts, and the failure is not thrown', async () => {
    const discord = fakeAdapter('discord', async () => { throw new Error('Discord: the token was rejected'); });
    const slack = fakeAdapter('slack', async () => {});
    expect(await startEach([discord, slack])).toEqual(['slack']);
    expect(slack.started).toBe(true);
  });

  it('GIVEN a slow platform THEN the other is not held back by its failure', async () => {
    const slow = fakeAdapter('discord', () => new Promise((_, reject) => setTimeout(() => reject(new Error('unreachable')), 50)));
    const fast = fakeAdapter('slack', async () => {});
    expect(await startEach([slow, fast])).toEqual(['slack']);
  });
});
