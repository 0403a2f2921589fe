/** The real Bolt App in Socket Mode against the fake Slack: answers, reconnecting, stopping cleanly. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SlackAdapter } from '../../../src/adapters/slack/index.js';
import { startFakeSlack, type FakeSlack } from '../../fakes/fake-slack.js';
import { ASKER, createTestAdapter, createTestServices, openNetworkHandles, slashCommand, textOf } from './helpers.js';

describe('Slack adapter in Socket Mode', () => {
  let fake: FakeSlack;
  let adapter: SlackAdapter;
  const services = createTestServices();
  const ask = async (text: string) => (await fake.sendEnvelope('slash_commands', slashCommand(text, fake.responseUrl()))).payload ?? {};

  beforeAll(async () => {
    fake = await startFakeSlack();
    adapter = createTestAdapter({ fake, services, mode: 'socket' });
    await adapter.start();
  });

  afterAll(async () => {
    await adapter.stop();
    await fake.close();
    // Nothing may keep Node alive: no server, no WebSocket, no kept-alive connection.
    expect(await openNetworkHandles()).toEqual([]);
  });

  it('connects with the app token through apps.connections.open', () => {
    const open = fake.calls.find((call) => call.method === 'apps.connections.open');
    expect(open?.token).toBe('xapp-test');
    expect(fake.socketsOpened).toBe(1);
  });

  it('GIVEN a question THEN acks the envelope with the cited answer for the channel', async () => {
    const payload = await ask('when did Aliyev visit Niš');
    expect(payload.response_type).toBe('in_channel');
    const text = textOf(payload);
    expect(text).toContain('2023');
    expect(text).toContain('<https://en.wikipedia.org/wiki/Azerbaijan%E2%80%93Serbia_relations|Azerbaijan–Serbia relations>');
    expect(text).toContain(`Asked by <@${ASKER}>`);
  });

  it('GIVEN a private question or a decline THEN the answer is ephemeral', async () => {
    expect((await ask('private when did Aliyev visit Niš')).response_type).toBe('ephemeral');
    expect((await ask('what is the recipe for plov')).response_type).toBe('ephemeral');
  });

  it('GIVEN a 👎 THEN records it and thanks privately through response_url', async () => {
    const factId = services.engine().knowledge.facts[0]?.id as string;
    const responseUrl = fake.responseUrl();
    await fake.sendEnvelope('interactive', {
      type: 'block_actions',
      team: { id: 'T0FAKE', domain: 'fake' },
      user: { id: ASKER, username: 'asker', team_id: 'T0FAKE' },
      api_app_id: 'A0FAKE',
      token: 'legacy',
      container: { type: 'message' },
      trigger_id: '1.2.3',
      channel: { id: 'C0CHANNEL', name: 'general' },
      response_url: responseUrl,
      actions: [
        {
          type: 'button',
          action_id: 'vote_down',
          block_id: 'azsr_vote',
          value: `${factId},no-such-fact`,
          text: { type: 'plain_text', text: '👎' },
          action_ts: '1',
        },
      ],
    });
    expect((await fake.responsePosted(responseUrl)).response_type).toBe('ephemeral');
    expect(services.votesCast.at(-1)).toEqual({ factIds: [factId], vote: 'down' });
  });

  it('GIVEN a dropped connection THEN reconnects and keeps answering', async () => {
    fake.dropSockets();
    await fake.socketReady(2);
    expect(textOf(await ask('when did Aliyev visit Niš'))).toContain('2023');
  });

  it('GIVEN apps.connections.open failing while reconnecting THEN logs, tries again and reconnects without an unhandled rejection', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    let failures = 0;
    fake.answer('apps.connections.open', () => (failures++ === 0 ? { status: 500 } : { ok: true, url: `${fake.baseUrl.replace('http', 'ws')}/socket` }));
    try {
      const before = fake.socketsOpened;
      fake.dropSockets();
      await fake.socketReady(before + 1);
      expect(failures).toBe(2);
      expect(textOf(await ask('when did Aliyev visit Niš'))).toContain('2023');
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  }, 10_000);

  it('GIVEN Slack asks for a refresh THEN a command sent at once on the old connection is answered, and only the new connection stays open', async () => {
    const before = fake.socketsOpened;
    fake.requestRefresh();
    const during = ask('when did Aliyev visit Niš'); // still on the old socket
    expect(textOf(await during)).toContain('2023');
    await fake.socketReady(before + 1);
    while (fake.openSockets > 1) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(fake.openSockets).toBe(1);
    expect(textOf(await ask('when did Aliyev visit Niš'))).toContain('2023');
  });

  it('GIVEN stop() THEN closes the WebSocket with a handshake, and a second stop() does nothing', async () => {
    const other = createTestAdapter({ fake, services, mode: 'socket' });
    await other.start();
    await other.stop();
    await adapter.stop();
    await fake.socketsClosed();
    await adapter.stop();
  });
});
