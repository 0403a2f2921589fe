/** Every slash command, in the order help lists them. Adapters serve exactly this list. */
import type { CommandDefinition } from './define-command.js';
import azsr from './azsr.js';
import { createHelpCommand } from './azsr-help.js';
import azsrSources from './azsr-sources.js';
import azsrToday from './azsr-today.js';
import azsrReload from './azsr-reload.js';
import azsrStatus from './azsr-status.js';
import azsrGaps from './azsr-gaps.js';
import azsrDaily from './azsr-daily.js';

const azsrHelp = createHelpCommand(() => commands);

export const commands: readonly CommandDefinition[] = [azsr, azsrToday, azsrSources, azsrHelp, azsrReload, azsrStatus, azsrGaps, azsrDaily];

export function findCommand(name: string): CommandDefinition | undefined {
  return commands.find((command) => command.name === name);
}
