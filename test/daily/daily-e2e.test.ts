/**
 * End to end: the real Discord and Slack adapters, started against the fake Discord and fake Slack
 * of the adapter tests on 127.0.0.1, get the scheduled post in every configured channel exactly once,
 * including channels that moderators set in chat through those same adapters.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import { createDiscordAdapter } from '../../src/adapters/discord/index.js';
import { createSlackAdapter, type SlackAdapter } from '../../src/adapters/slack/index.js';
import type { Adapter } from '../../src/core/adapter.js';
import type { Services } from '../../src/answer/services.js';
import { DailySettingsFile } from '../../src/daily/settings-file.js';
import { PostedLog } from '../../src/daily/posted-log.js';
import { startDailyPosts, type DailyPosts } from '../../src/daily/start.js';
import { KnowledgeStore } from '../../src/answer/knowledge-store.js';
import { FakeDiscord } from '../fakes/fake-discord.js';
import { startFakeSlack, type FakeSlack } from '../fakes/fake-slack.js';
import { MODERATOR, runSlashCommand, SIGNING_SECRET } from '../adapters/slack/helpers.js';
import { createTempDir, removeTempDirs, waitFor } from './helpers.js';

const NOW = new Date('2026-02-15T12:00:00Z'); // 13:00 in Belgrade, 16:00 in Baku: past 09:00 in both
const DISCORD_CHANNELS = ['555555555555555501', '555555555555555502'];
const SLACK_CHANNELS = ['C0DAILY1', 'C0GONE'];

interface World {
  dataDir: string;
  settings: DailySettingsFile;
  discordFake: FakeDiscord;
  slackFake: FakeSlack;
  adapters: Adapter[];
  slack: SlackAdapter;
  daily?: DailyPosts;
}
let world: World;

const store = new KnowledgeStore('knowledge');
store.reload();

/** Starts the daily posts over the world's adapters and DATA_DIR, as `npm start` does. */
function startDaily(): DailyPosts {
  world.daily?.stop();
  world.daily = startDailyPosts({
    settings: world.settings,
    adapters: world.adapters,
    dataDir: world.dataDir,
    knowledge: () => store.engine().knowledge,
    now: () => NOW,
    retry: { attempts: 2, delayMs: () => 10 },
  });
  return world.daily;
}

const discordPosts = (channelId: string) =>
  world.discordFake.requests.filter((r) => r.method === 'POST' && r.path === `/api/v10/channels/${channelId}/messages`);
const slackPosts = (channel: string) => world.slackFake.calls.filter((c) => c.method === 'chat.postMessage' && c.params.channel === channel);
const allPostCounts = () => [...DISCORD_CHANNELS.map((id) => discordPosts(id).length), ...SLACK_CHANNELS.map((id) => slackPosts(id).length)];

beforeEach(async () => {
  const dataDir = createTempDir();
  const settings = DailySettingsFile.in(dataDir, {
    time: '09:00',
    timeZone: 'Europe/Belgrade',
    discordChannelIds: DISCORD_CHANNELS,
    slackChannelIds: SLACK_CHANNELS,
  });
  const services: Services = { engine: () => store.engine(), now: () => NOW, timeZone: 'Europe/Belgrade', daily: settings };
  const discordFake = await FakeDiscord.start();
  const slackFake = await startFakeSlack();
  // A deleted channel: Slack refuses every post to it.
  slackFake.answer('chat.postMessage', (call) =>
    call.params.channel === 'C0GONE' ? { ok: false, error: 'channel_not_found' } : { ok: true, channel: call.params.channel, ts: `${Date.now() / 1000}` },
  );
  const discord = createDiscordAdapter(
    { token: discordFake.token, applicationId: discordFake.applicationId, apiUrl: discordFake.apiUrl },
    { commands, services },
  );
  const slack = createSlackAdapter(
    { botToken: 'xoxb-test', signingSecret: SIGNING_SECRET, port: 0, apiUrl: slackFake.apiUrl, moderatorIds: [MODERATOR] },
    { commands, services },
    { retryConfig: { retries: 0 }, host: '127.0.0.1' },
  );
  await discord.start();
  await slack.start();
  world = { dataDir, settings, discordFake, slackFake, adapters: [discord, slack], slack };
});

