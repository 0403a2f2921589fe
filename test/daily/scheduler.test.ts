import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { POSTED_LOG_FILE } from '../../src/daily/posted-log.js';
import { belgrade, createRecordingAdapter, createScheduler, createTempDir, removeTempDirs } from './helpers.js';

afterEach(() => {
  removeTempDirs();
  vi.restoreAllMocks();
});

const at = (iso: string) => new Date(iso);

describe('daily scheduler: when', () => {
  it('GIVEN 09:00 Europe/Belgrade THEN it posts at 09:00 local, once, and again the next day', async () => {
    const discord = createRecordingAdapter('discord');
    const { scheduler } = createScheduler({ dataDir: createTempDir(), adapters: [discord], channels: [belgrade('discord', 'D1')] });

    expect((await scheduler.runDue(at('2026-02-15T07:59:00Z'))).posted).toEqual([]);
    expect((await scheduler.runDue(at('2026-02-15T08:00:00Z'))).posted).toEqual(['discord:D1']);
    expect((await scheduler.runDue(at('2026-02-15T08:01:00Z'))).posted).toEqual([]);
    expect((await scheduler.runDue(at('2026-02-15T22:59:00Z'))).posted).toEqual([]);
    expect((await scheduler.runDue(at('2026-02-16T08:00:00Z'))).posted).toEqual(['discord:D1']);
    expect(discord.posts.map((p) => p.reply.title)).toEqual(['On this day: 15 February', expect.stringContaining('16 February')]);
  });

  it('GIVEN summer time starts on 29 March THEN the post moves from 08:00Z to 07:00Z and still comes once a day', async () => {
    const slack = createRecordingAdapter('slack');
    const { scheduler } = createScheduler({ dataDir: createTempDir(), adapters: [slack], channels: [belgrade('slack', 'C1')] });
    const posted: string[] = [];
    // Every 15 minutes from 27 to 31 March, as the hourly and per-zone ticks would cover it.
    for (let t = Date.parse('2026-03-27T00:00:00Z'); t < Date.parse('2026-03-31T00:00:00Z'); t += 15 * 60_000) {
      if ((await scheduler.runDue(new Date(t))).posted.length > 0) posted.push(new Date(t).toISOString());
    }
    expect(posted).toEqual(['2026-03-27T08:00:00.000Z', '2026-03-28T08:00:00.000Z', '2026-03-29T07:00:00.000Z', '2026-03-30T07:00:00.000Z']);
  });

  it('GIVEN summer time ends on 25 October THEN the post moves from 07:00Z to 08:00Z and still comes once a day', async () => {
    const slack = createRecordingAdapter('slack');
    const { scheduler } = createScheduler({ dataDir: createTempDir(), adapters: [slack], channels: [belgrade('slack', 'C1')] });
    const posted: string[] = [];
    for (let t = Date.parse('2026-10-24T00:00:00Z'); t < Date.parse('2026-10-27T00:00:00Z'); t += 15 * 60_000) {
      if ((await scheduler.runDue(new Date(t))).posted.length > 0) posted.push(new Date(t).toISOString());
    }
    expect(posted).toEqual(['2026-10-24T07:00:00.000Z', '2026-10-25T08:00:00.000Z', '2026-10-26T08:00:00.000Z']);
  });

  it('GIVEN channels in different zones THEN each gets its post at 09:00 on its own clock', async () => {
    const discord = createRecordingAdapter('discord');
    const { scheduler } = createScheduler({
      dataDir: createTempDir(),
      adapters: [discord],
      channels: [belgrade('discord', 'BEG'), belgrade('discord', 'BAK', 'Asia/Baku')],
    });
    expect((await scheduler.runDue(at('2026-02-15T05:00:00Z'))).posted).toEqual(['discord:BAK']);
    expect((await scheduler.runDue(at('2026-02-15T08:00:00Z'))).posted).toEqual(['discord:BEG']);
  });
});

