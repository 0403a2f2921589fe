import { afterEach, describe, expect, it } from 'vitest';
import azsrDaily from '../../commands/azsr-daily.js';
import { commands } from '../../commands/index.js';
import type { CommandContext, Platform } from '../../src/core/command.js';
import { runCommand } from '../../src/core/dispatch.js';
import { parseSlackText } from '../../src/core/parse-invocation.js';
import type { Services } from '../../src/answer/services.js';
import { DailySettingsFile } from '../../src/daily/settings-file.js';
import { createTempDir, realKnowledge, removeTempDirs } from './helpers.js';

afterEach(removeTempDirs);

const defaults = { time: '09:00', timeZone: 'Europe/Belgrade', discordChannelIds: [], slackChannelIds: ['S-ENV'] };

function createContext(options: { isModerator: boolean; platform?: Platform; store?: DailySettingsFile; serverId?: string; channelId?: string }): CommandContext {
  const services: Services = {
    engine: () => ({ knowledge: realKnowledge() }) as never,
    now: () => new Date('2026-02-15T10:00:00Z'),
    timeZone: 'Europe/Belgrade',
    ...(options.store ? { daily: options.store } : {}),
  };
  const place = { ...(options.serverId !== undefined ? { serverId: options.serverId } : {}), ...(options.channelId !== undefined ? { channelId: options.channelId } : {}) };
  return { platform: options.platform ?? 'discord', user: { id: 'mod-1', isModerator: options.isModerator }, place, services };
}

describe('/azsr-daily', () => {
  it('is a moderator command, "daily" on Slack, listed with the others', () => {
    expect(commands).toContain(azsrDaily);
    expect([azsrDaily.access, azsrDaily.slackWord]).toEqual(['moderator', 'daily']);
  });

  it('refuses non-moderators and changes nothing', async () => {
    const store = DailySettingsFile.in(createTempDir(), defaults);
    const reply = await runCommand(azsrDaily, createContext({ isModerator: false, store, serverId: 'G1', channelId: 'D1' }), { action: 'set' });
    expect(reply.kind).toBe('refusal');
    expect(reply.body).toBe('/azsr-daily is for moderators only.');
    expect(store.choices()).toEqual([]);
  });

  it('GIVEN a moderator THEN "set" makes this channel the server\'s daily channel, persisted, with the zone given', async () => {
    const dataDir = createTempDir();
    const store = DailySettingsFile.in(dataDir, defaults);
    const reply = await runCommand(azsrDaily, createContext({ isModerator: true, store, serverId: 'G1', channelId: 'D1' }), { action: 'set', timezone: 'asia/baku' });
    expect(reply.kind).toBe('info');
    expect(reply.private).toBe(true);
    expect(reply.body).toContain('at 09:00 (Asia/Baku)');
    expect(DailySettingsFile.in(dataDir, defaults).choice('discord', 'G1')).toEqual({ channelId: 'D1', timeZone: 'Asia/Baku', setBy: 'mod-1', setAt: '2026-02-15T10:00:00.000Z' });
  });

  it('GIVEN Slack text "daily set Asia/Baku" THEN the zone is read from the text', async () => {
    const store = DailySettingsFile.in(createTempDir(), defaults);
    const invocation = parseSlackText(commands, 'daily set Asia/Baku');
    if ('error' in invocation) throw new Error(invocation.error);
    expect(invocation.command).toBe(azsrDaily);
    await runCommand(azsrDaily, createContext({ isModerator: true, platform: 'slack', store, serverId: 'T1', channelId: 'C1' }), invocation.args);
    expect(store.choice('slack', 'T1')).toMatchObject({ channelId: 'C1', timeZone: 'Asia/Baku' });
  });

  it('"show" gives the settings; "clear" removes the server\'s channel', async () => {
    const store = DailySettingsFile.in(createTempDir(), defaults);
    const context = createContext({ isModerator: true, platform: 'slack', store, serverId: 'T1', channelId: 'C1' });
    await runCommand(azsrDaily, context, { action: 'set' });
    const shown = await runCommand(azsrDaily, context, {});
    expect(shown.items).toEqual([
      { label: 'This workspace', text: 'channel C1, Europe/Belgrade (set by mod-1 on 2026-02-15)' },
      { label: 'From settings', text: 'channel S-ENV, Europe/Belgrade' },
      { label: 'Default time zone', text: 'Europe/Belgrade' },
    ]);
    expect((await runCommand(azsrDaily, context, { action: 'clear' })).body).toMatch(/^This workspace no longer has a daily channel/);
    expect(store.choices()).toEqual([]);
    expect((await runCommand(azsrDaily, context, { action: 'clear' })).body).toMatch(/^This workspace had no daily channel set/);
  });

  it('says what to do for an unknown zone, an unknown action, a direct message and the console', async () => {
    const store = DailySettingsFile.in(createTempDir(), defaults);
    const run = async (context: CommandContext, args: Record<string, string>) => (await runCommand(azsrDaily, context, args)).body;
    const inChannel = createContext({ isModerator: true, store, serverId: 'G1', channelId: 'D1' });
    expect(await run(inChannel, { action: 'set Mars/Olympus' })).toBe('"Mars/Olympus" is not a time zone I know. Use an IANA name such as Europe/Belgrade or Asia/Baku.');
    expect(await run(inChannel, { action: 'enable' })).toBe('"enable" is not something /azsr-daily does. Use "set" (optionally with a time zone such as Asia/Baku), "clear" or "show".');
    expect(await run(createContext({ isModerator: true, store, channelId: 'DM' }), { action: 'set' })).toBe('Run this in a channel of your server or workspace, not in a direct message.');
    expect(await run(createContext({ isModerator: true, platform: 'console', store }), {})).toBe('The daily post runs with the Discord or Slack bot, not here.');
    expect(store.choices()).toEqual([]);
  });
});
