/** The real Bolt App in HTTP mode against the fake Slack: slash commands, signatures, votes, posts. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SlackAdapter } from '../../../src/adapters/slack/index.js';
import { makeReply } from '../../../src/core/reply.js';
import { startFakeSlack, type FakeSlack } from '../../fakes/fake-slack.js';
import { ASKER, createTestAdapter, createTestServices, openNetworkHandles, MODERATOR, postSigned, runSlashCommand, slashCommand, textOf } from './helpers.js';

const WIKIPEDIA = 'https://en.wikipedia.org/wiki/Azerbaijan%E2%80%93Serbia_relations';

describe('Slack adapter in HTTP mode', () => {
  let fake: FakeSlack;
  let adapter: SlackAdapter;
  let port: number;
  const services = createTestServices();

  beforeAll(async () => {
    fake = await startFakeSlack();
    adapter = createTestAdapter({ fake, services, mode: 'http' });
    await adapter.start();
    port = adapter.port as number;
  });

  afterAll(async () => {
    await adapter.stop();
    await fake.close();
    // Nothing may keep Node alive: no server, no WebSocket, no kept-alive connection.
    expect(await openNetworkHandles()).toEqual([]);
  });

  it('GIVEN a question THEN answers in the channel with the fact, its year and the cited link, saying who asked', async () => {
    const message = await runSlashCommand(port, 'when did Aliyev visit Niš', fake.responseUrl());
    expect(message.response_type).toBe('in_channel');
    const text = textOf(message);
    expect(text).toContain('Niš');
    expect(text).toContain('2023');
    expect(text).toContain(`<${WIKIPEDIA}|Azerbaijan–Serbia relations>`);
    expect(text).toContain(`Asked by <@${ASKER}>`);
    expect(message.text).toMatch(/2023/);
    expect(textOf(message.blocks)).toContain('"action_id":"vote_up"');
  });

  it('GIVEN help THEN lists the commands privately, with <question> escaped', async () => {
    const message = await runSlashCommand(port, 'help', fake.responseUrl());
    expect(message.response_type).toBe('ephemeral');
    const text = textOf(message);
    expect(text).toContain('/azsr today');
    expect(text).toContain('/azsr &lt;question&gt;');
    expect(text).not.toContain('<question>');
  });

  it('GIVEN a bare /azsr THEN shows the help', async () => {
    const message = await runSlashCommand(port, '', fake.responseUrl());
    expect(textOf(message)).toContain('/azsr sources');
  });

  it('GIVEN today with a date THEN shows what happened that day with its sources', async () => {
    const message = await runSlashCommand(port, 'today 02-15', fake.responseUrl());
    expect(message.response_type).toBe('in_channel');
    const text = textOf(message);
    expect(text).toMatch(/15 February/);
    expect(text).toContain('"type":"header"');
    expect(text).toMatch(/<https:\/\/[^|]+\|/);
  });

  it('GIVEN today without a date THEN uses the injected clock', async () => {
    const message = await runSlashCommand(port, 'today', fake.responseUrl());
    expect(textOf(message)).toMatch(/15 February/);
  });

  it('GIVEN sources THEN lists every source document as a link', async () => {
    const message = await runSlashCommand(port, 'sources', fake.responseUrl());
    const text = textOf(message);
    expect(text).toContain(`<${WIKIPEDIA}|`);
    expect(text).toContain('rusi.org');
  });

  it('GIVEN --private or a leading "private" THEN only the asker sees the answer', async () => {
    for (const text of ['when did Aliyev visit Niš --private', 'private when did Aliyev visit Niš']) {
      const message = await runSlashCommand(port, text, fake.responseUrl());
      expect(message.response_type).toBe('ephemeral');
      expect(textOf(message)).toContain('2023');
      expect(textOf(message)).not.toContain('Asked by');
    }
  });

  it('GIVEN a question the bot cannot answer THEN declines privately with suggestions', async () => {
    const message = await runSlashCommand(port, 'what is the recipe for plov', fake.responseUrl());
    expect(message.response_type).toBe('ephemeral');
    expect(textOf(message)).toContain('I can tell you about');
    expect(textOf(message)).not.toContain('vote_up');
  });

  it('GIVEN an unreadable date THEN the error is private and the user text is escaped', async () => {
    const message = await runSlashCommand(port, 'today <!channel>', fake.responseUrl());
    expect(message.response_type).toBe('ephemeral');
    expect(textOf(message)).toContain('&lt;!channel&gt;');
    expect(textOf(message)).not.toContain('<!channel>');
  });

  it('GIVEN mention markup in a question THEN none of it reaches Slack unescaped', async () => {
    const declined = textOf(await runSlashCommand(port, '<!channel> <@U123> <b>nothing</b> & more', fake.responseUrl()));
    const answered = textOf(await runSlashCommand(port, 'when did Aliyev visit Niš <!here> & <b>x</b> <@U1>', fake.responseUrl()));
    expect(answered).toContain('2023');
    // The core drops mention markup from questions; what is left of the user's text is escaped.
    expect(answered).toContain('&amp; &lt;b&gt;x&lt;/b&gt;');
    for (const text of [declined, answered]) {
      for (const raw of ['<!channel>', '<!here>', '<@U1', '& <']) expect(text).not.toContain(raw);
    }
  });

  it('GIVEN a slow command THEN acks empty at once and answers through response_url', async () => {
    // The command cannot finish until the ack has arrived, so an ack that waited for it never comes.
    let finish = () => {};
    const answerMayFinish = new Promise<void>((resolve) => {
      finish = resolve;
    });
    const slow = createTestAdapter({
      fake,
      services,
      mode: 'http',
      ackDeadlineMs: 50,
      commands: [
        {
          name: 'azsr',
          description: 'slow',
          options: [{ name: 'question', description: 'q', type: 'string' }],
          access: 'everyone',
          slackWord: '',
          example: 'azsr',
          run: async () => {
            await answerMayFinish;
            return makeReply({ kind: 'info', title: 'Slow', body: 'done <!here>' });
          },
        },
      ],
    });
    await slow.start();
    try {
      const responseUrl = fake.responseUrl();
      expect(await runSlashCommand(slow.port as number, 'anything', responseUrl)).toEqual({});
      finish();
      const posted = await fake.responsePosted(responseUrl);
      expect(posted.response_type).toBe('in_channel');
      expect(textOf(posted)).toContain('done &lt;!here&gt;');
    } finally {
      await slow.stop();
    }
  });

  it('GIVEN a moderator-only command THEN refuses others privately and serves moderators', async () => {
    const modOnly = createTestAdapter({
      fake,
      services,
      mode: 'http',
      commands: [
        {
          name: 'azsr-reload',
          description: 'reload',
          options: [],
          access: 'moderator',
          slackWord: 'reload',
          example: 'azsr-reload',
          run: () => makeReply({ kind: 'info', title: 'Reloaded', body: 'ok', private: true }),
        },
      ],
    });
    await modOnly.start();
    try {
      const refused = await runSlashCommand(modOnly.port as number, 'reload', fake.responseUrl());
      expect(refused.response_type).toBe('ephemeral');
      expect(textOf(refused)).toContain('for moderators only');
      const served = await runSlashCommand(modOnly.port as number, 'reload', fake.responseUrl(), MODERATOR);
      expect(textOf(served)).toContain('Reloaded');
    } finally {
      await modOnly.stop();
    }
  });

  it('GIVEN a 👍 on an answer THEN records it for the facts and thanks privately', async () => {
    const answer = await runSlashCommand(port, 'when did Aliyev visit Niš', fake.responseUrl());
    const actions = (answer.blocks as { type: string; elements?: { action_id: string; value: string }[] }[]).find((block) => block.type === 'actions');
    const up = actions?.elements?.find((element) => element.action_id === 'vote_up');
    expect(up?.value).toBeTruthy();
    const responseUrl = fake.responseUrl();
    const payload = {
      type: 'block_actions',
      team: { id: 'T0FAKE', domain: 'fake' },
      user: { id: ASKER, username: 'asker', team_id: 'T0FAKE' },
      api_app_id: 'A0FAKE',
      token: 'legacy',
      container: { type: 'message' },
      trigger_id: '1.2.3',
      channel: { id: 'C0CHANNEL', name: 'general' },
      response_url: responseUrl,
      actions: [{ type: 'button', action_id: 'vote_up', block_id: 'azsr_vote', value: up?.value, text: { type: 'plain_text', text: '👍' }, action_ts: '1' }],
    };
    const response = await postSigned(port, new URLSearchParams({ payload: JSON.stringify(payload) }).toString());
    expect(response.status).toBe(200);
    const thanks = await fake.responsePosted(responseUrl);
    expect(thanks).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(services.votesCast.at(-1)).toEqual({ factIds: up?.value.split(','), vote: 'up' });
  });

  it('GIVEN post() THEN sends the rendered, escaped reply with chat.postMessage', async () => {
    await adapter.post('C0DAILY', makeReply({ kind: 'info', title: 'On this day', body: 'Something <!channel> happened' }));
    const call = fake.calls.filter((c) => c.method === 'chat.postMessage').at(-1);
    expect(call?.token).toBe('xoxb-test');
    expect(call?.params.channel).toBe('C0DAILY');
    expect(textOf(call?.params.blocks)).toContain('Something &lt;!channel&gt; happened');
    expect(call?.params.text).not.toContain('<!channel>');
  });

  describe('signatures', () => {
    const body = () => new URLSearchParams(slashCommand('help', 'http://127.0.0.1:1/unused')).toString();

    it('refuses a request without a signature', async () => {
      expect((await postSigned(port, body(), { signature: null })).status).toBe(401);
    });

    it('refuses a request signed with the wrong secret', async () => {
      expect((await postSigned(port, body(), { secret: 'not-the-secret' })).status).toBe(401);
    });

    it('refuses a tampered body', async () => {
      const signed = body();
      const timestamp = Math.floor(Date.now() / 1000);
      const { createHmac } = await import('node:crypto');
      const signature = `v0=${createHmac('sha256', 'test-signing-secret').update(`v0:${timestamp}:${signed}`).digest('hex')}`;
      const tampered = signed.replace('help', 'sources');
      expect((await postSigned(port, tampered, { timestamp, signature })).status).toBe(401);
    });

    it('refuses a request older than 300 seconds', async () => {
      expect((await postSigned(port, body(), { timestamp: Math.floor(Date.now() / 1000) - 301 })).status).toBe(401);
    });
  });
});
