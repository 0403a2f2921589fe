import { afterEach, describe, expect, it } from 'vitest';
import { DailySettingsFile } from '../../src/daily/settings-file.js';
import { startDailyPosts, type DailyPosts } from '../../src/daily/start.js';
import { createRecordingAdapter, createTempDir, realKnowledge, removeTempDirs, waitFor } from './helpers.js';

let running: DailyPosts | undefined;
afterEach(() => {
  running?.stop();
  running = undefined;
  removeTempDirs();
});

describe('startDailyPosts', () => {
  it("GIVEN a start after the post time THEN it catches up at once; a moderator's new channel is served at once, in its zone's job", async () => {
    const dataDir = createTempDir();
    const settings = DailySettingsFile.in(dataDir, { time: '09:00', timeZone: 'Europe/Belgrade', discordChannelIds: ['D-ENV'], slackChannelIds: [] });
    const discord = createRecordingAdapter('discord');
    const slack = createRecordingAdapter('slack');
    running = startDailyPosts({ settings, adapters: [discord, slack], dataDir, knowledge: realKnowledge, now: () => new Date('2026-02-15T12:00:00Z') });

    await waitFor(() => discord.posts.length === 1);
    expect(discord.posts[0]?.reply.title).toBe('On this day: 15 February');
    expect(running.driver.zones()).toEqual(['Europe/Belgrade']);

    settings.set('slack', 'T1', { channelId: 'C-MOD', timeZone: 'Asia/Baku', setBy: 'mod', setAt: '2026-02-15T12:00:00Z' });
    await waitFor(() => slack.posts.length === 1);
    expect(running.driver.zones().sort()).toEqual(['Asia/Baku', 'Europe/Belgrade']);

    // Ticks after that (cron or sweep) post nothing more today.
    expect(await running.scheduler.runDue(new Date('2026-02-15T13:00:00Z'))).toEqual({ posted: [], failed: [] });
    expect(discord.posts).toHaveLength(1);

    settings.clear('slack', 'T1');
    expect(running.driver.zones()).toEqual(['Europe/Belgrade']);

    // After stop, a settings change neither schedules jobs again nor posts.
    running.stop();
    settings.set('slack', 'T2', { channelId: 'C-LATE', setBy: 'mod', setAt: '2026-02-15T12:00:00Z' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(running.driver.zones()).toEqual([]);
    expect(slack.posts.map((p) => p.channelId)).toEqual(['C-MOD']);
  });
});
