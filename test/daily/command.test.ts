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

function createContext(options: {
  isModerator: boolean;
  platform?: Platform;
  store?: DailySettingsFile;
  serverId?: string;
  channelId?: string;
}): CommandContext<Services> {
  const services: Services = {
    engine: () => ({ knowledge: realKnowledge() }) as never,
    now: () => new Date('2026-02-15T10:00:00Z'),
    timeZone: 'Europe/Belgrade',
    ...(options.store ? { daily: options.store } : {}),
  };
  const place = {
    ...(options.serverId !== undefined ? { serverId: options.serverId } : {}),
    ...(options.channelId !== undefined ? { channelId: options.channelId } : {}),
  };
  return { platform: options.platform ?? 'discord', user: { id: 'mod-1', isModerator: options.isModerator }, place, services };
}

describe('/azsr-daily', () => {
  it('is a moderator command, "daily" on Slack, listed with the others', () => {
    expect(commands).toContain(azsrDaily);
    expect([azsrDaily.access, azsrDaily.slackWord]).toEqual(['moderator', 'daily']);
  });

  it('refuses non-moderators and changes nothing', async () => {
    const store = DailySettingsFile.in(createTempDir(), defaults);
    const reply = await runCommand(azsrDaily, createContext({ isModerator: false, store, serverId: 'G1', channelId: 'D1' }), { subcommand: 'set' });
    expect(reply.kind).toBe('refusal');
    expect(reply.body).toBe('/azsr-daily is for moderators only.');
    expect(store.choices()).toEqual([]);
  });

  it('GIVEN a moderator THEN "set" makes this channel the server\'s daily channel, persisted, with the zone given', async () => {
    const dataDir = createTempDir();
    const store = DailySettingsFile.in(dataDir, defaults);
    const reply = await runCommand(azsrDaily, createContext({ isModerator: true, store, serverId: 'G1', channelId: 'D1' }), {
      subcommand: 'set',
      timezone: 'asia/baku',
    });
    expect(reply.kind).toBe('info');
    expect(reply.private).toBe(true);
    expect(reply.body).toMatch(/^This channel now gets the daily "on this day" post at 09:00 \(Asia\/Baku\)\./);
    expect(DailySettingsFile.in(dataDir, defaults).choice('discord', 'G1')).toEqual({
      channelId: 'D1',
      timeZone: 'Asia/Baku',
      setBy: 'mod-1',
      setAt: '2026-02-15T10:00:00.000Z',
    });
  });

  it('GIVEN a channel option THEN "set" chooses that channel rather than this one, and says which it replaces', async () => {
    const store = DailySettingsFile.in(createTempDir(), defaults);
    const context = createContext({ isModerator: true, store, serverId: 'G1', channelId: 'D1' });
    await runCommand(azsrDaily, context, { subcommand: 'set' });
    const reply = await runCommand(azsrDaily, context, { subcommand: 'set', channel: 'D2' });
    expect(reply.body).toBe(
      'Channel D2 now gets the daily "on this day" post at 09:00 (Europe/Belgrade). It replaces channel D1. If that time has already passed today, today\'s post comes shortly.',
    );
    expect(store.choice('discord', 'G1')).toMatchObject({ channelId: 'D2' });
  });

  it('GIVEN Slack text "daily set Asia/Baku" (the form before subcommands, still the form) THEN the zone is read from the text', async () => {
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
    await runCommand(azsrDaily, context, { subcommand: 'set' });
    const shown = await runCommand(azsrDaily, context, { subcommand: 'show' });
    expect(shown.items).toEqual([
      { label: 'This workspace', text: 'channel C1, Europe/Belgrade (set by mod-1 on 2026-02-15)' },
      { label: 'From settings', text: 'channel S-ENV, Europe/Belgrade' },
      { label: 'Default time zone', text: 'Europe/Belgrade' },
    ]);
    // Typed without a subcommand ("/azsr daily"), it shows too.
    expect((await runCommand(azsrDaily, context, {})).items).toEqual(shown.items);
    expect((await runCommand(azsrDaily, context, { subcommand: 'clear' })).body).toMatch(/^This workspace no longer has a daily channel/);
    expect(store.choices()).toEqual([]);
    expect((await runCommand(azsrDaily, context, { subcommand: 'clear' })).body).toMatch(/^This workspace had no daily channel set/);
  });

  it('GIVEN "clear" for a channel that is not the daily one THEN says which is and changes nothing', async () => {
    const store = DailySettingsFile.in(createTempDir(), defaults);
    const inDaily = createContext({ isModerator: true, platform: 'slack', store, serverId: 'T1', channelId: 'C1' });
    await runCommand(azsrDaily, inDaily, { subcommand: 'set' });
    const elsewhere = createContext({ isModerator: true, platform: 'slack', store, serverId: 'T1', channelId: 'C2' });
    const reply = await runCommand(azsrDaily, elsewhere, { subcommand: 'clear' });
    expect(reply).toMatchObject({
      kind: 'error',
      private: true,
      body: 'This channel is not this workspace\'s daily channel; channel C1 is. Run "clear" there, or name that channel.',
    });
    expect((await runCommand(azsrDaily, elsewhere, { subcommand: 'clear', channel: 'S-ENV' })).body).toBe(
      'Channel S-ENV is not this workspace\'s daily channel; channel C1 is. Run "clear" there, or name that channel. Channel S-ENV gets the post from the bot\'s settings, which only whoever runs the bot can change.',
    );
    expect(store.choice('slack', 'T1')).toMatchObject({ channelId: 'C1' });
    expect((await runCommand(azsrDaily, elsewhere, { subcommand: 'clear', channel: 'C1' })).body).toMatch(/^This workspace no longer has a daily channel/);
    expect(store.choices()).toEqual([]);
  });

  it('says what to do for an unknown zone, an unknown action, a direct message and the console', async () => {
    const store = DailySettingsFile.in(createTempDir(), defaults);
    const run = async (context: CommandContext, args: Record<string, string>) => (await runCommand(azsrDaily, context, args)).body;
    const inChannel = createContext({ isModerator: true, store, serverId: 'G1', channelId: 'D1' });
    expect(await run(inChannel, { subcommand: 'set', timezone: 'Mars/Olympus' })).toBe(
      '"Mars/Olympus" is not a time zone I know. Use an IANA name such as Europe/Belgrade or Asia/Baku.',
    );
    expect(await run(inChannel, { subcommand: 'enable' })).toBe('"enable" is not something /azsr-daily does. Use set, clear or show.');
    expect(await run(createContext({ isModerator: true, store, channelId: 'DM' }), { subcommand: 'set' })).toBe(
      'Run this in a channel of your server or workspace, not in a direct message.',
    );
    expect(await run(createContext({ isModerator: true, platform: 'console', store }), {})).toBe(
      'The daily post runs with the Discord or Slack bot, not here.',
    );
    expect(store.choices()).toEqual([]);
  });

  it('GIVEN a moderator asking for help THEN each subcommand is listed with its options, as typed on the platform', async () => {
    const help = commands.find((command) => command.name === 'azsr-help');
    if (!help) throw new Error('no help command');
    const labels = async (platform: Platform) =>
      (await runCommand(help, createContext({ isModerator: true, platform }), {})).items.map((item) => item.label).filter((label) => label.includes('daily'));
    expect(await labels('discord')).toEqual(['/azsr-daily set [#channel] [timezone]', '/azsr-daily clear [#channel]', '/azsr-daily show']);
    expect(await labels('slack')).toEqual(['/azsr daily set [#channel] [timezone]', '/azsr daily clear [#channel]', '/azsr daily show']);
  });
});

