/**
 * Reads a command's arguments the same way for every front end. Typed text, for the console
 * (`/azsr-today 02-15`) and Slack's single `/azsr` command (`today 02-15`): asking privately is
 * understood for every command (`--private` anywhere, or `private` as the first word); other
 * boolean options are flags (`--name`); a named text option takes the next word (`--date 02-15`);
 * the rest fills the command's first text option. Discord's typed options skip the text, and all
 * three are completed by `completeArgs`: text trimmed, empty text left out, required ones checked.
 */
import type { CommandArgs, CommandDefinition } from './command.js';

export type Invocation = { command: CommandDefinition; args: CommandArgs } | { error: string };

/** The words with the privacy marker taken out, and whether there was one. */
export function readPrivacy(words: readonly string[]): { words: string[]; private: boolean } {
  const rest = words.filter((word) => word.toLowerCase() !== '--private');
  let isPrivate = rest.length !== words.length;
  // A lone `private` is a (short) question, not a request for nothing in private.
  if (rest.length > 1 && rest[0]?.toLowerCase() === 'private') {
    rest.shift();
    isPrivate = true;
  }
  return { words: rest, private: isPrivate };
}

const wordsOf = (text: string) => text.trim().split(/\s+/).filter(Boolean);

/**
 * The arguments as every command receives them, however they were read: text options trimmed and
 * left out when empty, and an error naming the first required option that is missing.
 */
export function completeArgs(command: CommandDefinition, given: CommandArgs): Invocation {
  const args: CommandArgs = {};
  for (const [name, value] of Object.entries(given)) {
    const kept = typeof value === 'string' ? value.trim() : value;
    if (kept !== '' && kept !== undefined) args[name] = kept;
  }
  const missing = command.options.find((o) => o.required && args[o.name] === undefined);
  if (missing) return { error: `/${command.name} needs ${missing.name}: ${missing.description}.` };
  return { command, args };
}

function fillArgs(command: CommandDefinition, words: readonly string[], askedPrivately: boolean): Invocation {
  const args: CommandArgs = askedPrivately ? { private: true } : {};
  const remaining: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    const flag = /^--([a-z-]+)$/i.exec(word);
    const option = flag && command.options.find((o) => o.name === flag[1]?.toLowerCase());
    if (!option) remaining.push(word);
    else if (option.type === 'boolean') args[option.name] = true;
    // `--date 02-15`: a named text option takes the next word.
    else if (words[i + 1] !== undefined) args[option.name] = words[++i];
  }
  const textOption = command.options.find((o) => o.type === 'string');
  if (textOption && args[textOption.name] === undefined) args[textOption.name] = remaining.join(' ');
  return completeArgs(command, args);
}

/** Console style: `/name rest`; a line without a slash is a question for the first command. */
export function parseSlashLine(commands: readonly CommandDefinition[], line: string): Invocation {
  const trimmed = line.trim();
  const [first] = commands;
  if (!first) return { error: 'No commands are defined.' };
  const match = /^\/(\S*)\s*([\s\S]*)$/.exec(trimmed);
  const command = match ? commands.find((c) => c.name === match[1]?.toLowerCase()) : first;
  if (!command) return { error: `Unknown command ${match?.[1] ? `/${match[1]}` : '/'}. Commands: ${commands.map((c) => `/${c.name}`).join(', ')}.` };
  const asked = readPrivacy(wordsOf(match ? (match[2] ?? '') : trimmed));
  return fillArgs(command, asked.words, asked.private);
}

/** How Slack's one command reads an empty text. */
export interface SlackTextOptions {
  /** The `slackWord` of the command a bare `/azsr` runs (Slack's adapter shows help). */
  whenEmpty?: string;
}

/** Slack style: the first word picks a command by its `slackWord`; anything else is a question. */
export function parseSlackText(commands: readonly CommandDefinition[], text: string, options: SlackTextOptions = {}): Invocation {
  const asked = readPrivacy(wordsOf(text));
  const [word = options.whenEmpty ?? '', ...rest] = asked.words;
  const command = commands.find((c) => c.slackWord !== '' && c.slackWord === word.toLowerCase());
  // "status of the embassy" is a question, not the status command: a command without options
  // followed by more words is read as a question.
  const takesText = command?.options.some((o) => o.type === 'string') ?? false;
  if (command && (takesText || rest.length === 0)) return fillArgs(command, rest, asked.private);
  const questionCommand = commands.find((c) => c.slackWord === '');
  if (!questionCommand) return { error: 'No question command is defined.' };
  return fillArgs(questionCommand, asked.words, asked.private);
}
