/**
 * The one entry point for everything Discord sends the bot: slash commands, autocomplete and vote
 * buttons. The adapter's single catch-all lives here: whatever fails is logged with its context and
 * the member gets one short private apology.
 */
import { MessageFlags, type AutocompleteInteraction, type ButtonInteraction, type ChatInputCommandInteraction, type Interaction } from 'discord.js';
import type { AdapterDeps } from '../../core/adapter.js';
import type { Services } from '../../answer/services.js';
import { runInvocation } from '../../core/dispatch.js';
import { log } from '../../core/log.js';
import { completeArgs } from '../../core/parse-invocation.js';
import { handleVote } from '../../moderation/vote-handler.js';
import { autocompleteChoices } from './autocomplete.js';
import { commandArgs, commandContext } from './context.js';
import { NO_MENTIONS, respondWith, sendApology } from './respond.js';
import { escapeText } from './text.js';
import { splitVoteId } from './votes.js';

/** The commands and services to serve, plus Discord-only settings. */
export interface InteractionHandlerOptions extends AdapterDeps<Services> {
  moderatorRole?: string;
  /** How long a command may run before the reply is deferred (tests shorten it). */
  deferAfterMs?: number;
  /** Discord's window for the first response; a later one is logged (tests shorten it). */
  replyWindowMs?: number;
}

async function handleCommand(interaction: ChatInputCommandInteraction, options: InteractionHandlerOptions): Promise<void> {
  const command = options.commands.find((candidate) => candidate.name === interaction.commandName);
  if (!command) throw new Error(`Discord: no command named /${interaction.commandName} (registered commands are out of date; run npm run discord:register)`);
  const invocation = completeArgs(command, commandArgs(interaction, command));
  const context = commandContext(interaction, options.services, options.moderatorRole);
  await respondWith(interaction, runInvocation(invocation, context), {
    askedPrivately: 'args' in invocation && invocation.args.private === true,
    ...(options.deferAfterMs !== undefined ? { deferAfterMs: options.deferAfterMs } : {}),
    ...(options.replyWindowMs !== undefined ? { replyWindowMs: options.replyWindowMs } : {}),
  });
}

async function handleAutocomplete(interaction: AutocompleteInteraction, options: InteractionHandlerOptions): Promise<void> {
  await interaction.respond(autocompleteChoices(interaction, options.commands, options.services, options.moderatorRole));
}

/** For a button from an older version of the bot (or a forged one): an answer rather than "This interaction failed". */
export const UNKNOWN_BUTTON = 'Sorry, this button is no longer in use. Ask again with /azsr for a fresh answer.';

async function handleButton(interaction: ButtonInteraction, options: InteractionHandlerOptions): Promise<void> {
  const press = splitVoteId(interaction.customId);
  if (!press) {
    log.info('Discord: a button the bot does not know was pressed', { button: interaction.customId.slice(0, 40) });
    await interaction.reply({ content: UNKNOWN_BUTTON, flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
    return;
  }
  const reply = handleVote(options.services, { platform: 'discord', userId: interaction.user.id, ...press });
  await interaction.reply({ content: escapeText(reply.body), flags: reply.private ? MessageFlags.Ephemeral : undefined, allowedMentions: NO_MENTIONS });
}

/** Where and what, for logs; never who (the docs promise who asked is never kept). */
function describe(interaction: Interaction): Record<string, unknown> {
  return {
    interaction:
      interaction.isChatInputCommand() || interaction.isAutocomplete()
        ? `/${interaction.commandName}`
        : interaction.isButton()
          ? interaction.customId.slice(0, 40)
          : interaction.type,
    guild: interaction.guildId,
    channel: interaction.channelId,
  };
}

/** Handles one interaction; never throws. */
export function createInteractionHandler(options: InteractionHandlerOptions): (interaction: Interaction) => Promise<void> {
  return async (interaction) => {
    try {
      if (interaction.isChatInputCommand()) await handleCommand(interaction, options);
      else if (interaction.isAutocomplete()) await handleAutocomplete(interaction, options);
      else if (interaction.isButton()) await handleButton(interaction, options);
    } catch (error) {
      log.error('Discord: interaction failed', { ...describe(interaction), error });
      if (!interaction.isRepliable()) return;
      // The apology can fail too (expired token, Discord down); that is logged and let be.
      await sendApology(interaction).catch((apologyError: unknown) =>
        log.error('Discord: could not send the apology', { ...describe(interaction), error: apologyError }),
      );
    }
  };
}
