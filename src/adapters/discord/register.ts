/**
 * `npm run discord:register`: registers the commands in `commands/` with Discord, in the server
 * DISCORD_GUILD_ID when it is set (instant) and globally otherwise. Run it after adding or changing
 * a command; the bot itself never registers anything at start-up. With `--clear` it removes every
 * command from that scope instead (a test server's copies, once the commands have gone global).
 */
import { commands } from '../../../commands/index.js';
import { ConfigError, loadConfig, readDotenv } from '../../config.js';
import { registerCommands } from './register-commands.js';

async function main(): Promise<number> {
  readDotenv();
  const config = loadConfig(process.env);
  if (!config.discord) {
    process.stderr.write('discord:register: DISCORD_TOKEN and DISCORD_APPLICATION_ID are required. Set them in .env (see .env.example and docs/discord.md).\n');
    return 1;
  }
  if (process.argv.includes('--clear')) {
    const cleared = await registerCommands(config.discord, []);
    process.stdout.write(`Removed every command (${cleared.scope}).\n`);
    return 0;
  }
  const registration = await registerCommands(config.discord, commands);
  process.stdout.write(
    `Registered ${registration.names.length} commands (${registration.scope}): ${registration.names.map((name) => `/${name}`).join(', ')}\n`,
  );
  if (!config.discord.guildId)
    process.stdout.write('Global commands can take up to an hour to appear; set DISCORD_GUILD_ID to register in one server instantly.\n');
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const message =
      error instanceof ConfigError ? error.message : `discord:register: registration failed: ${error instanceof Error ? error.message : String(error)}`;
    process.stderr.write(`${message}\n`);
    process.exitCode = 1;
  },
);
