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
    const discord = fakeAdapter('discord', async () => {
      throw new Error('Discord: the token was rejected');
    });
    const slack = fakeAdapter('slack', async () => {});
    const allFailed: string[] = [];
    expect(await startEach([discord, slack], { onAllFailed: (message) => allFailed.push(message) })).toEqual(['slack']);
    expect(slack.started).toBe(true);
    expect(allFailed).toEqual([]);
  });

  it('GIVEN a slow platform THEN the other is not held back by its failure', async () => {
    const slow = fakeAdapter('discord', () => new Promise((_, reject) => setTimeout(() => reject(new Error('unreachable')), 50)));
    const fast = fakeAdapter('slack', async () => {});
    expect(await startEach([slow, fast], { onAllFailed: () => undefined })).toEqual(['slack']);
  });

  it('GIVEN one platform fails at start and the other fails for good later THEN every platform has failed is reported once', async () => {
    let failLater: ((error: Error) => void) | undefined;
    const discord = fakeAdapter('discord', async () => {
      throw new Error('Discord: the bot token was rejected.');
    });
    const slack = Object.assign(
      fakeAdapter('slack', async () => {}),
      {
        onFailedForGood: (listener: (error: Error) => void) => {
          failLater = listener;
        },
      },
    );
    const allFailed: string[] = [];
    expect(await startEach([discord, slack], { onAllFailed: (message) => allFailed.push(message) })).toEqual(['slack']);
    expect(allFailed).toEqual([]);
    failLater?.(new Error('Slack: the token was revoked.'));
    failLater?.(new Error('Slack: the token was revoked.'));
    expect(allFailed).toEqual([
      'azsr: every configured platform has failed for good, so the bot is stopping: Discord: the bot token was rejected. Slack: the token was revoked.',
    ]);
  });
});
