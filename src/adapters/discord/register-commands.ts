/**
 * Registers the slash commands with Discord: in one server when a guild id is given (changes show
 * at once, for testing) or globally (may take a while to reach every server). A PUT replaces the
 * whole set, so commands removed from `commands/` disappear from Discord too.
 */
import { REST, Routes, type RESTPutAPIApplicationCommandsResult } from 'discord.js';
import type { DiscordConfig } from '../../config.js';
import type { CommandDefinition } from '../../core/command.js';
import { commandsJson } from './command-json.js';

/** What was registered where, for the script to print. */
export interface Registration {
  /** `guild <id>` or `global`. */
  scope: string;
  /** The route the commands were PUT to. */
  route: string;
  /** The registered command names, as Discord returned them. */
  names: string[];
}

/** PUTs the commands (replacing any registered before) and returns what Discord now has. */
export async function registerCommands(config: DiscordConfig, commands: readonly CommandDefinition[]): Promise<Registration> {
  const rest = new REST(config.apiUrl ? { api: config.apiUrl } : {}).setToken(config.token);
  const route = config.guildId ? Routes.applicationGuildCommands(config.applicationId, config.guildId) : Routes.applicationCommands(config.applicationId);
  try {
    const result = (await rest.put(route, { body: commandsJson(commands) })) as RESTPutAPIApplicationCommandsResult;
    return { scope: config.guildId ? `guild ${config.guildId}` : 'global', route, names: result.map((command) => command.name) };
  } finally {
    // The client's sweep timers would otherwise outlive a one-shot script or test.
    rest.clearHashSweeper();
    rest.clearHandlerSweeper();
  }
}
