/** `/azsr daily …` typed in Slack, through the real Bolt app in HTTP mode against the fake Slack. */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { SlackAdapter } from '../../../src/adapters/slack/index.js';
import { DailySettingsFile } from '../../../src/daily/settings-file.js';
import { startFakeSlack, type FakeSlack } from '../../fakes/fake-slack.js';
import { createTempDir, removeTempDirs } from '../../daily/helpers.js';
import { createTestAdapter, createTestServices, MODERATOR, runSlashCommand, textOf } from './helpers.js';

describe('/azsr daily on Slack', () => {
  let fake: FakeSlack;
  let adapter: SlackAdapter;
  let store: DailySettingsFile;
  const run = (text: string, user = MODERATOR) => runSlashCommand(adapter.port as number, text, fake.responseUrl(), user);

  beforeAll(async () => {
    fake = await startFakeSlack();
    store = DailySettingsFile.in(createTempDir(), { time: '09:00', timeZone: 'Europe/Belgrade', discordChannelIds: [], slackChannelIds: [] });
    adapter = createTestAdapter({ fake, services: { ...createTestServices(), daily: store }, mode: 'http' });
    await adapter.start();
  });
  afterEach(() => store.clear('slack', 'T0FAKE'));
  afterAll(async () => {
    await adapter.stop();
    await fake.close();
    removeTempDirs();
  });

  it("GIVEN set with a channel mention and a zone THEN that channel is the workspace's daily channel, said privately", async () => {
    const message = await run('daily set <#C0NEWS|news> Asia/Baku');
    expect(message.response_type).toBe('ephemeral');
    expect(textOf(message)).toContain('Channel C0NEWS now gets the daily \\"on this day\\" post at 09:00 (Asia/Baku).');
    expect(store.choice('slack', 'T0FAKE')).toMatchObject({ channelId: 'C0NEWS', timeZone: 'Asia/Baku', setBy: MODERATOR });
  });

  it('GIVEN set with only a zone THEN the channel it was typed in', async () => {
    const message = await run('daily set europe/belgrade');
    expect(textOf(message)).toContain('This channel now gets the daily');
    expect(store.choice('slack', 'T0FAKE')).toMatchObject({ channelId: 'C0CHANNEL', timeZone: 'Europe/Belgrade' });
  });

  it('GIVEN show THEN the channel, its zone and the post time', async () => {
    await run('daily set <#C0NEWS|news> Asia/Baku');
    const text = textOf(await run('daily show'));
    expect(text).toContain('Posted every day at 09:00');
    expect(text).toContain('channel C0NEWS, Asia/Baku');
  });

  it("GIVEN clear with the daily channel's mention THEN it is cleared; with another channel THEN nothing changes", async () => {
    await run('daily set <#C0NEWS|news>');
    expect(textOf(await run('daily clear <#C0OTHER|other>'))).toContain("Channel C0OTHER is not this workspace's daily channel; channel C0NEWS is.");
    expect(store.choice('slack', 'T0FAKE')).toMatchObject({ channelId: 'C0NEWS' });
    expect(textOf(await run('daily clear <#C0NEWS|news>'))).toContain('This workspace no longer has a daily channel.');
    expect(store.choice('slack', 'T0FAKE')).toBeUndefined();
  });

  it('GIVEN a channel as plain text, which Slack sends when it does not escape channels THEN says to run it in that channel', async () => {
    const message = await run('daily set #news');
    expect(message.response_type).toBe('ephemeral');
    expect(textOf(message)).toContain("is a channel's name, not the channel itself");
    expect(store.choice('slack', 'T0FAKE')).toBeUndefined();
  });

  it('GIVEN someone who is not a moderator THEN refused, and nothing changes', async () => {
    const message = await run('daily set <#C0NEWS|news>', 'U0SOMEONE');
    expect(textOf(message)).toContain('/azsr-daily is for moderators only.');
    expect(store.choice('slack', 'T0FAKE')).toBeUndefined();
  });
});
