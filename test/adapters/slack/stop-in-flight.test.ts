/** stop() lets a reply in flight finish: the slow answer still reaches response_url before it resolves. */
import { describe, expect, it } from 'vitest';
import { commands } from '../../../commands/index.js';
import type { CommandDefinition } from '../../../src/core/command.js';
import { startFakeSlack } from '../../fakes/fake-slack.js';
import { createTestAdapter, createTestServices, postSigned, slashCommand, textOf } from './helpers.js';

describe('Slack adapter stop() with a reply in flight', () => {
  it('GIVEN a question still being answered after the ack WHEN stop() is called THEN the answer is posted first, then it stops', async () => {
    let finish: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      finish = resolve;
    });
    const ask = commands.find((command) => command.name === 'azsr') as CommandDefinition;
    const slowAsk: CommandDefinition = {
      ...ask,
      run: async (context, args) => {
        await gate;
        return ask.run(context, args);
      },
    };
    const fake = await startFakeSlack();
    const adapter = createTestAdapter({ fake, services: createTestServices(), mode: 'http', commands: [slowAsk], ackDeadlineMs: 20 });
    await adapter.start();
    try {
      const responseUrl = fake.responseUrl();
      const ack = await postSigned(adapter.port as number, new URLSearchParams(slashCommand('when did Aliyev visit Niš', responseUrl)).toString());
      expect(ack.status).toBe(200);

      let stopped = false;
      const stopping = adapter.stop().then(() => {
        stopped = true;
      });
      await new Promise((resolve) => setImmediate(resolve));
      expect(stopped).toBe(false);
      expect(adapter.status?.()).toBe('stopped'); // no longer reported as serving

      finish();
      await stopping;
      // Already there when stop() resolved: not waited for here.
      const posted = await Promise.race([fake.responsePosted(responseUrl), new Promise((resolve) => setImmediate(resolve, 'not posted yet'))]);
      expect(textOf(posted)).toContain('Niš');
    } finally {
      await adapter.stop();
      await fake.close();
    }
  });
});
