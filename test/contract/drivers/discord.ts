/**
 * Discord as a contract front end: the real adapter (discord.js) against the fake Discord. A
 * command is dispatched as an interaction from a member; the outcome is read from the message the
 * bot sent for it (the interaction's callback, or the edit or follow-up after a defer).
 */
import { commands } from '../../../commands/index.js';
import { optionsFor, type CommandArgs, type CommandOption } from '../../../src/core/command.js';
import type { FakeInteractionOptions, RecordedRequest } from '../../fakes/fake-discord.js';
import { booleanOption, startConnectedAdapter, stringOption, type ConnectedAdapter } from '../../adapters/discord/harness.js';
import type { Driver, FrontEnd, Outcome, Person } from '../front-end.js';
import { commandNamed, mentionMarkup } from './typed-text.js';

const EPHEMERAL = 64;
const MANAGE_SERVER = '32';
const PEOPLE: Record<Person, FakeInteractionOptions> = {
  member: { userId: '444444444444444444' },
  'another member': { userId: '444444444444444445' },
  moderator: { userId: '444444444444444446', permissions: MANAGE_SERVER },
};

// biome-ignore lint/suspicious/noExplicitAny: Discord's message JSON as the fake server recorded it.
type Message = any;

/** One option as Discord sends it: a boolean, a channel's id (type 7) or text. */
function optionJson(option: CommandOption<unknown>, value: string | boolean) {
  if (option.type === 'boolean') return booleanOption(option.name, value === true);
  if (option.type === 'channel') return { name: option.name, type: 7, value: String(value) };
  return stringOption(option.name, String(value));
}

/** The visible text of a message with masked links replaced by their labels, and the links' targets. */
function readText(message: Message): { text: string; links: string[] } {
  const parts: string[] = [message.content ?? ''];
  for (const embed of message.embeds ?? []) {
    parts.push(embed.title ?? '', embed.description ?? '', embed.footer?.text ?? '');
    for (const field of embed.fields ?? []) parts.push(field.name, field.value);
  }
  const links: string[] = [];
  const text = parts
    .filter(Boolean)
    .join('\n')
    .replace(/\[((?:\\.|[^\]\\])*)\]\((https?:\/\/[^)\s]+)\)/g, (_, label: string, url: string) => {
      links.push(url);
      return label;
    })
    .replace(/\\([^\w\s])/g, '$1');
  return { text, links };
}

class DiscordDriver implements Driver {
  constructor(private readonly bot: ConnectedAdapter) {}

  async send(name: string, args: CommandArgs = {}, as: Person = 'member'): Promise<Outcome> {
    const command = commandNamed(commands, name);
    const options = optionsFor(command, args.subcommand).flatMap((option) => {
      const value = args[option.name];
      return value === undefined ? [] : [optionJson(option, value)];
    });
    // A subcommand (type 1) carries its own options.
    const sent = command.subcommands && args.subcommand ? [{ name: args.subcommand, type: 1, options }] : options;
    return this.outcomeOf(this.bot.fake.interact(name, sent, PEOPLE[as]));
  }

  spell = (command: { name: string }) => `/${command.name}`;

  pressVote(vote: string, facts: string, as: Person = 'member'): Promise<Outcome> {
    return this.outcomeOf(this.bot.fake.click(`vote:${vote}:${facts}`, PEOPLE[as]));
  }

  close(): Promise<void> {
    return this.bot.close();
  }

  /** The message the bot sent for an interaction, and whether only the member saw it. */
  private async outcomeOf(interaction: { id: string; token: string }): Promise<Outcome> {
    const { fake } = this.bot;
    const isFor = (r: RecordedRequest) =>
      r.path.includes(`/interactions/${interaction.id}/`) || r.path.includes(`/webhooks/${fake.applicationId}/${interaction.token}`);
    const carriesMessage = (r: RecordedRequest) => (r.path.endsWith('/callback') ? r.body?.type === 4 : r.method === 'PATCH' || r.method === 'POST');
    const sent = await fake.waitFor((r) => isFor(r) && carriesMessage(r));
    const message: Message = sent.path.endsWith('/callback') ? sent.body.data : sent.body;
    // An edit of a deferred reply keeps the privacy the defer chose.
    const flags = sent.method === 'PATCH' ? fake.requests.find((r) => isFor(r) && r.body?.type === 5)?.body.data?.flags : message.flags;
    const { text, links } = readText(message);
    const noMentions = JSON.stringify(message.allowed_mentions) === JSON.stringify({ parse: [] });
    return {
      text,
      private: ((flags ?? 0) & EPHEMERAL) !== 0,
      links,
      buttons: (message.components ?? [])
        .flatMap((row: Message) => row.components)
        .map((button: Message) => ({
          label: `${button.emoji?.name ?? ''} ${button.label ?? ''}`.trim(),
          press: (as?: Person) => this.outcomeOf(fake.click(button.custom_id, PEOPLE[as ?? 'member'])),
        })),
      pings: noMentions ? [] : mentionMarkup(JSON.stringify([message.content, message.embeds])),
    };
  }
}

export const discordFrontEnd: FrontEnd = {
  name: 'Discord',
  cannot: {},
  async start(world) {
    return new DiscordDriver(await startConnectedAdapter({ services: world.services }));
  },
};
