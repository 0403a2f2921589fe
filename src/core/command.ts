/**
 * Slash commands are plain data plus one run function, defined once in commands/ and served by
 * every adapter: Discord turns them into application commands, Slack parses its one /azsr command's
 * text into them, the console parses typed lines. Nothing here knows about a platform.
 */
import type { Platform } from './platform.js';
import type { Reply } from './reply.js';
import type { Services } from './services.js';
import type { Suggestion, SuggestionLimits } from './suggestion.js';

/** `channel`: a channel of the server or workspace, given as its id (Discord's channel picker, `<#C123|name>` in text). */
export type OptionType = 'string' | 'boolean' | 'channel';

export interface CommandOption<S = Services> {
  name: string;
  description: string;
  type: OptionType;
  required?: boolean;
  maxLength?: number;
  /**
   * Values to offer while the user types this option (Discord autocomplete), best first. Left out,
   * the option is typed freely. Adapters call it; a command's `run` still validates what it gets.
   */
  suggest?(request: SuggestRequest<S>): readonly Suggestion[];
}

/**
 * One of the things a command does (`/azsr-daily set`), with its own options. Discord shows them
 * as subcommands; in typed text (Slack, the console) the subcommand is the first word. The
 * command's one `run` gets the chosen one's name as `args.subcommand`.
 */
export interface Subcommand<S = Services> {
  name: string;
  description: string;
  options: readonly CommandOption<S>[];
}

/** Who may run a command: everyone, or moderators only (checked again at run time). */
export type Access = 'everyone' | 'moderator';

export type { Platform };

export interface CommandUser {
  id: string;
  /** A display name, for "asked by" lines. */
  name?: string;
  isModerator: boolean;
}

/** `S` is the services' type; commands use the one with the answer engine (commands/define-command.ts). */
export interface CommandContext<S = Services> {
  platform: Platform;
  user: CommandUser;
  /** The Discord server (guild) or Slack workspace, and the channel the command came from. */
  place: { serverId?: string; channelId?: string };
  services: S;
}

/** What an option's `suggest` is given: the text typed so far, who is typing where, and the limits. */
export interface SuggestRequest<S = Services> {
  typed: string;
  context: CommandContext<S>;
  limits: SuggestionLimits;
}

/** Option values by name (a channel's is its id), and the chosen subcommand, if the command has them. */
export type CommandArgs = { subcommand?: string } & Record<string, string | boolean | undefined>;

export interface CommandDefinition<S = Services> {
  /** The slash command name on Discord and in the console (`azsr-today`). */
  name: string;
  description: string;
  /** The options of a command without subcommands; empty for one with them. */
  options: readonly CommandOption<S>[];
  /** What the command does, when it does several things; no option may be named `subcommand`. */
  subcommands?: readonly Subcommand<S>[];
  access: Access;
  /** Its word inside Slack's single `/azsr` command (`today`); empty for the question itself. */
  slackWord: string;
  /** An example invocation for the help text, without the leading slash. */
  example: string;
  run(context: CommandContext<S>, args: CommandArgs): Reply | Promise<Reply>;
}

/** The options that apply: those of the chosen subcommand, or the command's own. */
export function optionsFor<S>(command: CommandDefinition<S>, subcommand?: string | null): readonly CommandOption<S>[] {
  if (!command.subcommands) return command.options;
  return command.subcommands.find((candidate) => candidate.name === subcommand)?.options ?? [];
}

/** Defines a command; a helper so definitions are type-checked where they are written. */
export function defineCommand<S = Services>(definition: CommandDefinition<S>): CommandDefinition<S> {
  return definition;
}
