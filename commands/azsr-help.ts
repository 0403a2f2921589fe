import { defineCommand, type CommandDefinition } from './define-command.js';
import type { CommandOption, Platform } from '../src/core/command.js';
import { makeReply, type ReplyItem } from '../src/core/reply.js';

/** How a command is typed on this platform: `/azsr-today` on Discord and the console, `/azsr today` on Slack. */
const invocation = (command: CommandDefinition, platform: Platform) =>
  platform === 'slack' ? `/azsr ${command.slackWord || '<question>'}`.trim() : `/${command.name}`;

/** `[#channel]`, `<timezone>`: an option as a usage line shows it. */
const optionUsage = (option: CommandOption<unknown>) => {
  const shown = option.type === 'channel' ? '#channel' : option.name;
  return option.required ? `<${shown}>` : `[${shown}]`;
};

/** One line per command, or per subcommand with its options, for a command that has them. */
function helpItems(command: CommandDefinition, platform: Platform): ReplyItem[] {
  const who = command.access === 'moderator' ? ' (moderators)' : '';
  if (!command.subcommands) return [{ label: invocation(command, platform), text: `${command.description}${who}` }];
  return command.subcommands.map((subcommand) => ({
    label: [invocation(command, platform), subcommand.name, ...subcommand.options.map(optionUsage)].join(' '),
    text: `${subcommand.description}${who}`,
  }));
}

/**
 * `/azsr-help`: what the bot does and how to ask. It lists the commands it is given (index.ts
 * passes the full list), so this file imports no other command and index.ts imports no cycle.
 */
export function createHelpCommand(listCommands: () => readonly CommandDefinition[]): CommandDefinition {
  return defineCommand({
    name: 'azsr-help',
    description: 'How to use the bot and what it knows about.',
    options: [],
    access: 'everyone',
    slackWord: 'help',
    example: 'azsr-help',
    run({ services, user, platform }) {
      const visible = listCommands().filter((command) => command.access === 'everyone' || user.isModerator);
      const items = visible.flatMap((command) => helpItems(command, platform));
      return makeReply({
        kind: 'info',
        title: 'azsr: Azerbaijan–Serbia relations, with sources',
        body: 'Ask a factual question in English, Serbian or Azerbaijani; every answer cites its source. Try "when did Aliyev visit Niš" or "who built the Ljig–Preljina motorway".',
        items,
        suggestions: services.engine().topics,
        private: true,
      });
    },
  });
}
