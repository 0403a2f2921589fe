/**
 * Reads typed text for a command with subcommands (Slack's `/azsr daily set <#C123|news> Asia/Baku`,
 * the console's `/azsr-daily set …`): the first word picks the subcommand; a channel mention fills
 * its channel option wherever it stands; `--name value` and `--flag` work as elsewhere; the other
 * words fill its text option.
 */
import type { CommandArgs, CommandDefinition, CommandOption } from './command.js';

/** `<#C123|news>` and `<#C123>` (Slack's escaped form; Discord writes `<#123>`) → the channel id. */
export function channelIdOfMention(word: string): string | undefined {
  return /^<#([A-Za-z0-9]+)(?:\|[^>]*)?>$/.exec(word)?.[1];
}

type Parsed = { args: CommandArgs } | { error: string };

/** An option's value from one typed word; an error when a channel cannot be read from it. */
function readValue(option: CommandOption<unknown>, word: string): { value: string } | { error: string } {
  if (option.type !== 'channel') return { value: word };
  const id = channelIdOfMention(word);
  // Slack sends `#news` as plain text when the command does not escape channels: a name, not an id.
  return id ? { value: id } : { error: `"${word}" is a channel's name, not the channel itself, so I cannot tell which one it is. Run the command in that channel instead.` };
}

function fillOptions(options: readonly CommandOption<unknown>[], words: readonly string[], args: CommandArgs): string[] | { error: string } {
  const rest: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    const named = /^--([a-z-]+)$/.exec(word)?.[1];
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
  return rest;
}

/** The arguments of `rest`, the text after the command's name or Slack word. */
export function subcommandArgs(command: CommandDefinition<unknown>, rest: string): Parsed {
  const [first, ...words] = rest.split(/\s+/).filter(Boolean);
  // Nothing chosen: the command's run decides (azsr-daily shows its settings).
  if (first === undefined) return { args: {} };
  const names = (command.subcommands ?? []).map((s) => s.name);
  const subcommand = command.subcommands?.find((candidate) => candidate.name === first.toLowerCase());
  if (!subcommand) return { error: `/${command.name} has no "${first}". Use ${names.slice(0, -1).join(', ')} or ${names.at(-1)}.` };
  const args: CommandArgs = { subcommand: subcommand.name };
  const filled = fillOptions(subcommand.options, words, args);
  if ('error' in filled) return filled;
  const textOption = subcommand.options.find((o) => o.type === 'string' && args[o.name] === undefined);
  if (filled.length > 0) {
    if (!textOption) return { error: `/${command.name} ${subcommand.name} does not take "${filled.join(' ')}".` };
    args[textOption.name] = filled.join(' ');
  }
  const missing = subcommand.options.find((o) => o.required && args[o.name] === undefined);
  if (missing) return { error: `/${command.name} ${subcommand.name} needs ${missing.name}: ${missing.description}.` };
  return { args };
}

/** True when `word` starts one of the command's subcommands. */
export function isSubcommandWord(command: CommandDefinition<unknown>, word: string | undefined): boolean {
  return word !== undefined && (command.subcommands ?? []).some((s) => s.name === word.toLowerCase());
}
