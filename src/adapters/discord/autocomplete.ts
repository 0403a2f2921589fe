/**
 * Discord's autocomplete: asks the focused option of the command for suggestions (the command
 * says how, in commands/) and answers with them as choices within Discord's limits. An option
 * without suggestions gets an empty list, which Discord shows as "no options match".
 */
import type { APIApplicationCommandOptionChoice, AutocompleteInteraction } from 'discord.js';
import type { Services } from '../../answer/services.js';
import { optionsFor, type CommandDefinition } from '../../core/command.js';
import type { SuggestionLimits } from '../../core/suggestion.js';
import { commandContext } from './context.js';

/** Discord's limits: 25 choices, names and values of 1 to 100 characters. */
export const CHOICE_LIMITS: SuggestionLimits = { count: 25, labelLength: 100, valueLength: 100 };

/** The choices for the option being typed in this interaction. */
export function autocompleteChoices(
  interaction: AutocompleteInteraction,
  commands: readonly CommandDefinition<Services>[],
  services: Services,
  moderatorRole?: string,
): APIApplicationCommandOptionChoice<string>[] {
  const focused = interaction.options.getFocused(true);
  const command = commands.find((candidate) => candidate.name === interaction.commandName);
  const options = command ? optionsFor(command, interaction.options.getSubcommand(false)) : [];
  const option = options.find((candidate) => candidate.name === focused.name);
  if (!option?.suggest) return [];
  const context = commandContext(interaction, services, moderatorRole);
  const suggestions = option.suggest({ typed: String(focused.value), context, limits: CHOICE_LIMITS });
  return suggestions.slice(0, CHOICE_LIMITS.count).map((suggestion) => ({ name: suggestion.label, value: suggestion.value }));
}
