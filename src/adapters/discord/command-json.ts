/**
 * Turns the platform-neutral command definitions into Discord application-command JSON, the body
 * of the registration PUT. Plain API data, so the register script and tests can read it as is.
 */
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  InteractionContextType,
  PermissionFlagsBits,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { CommandDefinition, CommandOption } from '../../core/command.js';

type CommandJson = RESTPostAPIChatInputApplicationCommandsJSONBody;

/** Discord's own limits on a command's text (the API rejects the whole PUT otherwise). */
const DESCRIPTION_MAX = 100;
const STRING_MAX_LENGTH = 6000;

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

function optionJson(option: CommandOption) {
  const common = { name: option.name, description: clip(option.description, DESCRIPTION_MAX), required: option.required ?? false };
  if (option.type === 'boolean') return { ...common, type: ApplicationCommandOptionType.Boolean as const };
  return {
    ...common,
    type: ApplicationCommandOptionType.String as const,
    ...(option.maxLength !== undefined ? { max_length: Math.min(option.maxLength, STRING_MAX_LENGTH) } : {}),
    ...(option.suggest ? { autocomplete: true } : {}),
  };
}

/** One definition as a chat-input command; moderator commands are hidden from members without Manage Server. */
export function commandJson(command: CommandDefinition): CommandJson {
  // Discord requires required options before optional ones.
  const options = [...command.options].sort((a, b) => Number(b.required ?? false) - Number(a.required ?? false));
  return {
    name: command.name,
    description: clip(command.description, DESCRIPTION_MAX),
    type: ApplicationCommandType.ChatInput,
    options: options.map(optionJson),
    // Discord hides the command from others; runCommand checks again, since server admins can override this.
    default_member_permissions: command.access === 'moderator' ? PermissionFlagsBits.ManageGuild.toString() : null,
    dm_permission: false,
    contexts: [InteractionContextType.Guild],
  };
}

/** The registration body for every command in the list, in order. */
export function commandsJson(commands: readonly CommandDefinition[]): CommandJson[] {
  return commands.map(commandJson);
}
