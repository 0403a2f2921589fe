/**
 * The console as a contract front end: each command typed as a line into `runConsole`, the text it
 * printed read back. The console has no privacy, buttons or other people, and says so.
 */
import { PassThrough } from 'node:stream';
import { commands } from '../../../commands/index.js';
import { runConsole } from '../../../src/console/console.js';
import type { Driver, FrontEnd, Outcome } from '../front-end.js';
import type { World } from '../world.js';
import { commandNamed, mentionMarkup, typedText } from './typed-text.js';

async function typeLine(world: World, line: string): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = '';
  output.on('data', (chunk: Buffer) => {
    printed += chunk.toString();
  });
  const done = runConsole({ input, output, commands, services: world.services, interactive: false });
  input.end(`${line}\n`);
  await done;
  // The first line is the console's greeting, not the reply.
  return printed.split('\n').slice(1).join('\n').trim();
}

function outcomeOf(text: string): Outcome {
  return { text, private: undefined, links: text.match(/https?:\/\/\S+/g) ?? [], buttons: [], pings: mentionMarkup(text) };
}

export const consoleFrontEnd: FrontEnd = {
  name: 'console',
  cannot: {
    privacy: 'the console shows every reply to the one person at the terminal',
    buttons: 'a terminal has no buttons to vote with',
    members: 'whoever runs the console runs the bot, and is its moderator',
    daily: 'the daily post runs with the Discord or Slack bot, not on the console',
  },
  async start(world): Promise<Driver> {
    return {
      async send(name, args = {}) {
        const command = commandNamed(commands, name);
        return outcomeOf(await typeLine(world, `/${command.name} ${typedText(command, args)}`));
      },
      spell: (command) => `/${command.name}`,
      close: async () => undefined,
    };
  },
};
