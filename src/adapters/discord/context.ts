/**
 * Reads what a command needs from a Discord interaction: who asked (and whether they moderate),
 * where, and the option values, as the platform-neutral CommandContext and CommandArgs.
 */
import { GuildMember, PermissionFlagsBits, type ChatInputCommandInteraction, type Interaction } from 'discord.js';
import { optionsFor, type CommandArgs, type CommandContext, type CommandDefinition, type CommandOption } from '../../core/command.js';
import type { Services } from '../../answer/services.js';

/** Discord role ids are snowflakes; anything else in DISCORD_MODERATOR_ROLE is a (deprecated) name. */
export const ROLE_ID = /^\d{5,25}$/;

/**
 * Manage Server (or Administrator, which implies it) makes a moderator, and so does the configured
 * role: by id (the member's role ids come with every interaction), or, deprecated, by name, which
 * needs the cached server (uncached, only the permission counts).
 */
export function isModerator(interaction: Interaction, moderatorRole?: string): boolean {
  if (interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild)) return true;
  const member = interaction.member;
  if (!moderatorRole || !member) return false;
  if (ROLE_ID.test(moderatorRole)) {
    return member instanceof GuildMember ? member.roles.cache.has(moderatorRole) : member.roles.includes(moderatorRole);
  }
  if (member instanceof GuildMember) return member.roles.cache.some((role) => role.name === moderatorRole);
  return member.roles.some((id) => interaction.guild?.roles.cache.get(id)?.name === moderatorRole);
}

/** Who asked and where, for runCommand; the platform is always 'discord'. */
export function commandContext(interaction: Interaction, services: Services, moderatorRole?: string): CommandContext<Services> {
  const { user } = interaction;
  return {
    platform: 'discord',
    user: { id: user.id, name: user.globalName ?? user.username, isModerator: isModerator(interaction, moderatorRole) },
    place: {
      ...(interaction.guildId ? { serverId: interaction.guildId } : {}),
      ...(interaction.channelId ? { channelId: interaction.channelId } : {}),
    },
    services,
  };
}

/** One option's value as the command reads it; a channel's is its id. */
function optionValue(interaction: ChatInputCommandInteraction, option: CommandOption<unknown>): string | boolean | null {
  if (option.type === 'boolean') return interaction.options.getBoolean(option.name);
  // The id itself, which needs none of the resolved channel data getChannel() reads.
  if (option.type === 'channel') {
    const id = interaction.options.get(option.name)?.value;
    return typeof id === 'string' ? id : null;
  }
  return interaction.options.getString(option.name);
}

/**
 * The chosen subcommand and the values of its declared options (or the command's) as Discord typed
 * them; options not given are left undefined. `completeArgs` checks them as on every platform.
 */
export function commandArgs(interaction: ChatInputCommandInteraction, command: CommandDefinition): CommandArgs {
  const subcommand = command.subcommands ? interaction.options.getSubcommand(false) : null;
  const args: CommandArgs = subcommand ? { subcommand } : {};
  for (const option of optionsFor(command, subcommand)) {
    const value = optionValue(interaction, option);
    if (value !== null) args[option.name] = value;
  }
  return args;
}
