/**
 * Arguments as a person types them on the console or after Slack's `/azsr`: the subcommand first,
 * then the first text option bare, other options as `--name value` (a channel as `<#id>`), true
 * booleans as `--name`.
 */
import { optionsFor, type CommandArgs, type CommandDefinition } from '../../../src/core/command.js';

export function typedText(command: CommandDefinition, args: CommandArgs): string {
  const options = optionsFor(command, args.subcommand);
  const firstText = options.find((option) => option.type === 'string');
  const words: string[] = args.subcommand ? [args.subcommand] : [];
  if (firstText && typeof args[firstText.name] === 'string') words.push(args[firstText.name] as string);
  for (const option of options) {
    const value = args[option.name];
    if (option === firstText || value === undefined || value === false) continue;
    if (value === true) words.push(`--${option.name}`);
    else words.push(`--${option.name} ${option.type === 'channel' ? `<#${value}>` : value}`);
  }
  return words.join(' ');
}

/** The command's definition, or an error naming the command a scenario got wrong. */
export function commandNamed(commands: readonly CommandDefinition[], name: string): CommandDefinition {
  const command = commands.find((candidate) => candidate.name === name);
  if (!command) throw new Error(`contract: no command named ${name}`);
  return command;
}

/** Mention-like markup left in text a person reads: what could notify someone on a chat platform. */
export function mentionMarkup(text: string): string[] {
  return text.match(/@everyone|@here|<@[!&]?\w+>|<!\w+(?:\^\w+)?(?:\|[^>]*)?>/g) ?? [];
}
