/**
 * Sending replies to interactions within Discord's rules: the first response within 3 seconds
 * (defer when the command is slow), privacy as the reply says (the core decides it), and never a
 * mention.
 */
import { MessageFlags, type RepliableInteraction } from 'discord.js';
import { APOLOGY } from '../../core/errors.js';
import { log } from '../../core/log.js';
import { makeReply, type Reply } from '../../core/reply.js';
import { renderReply, type RenderedMessage } from './render-embed.js';

/** Parse nothing: no @everyone, role or user ping, whatever a question or fact contains. */
export const NO_MENTIONS = { parse: [] as [] };

/** Discord allows 3 s for the first response; deferring at 1.5 s leaves room for a slow network. */
export const DEFER_AFTER_MS = 1_500;

/** Discord's window for the first response to an interaction. */
export const REPLY_WINDOW_MS = 3_000;

const TIMED_OUT = Symbol('timed out');

/**
 * Logs a first response that reached Discord after its window (typically held back by a 429 rate
 * limit that discord.js waited out): the asker then saw "The application did not respond".
 */
function reportIfLate(interaction: RepliableInteraction, windowMs: number, what: string): void {
  const elapsedMs = Date.now() - interaction.createdTimestamp;
  if (elapsedMs <= windowMs) return;
  log.warn(
    `Discord: the ${what} was sent ${elapsedMs} ms after the interaction, past Discord's ${windowMs < 1_000 ? `${windowMs} ms` : `${Math.round(windowMs / 1000)} s`} window; the asker probably saw "The application did not respond"`,
    {
      interaction: interaction.isCommand() ? `/${interaction.commandName}` : interaction.type,
      elapsedMs,
      hint: 'look for "Discord: rate limited" lines just before: the bot is sending too much, or shares its token with another process',
    },
  );
}

function messageOptions(message: RenderedMessage) {
  return { embeds: message.embeds, components: message.components, allowedMentions: NO_MENTIONS };
}

/**
 * Sends a message only the asker sees, whatever has been sent so far: a public "thinking…"
 * placeholder is deleted first, since an edit cannot make it private.
 */
export async function sendPrivately(interaction: RepliableInteraction, message: RenderedMessage): Promise<void> {
  const options = messageOptions(message);
  if (!interaction.deferred && !interaction.replied) {
    await interaction.reply({ ...options, flags: MessageFlags.Ephemeral });
  } else if (interaction.deferred && !interaction.replied && interaction.ephemeral) {
    await interaction.editReply(options);
  } else {
    if (interaction.deferred && !interaction.replied) await interaction.deleteReply().catch(() => undefined);
    await interaction.followUp({ ...options, flags: MessageFlags.Ephemeral });
  }
}

/** Sends the reply as the core's privacy rule decided (`reply.private`). */
async function sendReply(interaction: RepliableInteraction, reply: Reply): Promise<void> {
  const message = renderReply(reply);
  if (reply.private) return sendPrivately(interaction, message);
  if (interaction.deferred && !interaction.replied) await interaction.editReply(messageOptions(message));
  else await interaction.reply(messageOptions(message));
}

/**
 * Waits for the command's reply and sends it, deferring first if it takes longer than
 * `deferAfterMs` (ephemerally when asked privately, the only privacy known before the reply).
 */
export async function respondWith(
  interaction: RepliableInteraction,
  pending: Promise<Reply>,
  options: { askedPrivately: boolean; deferAfterMs?: number; replyWindowMs?: number },
): Promise<void> {
  const windowMs = options.replyWindowMs ?? REPLY_WINDOW_MS;
  // Awaited below; this only keeps a rejection after a failed defer from going unhandled.
  pending.catch(() => undefined);
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<typeof TIMED_OUT>((resolve) => {
    timer = setTimeout(resolve, options.deferAfterMs ?? DEFER_AFTER_MS, TIMED_OUT);
  });
  const first = await Promise.race([pending, deadline]).finally(() => clearTimeout(timer));
  if (first !== TIMED_OUT) {
    await sendReply(interaction, first).finally(() => reportIfLate(interaction, windowMs, 'reply'));
    return;
  }
  await interaction
    .deferReply(options.askedPrivately ? { flags: MessageFlags.Ephemeral } : {})
    .finally(() => reportIfLate(interaction, windowMs, '"thinking…" placeholder'));
  return sendReply(interaction, await pending);
}

/** The one short private apology for anything that went wrong. */
export async function sendApology(interaction: RepliableInteraction): Promise<void> {
  await sendPrivately(interaction, renderReply(makeReply({ kind: 'error', title: '', body: APOLOGY })));
}
