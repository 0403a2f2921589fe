/**
 * Slash commands are plain data plus one run function, defined once in commands/ and served by
 * every adapter: Discord turns them into application commands, Slack parses its one /azsr command's
 * text into them, the console parses typed lines. Nothing here knows about a platform.
 */
import type { Platform } from './platform.js';
import type { Reply } from './reply.js';
import type { Services } from './services.js';

export type OptionType = 'string' | 'boolean';

export interface CommandOption {
  name: string;
  description: string;
  type: OptionType;
  required?: boolean;
  /** Offer suggestions while the user types (Discord autocomplete). */
  autocomplete?: boolean;
  maxLength?: number;
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

export type CommandArgs = Record<string, string | boolean | undefined>;

export interface CommandDefinition<S = Services> {
  /** The slash command name on Discord and in the console (`azsr-today`). */
  name: string;
  description: string;
  options: readonly CommandOption[];
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