afterEach(async () => {
  world.daily?.stop();
  await Promise.allSettled(world.adapters.map((adapter) => adapter.stop()));
  await world.discordFake.close();
  await world.slackFake.close();
  removeTempDirs();
});

describe('daily post, end to end through the fake Discord and fake Slack', () => {
  it('GIVEN channels in settings THEN each gets the 15 February post once, a deleted one fails alone, and a restart posts nothing more', async () => {
    startDaily();
    await waitFor(() => allPostCounts().join() === '1,1,1,2');

    for (const id of DISCORD_CHANNELS) {
      const body = discordPosts(id)[0]!.body;
      expect(body.allowed_mentions).toEqual({ parse: [] });
      expect(body.embeds[0].title).toBe('On this day: 15 February');
      expect(JSON.stringify(body.embeds)).toContain('Statehood Day');
    }
    const slackText = JSON.stringify(slackPosts('C0DAILY1')[0]!.params);
    expect(slackText).toContain('On this day: 15 February');
    expect(slackText).toContain('Strategic Partnership Council');

    // Later ticks the same day post nothing more, not even retries of the deleted channel.
    await world.daily!.scheduler.runDue(new Date('2026-02-15T20:00:00Z'));
    expect(allPostCounts()).toEqual([1, 1, 1, 2]);
    // A restart over the same DATA_DIR reposts nowhere; only the failed channel gets one more
    // bounded round (someone may have fixed it), which fails again.
    await startDaily().scheduler.runDue(new Date('2026-02-15T21:00:00Z'));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(allPostCounts()).toEqual([1, 1, 1, 4]);
  });

  it('GIVEN moderators set daily channels in chat THEN those channels get the post at once, once, and not again after a restart', async () => {
    startDaily();
    await waitFor(() => allPostCounts().join() === '1,1,1,2');

    // Each names a channel other than the one it is typed in: a Slack mention, Discord's channel picker.
    const ack = await runSlashCommand(world.slack.port!, 'daily set <#C0NEWS|news> Asia/Baku', world.slackFake.responseUrl(), MODERATOR);
    expect(JSON.stringify(ack)).toContain('Channel C0NEWS now gets the daily');
    await waitFor(() => slackPosts('C0NEWS').length === 1);

    const modChannel = '666666666666666601';
    const set = { name: 'set', type: 1, options: [{ name: 'channel', type: 7, value: modChannel }] };
    const resolved = { channels: { [modChannel]: { id: modChannel, type: 0, name: 'daily', permissions: '0' } } };
    world.discordFake.interact('azsr-daily', [set], { permissions: '32', guildId: '222222222222222222', channelId: '666666666666666699', data: { resolved } });
    await waitFor(() => discordPosts(modChannel).length === 1);
    expect(discordPosts(modChannel)[0]!.body.allowed_mentions).toEqual({ parse: [] });

    // Both posts were recorded (a post is recorded just after the platform accepts it, so a
    // restart in between would rightly post again), and both choices were persisted: a restart
    // reads them back and posts nothing more today.
    await waitFor(() => ['slack:C0NEWS', `discord:${modChannel}`].every((key) => PostedLog.in(world.dataDir).lastDay(key) === '2026-02-15'));
    const reread = DailySettingsFile.in(world.dataDir, { time: '09:00', timeZone: 'Europe/Belgrade', discordChannelIds: [], slackChannelIds: [] });
    expect(reread.choices().map((c) => `${c.platform}:${c.serverId}:${c.channelId}:${c.timeZone ?? '-'}`)).toEqual([
      'slack:T0FAKE:C0NEWS:Asia/Baku',
      'discord:222222222222222222:666666666666666601:-',
    ]);
    await startDaily().scheduler.runDue(new Date('2026-02-15T22:00:00Z'));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect([
      slackPosts('C0NEWS').length,
      slackPosts('C0CHANNEL').length,
      discordPosts(modChannel).length,
      discordPosts('666666666666666699').length,
      ...allPostCounts().slice(0, 3),
    ]).toEqual([1, 0, 1, 0, 1, 1, 1]);
  });
});
