/** Signed but malformed vote payloads: a clean 200 and a private note, never HTTP 500. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SlackAdapter } from '../../../src/adapters/slack/index.js';
import { startFakeSlack, type FakeSlack } from '../../fakes/fake-slack.js';
import { ASKER, createTestAdapter, createTestServices, postSigned } from './helpers.js';

describe('Slack votes with malformed values', () => {
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
  });

  const vote = (action: Record<string, unknown>, extra: Record<string, unknown> = {}) => {
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
      actions: [{ type: 'button', action_id: 'vote_up', block_id: 'azsr_vote', text: { type: 'plain_text', text: '👍' }, action_ts: '1', ...action }],
      ...extra,
    };
    return { responseUrl, send: () => postSigned(port, new URLSearchParams({ payload: JSON.stringify(payload) }).toString()) };
  };

  for (const [name, action] of [
    ['no value', {}],
    ['a number', { value: 12 }],
    ['an object', { value: { a: 1 } }],
    ['junk text', { value: '../../etc,,%%' }],
  ] as const) {
    it(`GIVEN a vote whose value is ${name} THEN 200 and a private note that nothing was recorded`, async () => {
      const { responseUrl, send } = vote(action);
      const response = await send();
      expect(response.status).toBe(200);
      const note = await fake.responsePosted(responseUrl);
      expect(note).toMatchObject({ response_type: 'ephemeral', replace_original: false, text: expect.stringMatching(/nothing was recorded/) });
    });
  }
});

describe('Slack logs', () => {
  it('GIVEN /azsr fails unexpectedly THEN the log names the channel, never who asked, and the asker gets the apology', async () => {
    const { respondTo } = await import('../../../src/adapters/slack/slash-command.js');
    const { log } = await import('../../../src/core/log.js');
    const { vi } = await import('vitest');
    const errors = vi.spyOn(log, 'error').mockImplementation(() => undefined);
    const broken = { commands: undefined as never, services: createTestServices(), moderatorIds: new Set<string>(), ackDeadlineMs: 2000 };
    const command = { user_id: 'U0SECRETUSER', user_name: 'asker', team_id: 'T0FAKE', channel_id: 'C0CHANNEL', text: 'when did Aliyev visit Niš' } as never;
    const reply = await respondTo(command, broken);
    expect(reply).toMatchObject({ response_type: 'ephemeral' });
    expect(errors).toHaveBeenCalledWith('slack: /azsr failed', expect.objectContaining({ channel: 'C0CHANNEL' }));
    expect(JSON.stringify(errors.mock.calls)).not.toContain('U0SECRETUSER');
    errors.mockRestore();
  });
});