describe('daily scheduler: exactly once across restarts', () => {
  it('GIVEN a restart after posting THEN the new process does not post again that day', async () => {
    const dataDir = createTempDir();
    const discord = createRecordingAdapter('discord');
    const channels = [belgrade('discord', 'D1')];
    await createScheduler({ dataDir, adapters: [discord], channels }).scheduler.runDue(at('2026-02-15T08:00:00Z'));
    expect(JSON.parse(readFileSync(join(dataDir, POSTED_LOG_FILE), 'utf8')).channels['discord:D1'].day).toBe('2026-02-15');

    const restarted = createScheduler({ dataDir, adapters: [discord], channels }).scheduler;
    expect((await restarted.runDue(at('2026-02-15T08:05:00Z'))).posted).toEqual([]);
    expect((await restarted.runDue(at('2026-02-15T20:00:00Z'))).posted).toEqual([]);
    expect(discord.posts).toHaveLength(1);
  });

  it('GIVEN the bot was down at post time and starts later that day THEN it posts once, without making up missed days', async () => {
    const dataDir = createTempDir();
    const discord = createRecordingAdapter('discord');
    const channels = [belgrade('discord', 'D1')];
    // Last posted on the 12th; down on the 13th, the 14th and the morning of the 15th.
    await createScheduler({ dataDir, adapters: [discord], channels }).scheduler.runDue(at('2026-02-12T08:00:00Z'));
    discord.posts.length = 0;

    const { scheduler } = createScheduler({ dataDir, adapters: [discord], channels });
    expect((await scheduler.runDue(at('2026-02-15T14:00:00Z'))).posted).toEqual(['discord:D1']);
    expect((await scheduler.runDue(at('2026-02-15T14:01:00Z'))).posted).toEqual([]);
    expect((await scheduler.runDue(at('2026-02-16T07:59:00Z'))).posted).toEqual([]);
    expect(discord.posts.map((p) => p.reply.title)).toEqual(['On this day: 15 February']);
  });

  it('GIVEN two runs at the same moment (two cron jobs firing together) THEN the channel gets one post', async () => {
    const discord = createRecordingAdapter('discord');
    const { scheduler } = createScheduler({ dataDir: createTempDir(), adapters: [discord], channels: [belgrade('discord', 'D1')] });
    await Promise.all([scheduler.runDue(at('2026-02-15T08:00:00Z')), scheduler.runDue(at('2026-02-15T08:00:00Z'))]);
    expect(discord.posts).toHaveLength(1);
  });
});

describe('daily scheduler: failures', () => {
  it('GIVEN one channel always failing THEN the others still get their post, and it is retried a bounded number of times with back-off and logged', async () => {
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const discord = createRecordingAdapter('discord', { GONE: Infinity });
    const slack = createRecordingAdapter('slack', { FLAKY: 2 });
    const dataDir = createTempDir();
    const { scheduler, sleeps } = createScheduler({
      dataDir,
      adapters: [discord, slack],
      channels: [belgrade('discord', 'GONE'), belgrade('discord', 'D2'), belgrade('slack', 'FLAKY'), belgrade('slack', 'S2')],
    });

    const report = await scheduler.runDue(at('2026-02-15T08:00:00Z'));
    expect(report.failed).toEqual(['discord:GONE']);
    expect(report.posted.sort()).toEqual(['discord:D2', 'slack:FLAKY', 'slack:S2']);
    expect(discord.attempts.filter((c) => c === 'GONE')).toHaveLength(3);
    expect(slack.attempts.filter((c) => c === 'FLAKY')).toHaveLength(3);
    expect(sleeps.sort((a, b) => a - b)).toEqual([5_000, 5_000, 20_000, 20_000]);
    const logged = stderr.mock.calls.map(([line]) => String(line));
    expect(logged.some((line) => line.includes('daily post gave up for today') && line.includes('discord:GONE'))).toBe(true);
    expect(logged.filter((line) => line.includes('daily post failed'))).toHaveLength(3 + 2);

    // Given up for the day: later runs that day leave it alone; the next day it is tried again.
    await scheduler.runDue(at('2026-02-15T12:00:00Z'));
    expect(discord.attempts.filter((c) => c === 'GONE')).toHaveLength(3);
    const posted = JSON.parse(readFileSync(join(dataDir, POSTED_LOG_FILE), 'utf8')).channels;
    expect(Object.keys(posted).sort()).toEqual(['discord:D2', 'slack:FLAKY', 'slack:S2']);
    await scheduler.runDue(at('2026-02-16T08:00:00Z'));
    expect(discord.attempts.filter((c) => c === 'GONE')).toHaveLength(6);
  });

  it('GIVEN a channel on a platform that is not running THEN it is skipped and logged, and the others post', async () => {
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const discord = createRecordingAdapter('discord');
    const { scheduler } = createScheduler({ dataDir: createTempDir(), adapters: [discord], channels: [belgrade('slack', 'S1'), belgrade('discord', 'D1')] });
    const report = await scheduler.runDue(at('2026-02-15T08:00:00Z'));
    expect(report).toEqual({ posted: ['discord:D1'], failed: ['slack:S1'] });
    expect(stderr.mock.calls.some(([line]) => String(line).includes('no running adapter'))).toBe(true);
  });
});
