/**
 * Slash commands are plain data plus one run function, defined once in commands/ and served by
 * every adapter: Discord turns them into application commands, Slack parses its one /azsr command's
 * text into them, the console parses typed lines. Nothing here knows about a platform.
 */
import type { Platform } from './platform.js';
import type { Reply } from './reply.js';
import type { Services } from './services.js';
import type { Suggestion, SuggestionLimits } from './suggestion.js';

export type OptionType = 'string' | 'boolean';

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

export type CommandArgs = Record<string, string | boolean | undefined>;

export interface CommandDefinition<S = Services> {
  /** The slash command name on Discord and in the console (`azsr-today`). */
  name: string;
  description: string;
  options: readonly CommandOption<S>[];
  access: Access;
  /** Its word inside Slack's single `/azsr` command (`today`); empty for the question itself. */
  slackWord: string;
  /** An example invocation for the help text, without the leading slash. */
  example: string;
  run(context: CommandContext<S>, args: CommandArgs): Reply | Promise<Reply>;
}

/** Defines a command; a helper so definitions are type-checked where they are written. */
export function defineCommand<S = Services>(definition: CommandDefinition<S>): CommandDefinition<S> {
  return definition;
}
