/**
 * Parses typed text into a command and its arguments, for the console (`/azsr-today 02-15`) and
 * for Slack's single `/azsr` command (`today 02-15`). Boolean options are flags (`--private`);
 * the rest of the text fills the command's first text option. A command with subcommands reads
 * its text in parse-subcommand.ts.
 */
import type { CommandArgs, CommandDefinition } from './command.js';
import { isSubcommandWord, subcommandArgs } from './parse-subcommand.js';

export type Invocation = { command: CommandDefinition; args: CommandArgs } | { error: string };

function fillArgs(command: CommandDefinition, rest: string): Invocation {
  if (command.subcommands) {
    const parsed = subcommandArgs(command, rest);
    return 'error' in parsed ? parsed : { command, args: parsed.args };
  }
  const args: CommandArgs = {};
  const remaining: string[] = [];
  const wordsOfRest = rest.split(/\s+/).filter(Boolean);
  for (let i = 0; i < wordsOfRest.length; i++) {
    const word = wordsOfRest[i] as string;
    const flag = /^--([a-z-]+)$/.exec(word);
    const option = flag && command.options.find((o) => o.name === flag[1]);
    if (!option) remaining.push(word);
    else if (option.type === 'boolean') args[option.name] = true;
    // `--date 02-15`: a named text option takes the next word.
    else if (wordsOfRest[i + 1] !== undefined) args[option.name] = wordsOfRest[++i];
  }
  const text = remaining.join(' ');
  const textOption = command.options.find((o) => o.type === 'string');
  if (textOption && text !== '' && args[textOption.name] === undefined) args[textOption.name] = text;
  const missing = command.options.find((o) => o.required && args[o.name] === undefined);
  if (missing) return { error: `/${command.name} needs ${missing.name}: ${missing.description}.` };
  return { command, args };
}

/** Console style: `/name rest`; a line without a slash is a question for the first command. */
export function parseSlashLine(commands: readonly CommandDefinition[], line: string): Invocation {
  const trimmed = line.trim();
  const [first] = commands;
  if (!first) return { error: 'No commands are defined.' };
  if (!trimmed.startsWith('/')) return fillArgs(first, trimmed);
  const match = /^\/(\S+)\s*([\s\S]*)$/.exec(trimmed);
  const command = commands.find((c) => c.name === match?.[1]?.toLowerCase());
  if (!command) return { error: `Unknown command ${match?.[1] ? `/${match[1]}` : '/'}. Commands: ${commands.map((c) => `/${c.name}`).join(', ')}.` };
  return fillArgs(command, match?.[2] ?? '');
}

/** Slack style: the first word picks a command by its `slackWord`; anything else is a question. */
export function parseSlackText(commands: readonly CommandDefinition[], text: string): Invocation {
  const trimmed = text.trim();
  const [word = '', ...rest] = trimmed.split(/\s+/);
  const command = commands.find((c) => c.slackWord !== '' && c.slackWord === word.toLowerCase());
  // "status of the embassy" is a question, not the status command: a command without options
  // followed by more words is read as a question, and so is one whose next word is not one of its
  // subcommands ("daily flights to Baku").
  const takesText = command?.subcommands ? isSubcommandWord(command, rest[0]) : (command?.options.some((o) => o.type === 'string') ?? false);
  if (command && (takesText || rest.length === 0)) return fillArgs(command, rest.join(' '));
  const questionCommand = commands.find((c) => c.slackWord === '');
  if (!questionCommand) return { error: 'No question command is defined.' };
  return fillArgs(questionCommand, trimmed);
}
