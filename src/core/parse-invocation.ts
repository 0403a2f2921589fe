/**
 * Reads a command's arguments the same way for every front end. Typed text, for the console
 * (`/azsr-today 02-15`, `/azsr-daily set <#C123|news> Asia/Baku`) and Slack's single `/azsr`
 * command (`today 02-15`, `daily set …`): asking privately is understood for every command
 * (`--private` anywhere, or `private` as the first word); a command with subcommands takes the
 * subcommand as its first word; other boolean options are flags (`--name`); a named option takes
 * the next word (`--date 02-15`); a channel mention (`<#C123|news>`) fills a channel option
 * wherever it stands; the rest fills the first text option not given yet. Discord's typed options
 * skip the text, and all three are completed by `completeArgs`: text trimmed, empty text left out,
 * the subcommand and required options checked.
 */
import { optionsFor, type CommandArgs, type CommandDefinition, type CommandOption } from './command.js';

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

/** `<#C123|news>` and `<#C123>` (Slack's escaped form; Discord writes `<#123>`) → the channel id. */
export function channelIdOfMention(word: string): string | undefined {
  return /^<#([A-Za-z0-9]+)(?:\|[^>]*)?>$/.exec(word)?.[1];
}

const subcommandNamed = (command: CommandDefinition, word: string) => command.subcommands?.find((candidate) => candidate.name === word.toLowerCase());

/** True when `word` starts one of the command's subcommands. */
export function isSubcommandWord(command: CommandDefinition, word: string | undefined): boolean {
  return word !== undefined && subcommandNamed(command, word) !== undefined;
}

/** How the command (and its subcommand) is named in messages: `/azsr-daily set`. */
const usage = (command: CommandDefinition, subcommand: string | undefined) => (subcommand ? `/${command.name} ${subcommand}` : `/${command.name}`);

/**
 * The arguments as every command receives them, however they were read: text options trimmed and
 * left out when empty, and an error for a subcommand the command does not have or for the first
 * required option that is missing.
 */
export function completeArgs(command: CommandDefinition, given: CommandArgs): Invocation {
  const args: CommandArgs = {};
  for (const [name, value] of Object.entries(given)) {
    const kept = typeof value === 'string' ? value.trim() : value;
    if (kept !== '' && kept !== undefined) args[name] = kept;
  }
  const { subcommand } = args;
  if (command.subcommands && subcommand !== undefined && !command.subcommands.some((candidate) => candidate.name === subcommand)) {
    const names = command.subcommands.map((candidate) => candidate.name);
    return { error: `/${command.name} has no "${subcommand}". Use ${names.slice(0, -1).join(', ')} or ${names.at(-1)}.` };
  }
  const missing = optionsFor(command, subcommand).find((o) => o.required && args[o.name] === undefined);
  if (missing) return { error: `${usage(command, subcommand)} needs ${missing.name}: ${missing.description}.` };
  return { command, args };
}

/** An option's value from one typed word; an error when a channel cannot be read from it. */
function readValue(option: CommandOption<unknown>, word: string): { value: string } | { error: string } {
  if (option.type !== 'channel') return { value: word };
  const id = channelIdOfMention(word);
  // Slack sends `#news` as plain text when the command does not escape channels: a name, not an id.
  return id
    ? { value: id }
    : { error: `"${word}" is a channel's name, not the channel itself, so I cannot tell which one it is. Run the command in that channel instead.` };
}

/**
 * Fills `args` from the words for these options: `--flag`, `--name value`, and a channel mention
 * for a channel option not given yet. Returns the words left for the text option, or an error.
 */
function readOptionWords(options: readonly CommandOption<unknown>[], words: readonly string[], args: CommandArgs): { rest: string[] } | { error: string } {
  const rest: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    const named = /^--([a-z-]+)$/i.exec(word)?.[1]?.toLowerCase();
    const flagged = named === undefined ? undefined : options.find((o) => o.name === named);
    const channel = options.find((o) => o.type === 'channel' && args[o.name] === undefined);
    const target = flagged ?? (channel && /^<?#/.test(word) ? channel : undefined);
    if (!target) {
      rest.push(word);
      continue;
    }
    if (target.type === 'boolean') {
      args[target.name] = true;
      continue;
    }
    const valueWord = flagged ? words[++i] : word;
    if (valueWord === undefined) return { error: `--${target.name} needs a value: ${target.description}.` };
    const read = readValue(target, valueWord);
    if ('error' in read) return read;
    args[target.name] = read.value;
  }
  return { rest };
}

/** The one reader of typed words, once the command is known and the privacy marker taken out. */
function fillArgs(command: CommandDefinition, words: readonly string[], askedPrivately: boolean): Invocation {
  const args: CommandArgs = askedPrivately ? { private: true } : {};
  let optionWords = words;
  // The first word picks the subcommand; none at all leaves the choice to the command's run
  // (azsr-daily shows its settings).
  if (command.subcommands && words[0] !== undefined) {
    const subcommand = subcommandNamed(command, words[0]);
    args.subcommand = subcommand?.name ?? words[0];
    if (!subcommand) return completeArgs(command, args);
    optionWords = words.slice(1);
  }
  const options = optionsFor(command, args.subcommand);
  const read = readOptionWords(options, optionWords, args);
  if ('error' in read) return read;
  if (read.rest.length > 0) {
    const textOption = options.find((o) => o.type === 'string' && args[o.name] === undefined);
    if (!textOption) return { error: `${usage(command, args.subcommand)} does not take "${read.rest.join(' ')}".` };
    args[textOption.name] = read.rest.join(' ');
  }
  return completeArgs(command, args);
}

/** The arguments typed after a command's name (or Slack word), read as every front end reads them. */
export function readTypedArgs(command: CommandDefinition, text: string): Invocation {
  const asked = readPrivacy(wordsOf(text));
  return fillArgs(command, asked.words, asked.private);
}

/** Console style: `/name rest`; a line without a slash is a question for the first command. */
export function parseSlashLine(commands: readonly CommandDefinition[], line: string): Invocation {
  const trimmed = line.trim();
  const [first] = commands;
  if (!first) return { error: 'No commands are defined.' };
  const match = /^\/(\S*)\s*([\s\S]*)$/.exec(trimmed);
  const command = match ? commands.find((c) => c.name === match[1]?.toLowerCase()) : first;
  if (!command) return { error: `Unknown command ${match?.[1] ? `/${match[1]}` : '/'}. Commands: ${commands.map((c) => `/${c.name}`).join(', ')}.` };
  return readTypedArgs(command, match ? (match[2] ?? '') : trimmed);
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
  // followed by more words is read as a question, and so is one whose next word is not one of its
  // subcommands ("daily flights to Baku").
  const takesText = command?.subcommands ? isSubcommandWord(command, rest[0]) : (command?.options.some((o) => o.type === 'string') ?? false);
  if (command && (takesText || rest.length === 0)) return fillArgs(command, rest, asked.private);
  const questionCommand = commands.find((c) => c.slackWord === '');
  if (!questionCommand) return { error: 'No question command is defined.' };
  return fillArgs(questionCommand, asked.words, asked.private);
}
