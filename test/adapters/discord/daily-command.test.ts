/** /azsr-daily through the real discord.js client and the fake Discord: subcommands, the channel picker, time zone autocomplete. */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DailySettingsFile } from '../../../src/daily/settings-file.js';
import { createTempDir, removeTempDirs } from '../../daily/helpers.js';
import { createTestServices, startConnectedAdapter, stringOption, type ConnectedAdapter } from './harness.js';

const EPHEMERAL = 64;
const MANAGE_SERVER = '32';
const GUILD = '222222222222222222';
const HERE = '333333333333333333';
const NEWS = '555555555555555503';

/** A subcommand as Discord sends it, with its options inside. */
const subcommand = (name: string, options: unknown[] = []) => ({ name, type: 1, options });
/** A channel option as Discord sends it: the id, with the channel itself under `resolved`. */
const channelOption = (id: string) => ({ name: 'channel', type: 7, value: id });
const resolvedChannel = (id: string) => ({ resolved: { channels: { [id]: { id, type: 0, name: 'news', permissions: '0' } } } });

describe('/azsr-daily on Discord', () => {
  let bot: ConnectedAdapter;
  let store: DailySettingsFile;
  beforeAll(async () => {
    store = DailySettingsFile.in(createTempDir(), { time: '09:00', timeZone: 'Europe/Belgrade', discordChannelIds: [], slackChannelIds: [] });
    bot = await startConnectedAdapter({ services: createTestServices({ daily: store }) });
  });
  afterEach(() => store.clear('discord', GUILD));
  afterAll(async () => {
    await bot?.close();
    removeTempDirs();
  });

  // biome-ignore lint/suspicious/noExplicitAny: Discord's callback JSON, as the fake server recorded it.
  const callbackOf = async (interaction: { id: string }): Promise<any> =>
    (await bot.fake.waitFor((r) => r.path.startsWith(`/api/v10/interactions/${interaction.id}/`))).body;

  it("GIVEN set with the channel picker and a zone THEN that channel is the server's daily channel, said privately", async () => {
    const set = subcommand('set', [channelOption(NEWS), stringOption('timezone', 'asia/baku')]);
    const callback = await callbackOf(bot.fake.interact('azsr-daily', [set], { permissions: MANAGE_SERVER, data: resolvedChannel(NEWS) }));
    expect(callback.data.flags).toBe(EPHEMERAL);
    expect(callback.data.embeds[0].description).toMatch(new RegExp(`^Channel ${NEWS} now gets the daily "on this day" post at 09:00 \\(Asia/Baku\\)\\.`));
    expect(store.choice('discord', GUILD)).toMatchObject({ channelId: NEWS, timeZone: 'Asia/Baku' });
  });

  it('GIVEN set with no channel THEN the channel it was run in', async () => {
    const callback = await callbackOf(bot.fake.interact('azsr-daily', [subcommand('set')], { permissions: MANAGE_SERVER }));
    expect(callback.data.embeds[0].description).toMatch(/^This channel now gets the daily "on this day" post at 09:00 \(Europe\/Belgrade\)\./);
    expect(store.choice('discord', GUILD)).toMatchObject({ channelId: HERE });
    expect(store.choice('discord', GUILD)?.timeZone).toBeUndefined();
  });

  it("GIVEN show THEN lists the server's channel, its zone and the post time", async () => {
    store.set('discord', GUILD, { channelId: NEWS, timeZone: 'Asia/Baku', setBy: '444444444444444444', setAt: '2026-02-15T10:00:00.000Z' });
    const callback = await callbackOf(bot.fake.interact('azsr-daily', [subcommand('show')], { permissions: MANAGE_SERVER }));
    const [embed] = callback.data.embeds;
    expect(callback.data.flags).toBe(EPHEMERAL);
    expect(embed.description).toBe("Posted every day at 09:00, local time of each channel's zone.");
    expect(embed.fields[0]).toMatchObject({ name: 'This server', value: `channel ${NEWS}, Asia/Baku (set by 444444444444444444 on 2026-02-15)` });
  });

  it('GIVEN clear with the channel picker THEN the server has no daily channel', async () => {
    store.set('discord', GUILD, { channelId: NEWS, setBy: '444444444444444444', setAt: '2026-02-15T10:00:00.000Z' });
    const callback = await callbackOf(
      bot.fake.interact('azsr-daily', [subcommand('clear', [channelOption(NEWS)])], { permissions: MANAGE_SERVER, data: resolvedChannel(NEWS) }),
    );
    expect(callback.data.embeds[0].description).toMatch(/^This server no longer has a daily channel/);
    expect(store.choice('discord', GUILD)).toBeUndefined();
  });

  it('GIVEN a member without Manage Server THEN set is refused and nothing changes', async () => {
    const callback = await callbackOf(bot.fake.interact('azsr-daily', [subcommand('set')]));
    expect(callback.data.flags).toBe(EPHEMERAL);
    expect(callback.data.embeds[0].description).toBe('/azsr-daily is for moderators only.');
    expect(store.choice('discord', GUILD)).toBeUndefined();
  });

  it('GIVEN part of a zone typed into set THEN autocompletes with matching zones and their offsets', async () => {
    const typing = subcommand('set', [{ ...stringOption('timezone', 'belgr'), focused: true }]);
    const callback = await callbackOf(bot.fake.interact('azsr-daily', [typing], { type: 4, permissions: MANAGE_SERVER }));
    expect(callback).toEqual({ type: 8, data: { choices: [{ name: 'Europe/Belgrade (GMT+01:00)', value: 'Europe/Belgrade' }] } });
  });

  it("GIVEN nothing typed for the zone yet THEN suggests the bot's zone first", async () => {
    const typing = subcommand('set', [channelOption(NEWS), { ...stringOption('timezone', ''), focused: true }]);
    const callback = await callbackOf(bot.fake.interact('azsr-daily', [typing], { type: 4, permissions: MANAGE_SERVER, data: resolvedChannel(NEWS) }));
    expect(callback.data.choices.map((choice: { value: string }) => choice.value)).toEqual(['Europe/Belgrade', 'Asia/Baku']);
  });

  it('GIVEN a zone it does not know THEN says so privately and changes nothing', async () => {
    const callback = await callbackOf(
      bot.fake.interact('azsr-daily', [subcommand('set', [stringOption('timezone', 'Mars/Olympus')])], { permissions: MANAGE_SERVER }),
    );
    expect(callback.data.flags).toBe(EPHEMERAL);
    expect(callback.data.embeds[0].description).toBe('"Mars/Olympus" is not a time zone I know. Use an IANA name such as Europe/Belgrade or Asia/Baku.');
    expect(store.choice('discord', GUILD)).toBeUndefined();
  });
});