describe('/azsr-daily time zone suggestions', () => {
  const timezone = azsrDaily.subcommands?.find((s) => s.name === 'set')?.options.find((o) => o.name === 'timezone');
  const limits = { count: 25, labelLength: 100, valueLength: 100 };
  const suggest = (typed: string) => timezone?.suggest?.({ typed, context: createContext({ isModerator: true }), limits }) ?? [];

  it('GIVEN part of a city THEN the matching zones, with their offset on that day', () => {
    expect(suggest('baku')).toEqual([{ label: 'Asia/Baku (GMT+04:00)', value: 'Asia/Baku' }]);
    expect(suggest('belgr')).toEqual([{ label: 'Europe/Belgrade (GMT+01:00)', value: 'Europe/Belgrade' }]);
    expect(suggest('new york')[0]).toEqual({ label: 'America/New York (GMT-05:00)', value: 'America/New_York' });
  });

  it('GIVEN the start of a region THEN zones starting with it come first, within the limit', () => {
    const suggestions = suggest('europe/');
    expect(suggestions).toHaveLength(25);
    expect(suggestions.every((s) => s.value.startsWith('Europe/'))).toBe(true);
    expect(suggestions.every((s) => Intl.supportedValuesOf('timeZone').includes(s.value))).toBe(true);
  });

  it("GIVEN nothing typed THEN the bot's zone first, then Belgrade and Baku; GIVEN nonsense THEN nothing", () => {
    expect(suggest('').map((s) => s.value)).toEqual(['Europe/Belgrade', 'Asia/Baku']);
    expect(suggest('Mars/Olympus')).toEqual([]);
  });
});
