import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dailyChannels } from '../../src/daily/channels.js';
import { CHANNEL_SETTINGS_FILE, DailySettingsFile, type DailySettingsDefaults } from '../../src/daily/settings-file.js';
import { createRecordingAdapter, createScheduler, createTempDir, removeTempDirs } from './helpers.js';

afterEach(() => {
  removeTempDirs();
  vi.restoreAllMocks();
});

const defaults: DailySettingsDefaults = { time: '09:00', timeZone: 'Europe/Belgrade', discordChannelIds: ['D-ENV'], slackChannelIds: ['S-ENV'] };
const choice = (channelId: string, timeZone?: string) => ({ channelId, ...(timeZone ? { timeZone } : {}), setBy: 'mod', setAt: '2026-02-01T10:00:00.000Z' });

describe('daily channel settings', () => {
  it("GIVEN a moderator's choice THEN it survives a restart and its channel gets the post at 09:00 in its zone", async () => {
    const dataDir = createTempDir();
    DailySettingsFile.in(dataDir, defaults).set('discord', 'G1', choice('D-MOD', 'Asia/Baku'));

    const restarted = DailySettingsFile.in(dataDir, defaults);
    expect(restarted.choice('discord', 'G1')).toEqual(choice('D-MOD', 'Asia/Baku'));
    const channels = dailyChannels(restarted);
    expect(channels).toEqual([
      { platform: 'discord', channelId: 'D-ENV', timeZone: 'Europe/Belgrade', origin: 'settings' },
      { platform: 'slack', channelId: 'S-ENV', timeZone: 'Europe/Belgrade', origin: 'settings' },
      { platform: 'discord', channelId: 'D-MOD', timeZone: 'Asia/Baku', origin: 'moderator' },
    ]);

    const discord = createRecordingAdapter('discord');
    const slack = createRecordingAdapter('slack');
    const { scheduler } = createScheduler({ dataDir, adapters: [discord, slack], channels });
    expect((await scheduler.runDue(new Date('2026-02-15T05:00:00Z'))).posted).toEqual(['discord:D-MOD']);
    expect((await scheduler.runDue(new Date('2026-02-15T08:00:00Z'))).posted.sort()).toEqual(['discord:D-ENV', 'slack:S-ENV']);
  });

  it('GIVEN a new choice for the same server THEN it replaces the old one; clearing removes it for good', () => {
    const dataDir = createTempDir();
    const store = DailySettingsFile.in(dataDir, defaults);
    const changes = vi.fn();
    store.onChange(changes);
    store.set('slack', 'T1', choice('C-OLD'));
    store.set('slack', 'T1', choice('C-NEW'));
    store.set('discord', 'T1', choice('D-OTHER'));
    expect(store.choices().map((c) => `${c.platform}:${c.serverId}:${c.channelId}`)).toEqual(['slack:T1:C-NEW', 'discord:T1:D-OTHER']);
    expect(store.clear('slack', 'T1')).toBe(true);
    expect(store.clear('slack', 'T1')).toBe(false);
    expect(changes).toHaveBeenCalledTimes(4);
    expect(
      DailySettingsFile.in(dataDir, defaults)
        .choices()
        .map((c) => c.channelId),
    ).toEqual(['D-OTHER']);
  });

  it("GIVEN a channel in settings that a moderator also chose THEN it is served once, in the moderator's zone", () => {
    const store = DailySettingsFile.in(createTempDir(), defaults);
    store.set('discord', 'G1', choice('D-ENV', 'Asia/Baku'));
    expect(dailyChannels(store).filter((c) => c.channelId === 'D-ENV')).toEqual([
      { platform: 'discord', channelId: 'D-ENV', timeZone: 'Asia/Baku', origin: 'moderator' },
    ]);
  });

  it('GIVEN a damaged settings file THEN it is set aside and the bot starts from the settings alone', () => {
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const dataDir = createTempDir();
    writeFileSync(join(dataDir, CHANNEL_SETTINGS_FILE), '{"version":1,"servers":[{"platform":"discord"');
    const store = DailySettingsFile.in(dataDir, defaults);
    expect(store.choices()).toEqual([]);
    expect(dailyChannels(store)).toHaveLength(2);
    expect(readdirSync(dataDir).some((name) => name.startsWith(`${CHANNEL_SETTINGS_FILE}.corrupt-`))).toBe(true);
  });
});
