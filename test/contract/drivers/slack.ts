/**
 * Slack as a contract front end: the real adapter (Bolt) against the fake Slack, over HTTP (signed
 * requests to /slack/events) or Socket Mode (envelopes on the WebSocket). The outcome is read from
 * the message Slack received: the acknowledgement's payload, or what was posted to response_url.
 */
import { commands } from '../../../commands/index.js';
import type { CommandArgs } from '../../../src/core/command.js';
import type { Vote } from '../../../src/core/services.js';
import type { SlackAdapter } from '../../../src/adapters/slack/index.js';
import { startFakeSlack, type FakeSlack } from '../../fakes/fake-slack.js';
import { ASKER, createTestAdapter, MODERATOR, postSigned, runSlashCommand, slashCommand } from '../../adapters/slack/helpers.js';
import type { Driver, FrontEnd, Outcome, Person } from '../front-end.js';
import type { World } from '../world.js';
import { commandNamed, typedText } from './typed-text.js';

type Mode = 'http' | 'socket';
const PEOPLE: Record<Person, string> = { member: ASKER, 'another member': 'U0OTHER', moderator: MODERATOR };

// biome-ignore lint/suspicious/noExplicitAny: Block Kit JSON as the fake server received it.
type Message = any;

/** Slack's markup read as a person sees it: links as their labels, mentions as @names, entities decoded. */
function readMrkdwn(mrkdwn: string, links: string[]): string {
  return mrkdwn
    .replace(/<(https?:[^|>]+)(?:\|([^>]*))?>/g, (_, url: string, label?: string) => {
      links.push(url.replace(/&amp;/g, '&'));
      return label ?? url;
    })
    .replace(/<[@!]([^|>]+)(?:\|[^>]*)?>/g, '@$1')
    .replace(/(^|[\s(“])[*_]([^*_\n]+)[*_](?=$|[\s).,:;”])/gm, '$1$2')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

function visibleParts(message: Message): string[] {
  if (!Array.isArray(message.blocks)) return [message.text ?? ''];
  return message.blocks.flatMap((block: Message) => {
    if (block.type === 'context') return block.elements.map((element: Message) => element.text);
    return block.text ? [block.text.text] : [];
  });
}

/** Mentions anywhere in the message (blocks or notification text) of anyone but `asker`. */
function pingsIn(message: Message, asker: string): string[] {
  const mentions = JSON.stringify(message).match(/<(?:![a-z]+(?:\^[A-Z0-9]+)?|@[UW][A-Z0-9]+)(?:\|[^>]*)?>/g) ?? [];
  return mentions.filter((mention) => mention !== `<@${asker}>`);
}

class SlackDriver implements Driver {
  constructor(
    private readonly fake: FakeSlack,
    private readonly adapter: SlackAdapter,
    private readonly mode: Mode,
  ) {}

  async send(name: string, args: CommandArgs = {}, as: Person = 'member'): Promise<Outcome> {
    const command = commandNamed(commands, name);
    const text = [command.slackWord, typedText(command, args)].filter(Boolean).join(' ');
    const responseUrl = this.fake.responseUrl();
    const acked =
      this.mode === 'http'
        ? await runSlashCommand(this.adapter.port as number, text, responseUrl, PEOPLE[as])
        : ((await this.fake.sendEnvelope('slash_commands', slashCommand(text, responseUrl, PEOPLE[as]))).payload ?? {});
    // A reply not ready for the acknowledgement follows through response_url.
    const message = Object.keys(acked).length > 0 ? acked : await this.fake.responsePosted(responseUrl);
    return this.outcomeOf(message, PEOPLE[as]);
  }

  spell = (command: { slackWord: string }) => `/azsr ${command.slackWord || '<question>'}`;

  pressVote(vote: Vote, facts: string, as: Person = 'member'): Promise<Outcome> {
    return this.press(`vote_${vote}`, facts, as);
  }

  async close(): Promise<void> {
    await this.adapter.stop();
    await this.fake.close();
  }

  /** Presses a button as Slack reports it (block_actions); the answer comes through response_url. */
  private async press(actionId: string, value: unknown, as: Person): Promise<Outcome> {
    const responseUrl = this.fake.responseUrl();
    const payload = {
      type: 'block_actions',
      team: { id: 'T0FAKE', domain: 'fake' },
      user: { id: PEOPLE[as], username: 'voter', team_id: 'T0FAKE' },
      api_app_id: 'A0FAKE',
      token: 'legacy',
      container: { type: 'message' },
      trigger_id: '1.2.3',
      channel: { id: 'C0CHANNEL', name: 'general' },
      response_url: responseUrl,
      actions: [{ type: 'button', action_id: actionId, block_id: 'azsr_vote', value, text: { type: 'plain_text', text: '👍' }, action_ts: '1' }],
    };
    if (this.mode === 'http') {
      const response = await postSigned(this.adapter.port as number, new URLSearchParams({ payload: JSON.stringify(payload) }).toString());
      if (response.status !== 200) throw new Error(`contract: the vote was answered with HTTP ${response.status}`);
    } else await this.fake.sendEnvelope('interactive', payload);
    return this.outcomeOf(await this.fake.responsePosted(responseUrl), PEOPLE[as]);
  }

  private outcomeOf(message: Message, asker: string): Outcome {
    const links: string[] = [];
    const text = visibleParts(message)
      .map((part) => readMrkdwn(part, links))
      .join('\n');
    const actions = (message.blocks ?? []).filter((block: Message) => block.type === 'actions').flatMap((block: Message) => block.elements);
    return {
      text,
      private: message.response_type === 'ephemeral',
      links,
      buttons: actions.map((button: Message) => ({
        label: `${button.text.text} ${button.accessibility_label ?? ''}`.trim(),
        press: (as?: Person) => this.press(button.action_id, button.value, as ?? 'member'),
      })),
      pings: pingsIn(message, asker),
    };
  }
}

function slackFrontEnd(mode: Mode, name: string): FrontEnd {
  return {
    name,
    cannot: {},
    async start(world: World) {
      const fake = await startFakeSlack();
      const adapter = createTestAdapter({ fake, services: world.services, mode });
      await adapter.start();
      return new SlackDriver(fake, adapter, mode);
    },
  };
}

export const slackHttpFrontEnd = slackFrontEnd('http', 'Slack over HTTP');
export const slackSocketFrontEnd = slackFrontEnd('socket', 'Slack in Socket Mode');
