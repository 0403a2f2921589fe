/**
 * Turns the platform-neutral command definitions into Discord application-command JSON, the body
 * of the registration PUT. Plain API data, so the register script and tests can read it as is.
 */
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ChannelType,
  InteractionContextType,
  PermissionFlagsBits,
  type APIApplicationCommandBasicOption,
  type APIApplicationCommandSubcommandOption,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { CommandDefinition, CommandOption, Subcommand } from '../../core/command.js';

type CommandJson = RESTPostAPIChatInputApplicationCommandsJSONBody;

/** Discord's own limits on a command's text (the API rejects the whole PUT otherwise). */
const DESCRIPTION_MAX = 100;
const STRING_MAX_LENGTH = 6000;

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** Channels a post can go to: text and announcement channels, not voice channels or categories. */
const POSTABLE_CHANNELS = [ChannelType.GuildText, ChannelType.GuildAnnouncement] as const;

function optionJson(option: CommandOption<unknown>): APIApplicationCommandBasicOption {
  const common = { name: option.name, description: clip(option.description, DESCRIPTION_MAX), required: option.required ?? false };
  if (option.type === 'boolean') return { ...common, type: ApplicationCommandOptionType.Boolean };
  if (option.type === 'channel') return { ...common, type: ApplicationCommandOptionType.Channel, channel_types: [...POSTABLE_CHANNELS] };
  return {
    ...common,
    type: ApplicationCommandOptionType.String,
    ...(option.maxLength !== undefined ? { max_length: Math.min(option.maxLength, STRING_MAX_LENGTH) } : {}),
    ...(option.suggest ? { autocomplete: true } : {}),
  };
}

/** Discord requires required options before optional ones. */
function optionsJson(options: readonly CommandOption<unknown>[]) {
  return [...options].sort((a, b) => Number(b.required ?? false) - Number(a.required ?? false)).map(optionJson);
}

function subcommandJson(subcommand: Subcommand<unknown>): APIApplicationCommandSubcommandOption {
  return {
    type: ApplicationCommandOptionType.Subcommand,
    name: subcommand.name,
    description: clip(subcommand.description, DESCRIPTION_MAX),
    options: optionsJson(subcommand.options),
  };
}

/** One definition as a chat-input command; moderator commands are hidden from members without Manage Server. */
export function commandJson(command: CommandDefinition): CommandJson {
  return {
    name: command.name,
    description: clip(command.description, DESCRIPTION_MAX),
    type: ApplicationCommandType.ChatInput,
    options: command.subcommands ? command.subcommands.map(subcommandJson) : optionsJson(command.options),
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
