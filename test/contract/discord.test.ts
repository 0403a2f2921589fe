import { discordFrontEnd } from './drivers/discord.js';
import { runContract } from './run-contract.js';

runContract(discordFrontEnd);
