/**
 * Sending replies to interactions within Discord's rules: the first response within 3 seconds
 * (defer when the command is slow), privacy decided by the reply, and never a mention.
 */
import { MessageFlags, type RepliableInteraction } from 'discord.js';
import { APOLOGY } from '../../core/errors.js';
import { makeReply, type Reply } from '../../core/reply.js';
import { renderReply, type RenderedMessage } from './render-embed.js';

/** Parse nothing: no @everyone, role or user ping, whatever a question or fact contains. */
export const NO_MENTIONS = { parse: [] as [] };

/** Discord allows 3 s for the first response; deferring at 1.5 s leaves room for a slow network. */
export const DEFER_AFTER_MS = 1_500;

const TIMED_OUT = Symbol('timed out');

/** Declines, errors and refusals are only for the asker, as is anything asked privately. */
export function isPrivateReply(reply: Reply, askedPrivately: boolean): boolean {
  return reply.private || askedPrivately || reply.kind === 'decline' || reply.kind === 'error' || reply.kind === 'refusal';
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

async function sendReply(interaction: RepliableInteraction, reply: Reply, askedPrivately: boolean): Promise<void> {
  const message = renderReply(reply);
  if (isPrivateReply(reply, askedPrivately)) return sendPrivately(interaction, message);
  if (interaction.deferred && !interaction.replied) await interaction.editReply(messageOptions(message));
  else await interaction.reply(messageOptions(message));
}

/**
 * Waits for the command's reply and sends it, deferring first if it takes longer than
 * `deferAfterMs` (ephemerally when asked privately, the only privacy known before the reply).
 */
export async function respondWith(interaction: RepliableInteraction, pending: Promise<Reply>, options: { askedPrivately: boolean; deferAfterMs?: number }): Promise<void> {
  // Awaited below; this only keeps a rejection after a failed defer from going unhandled.
  pending.catch(() => undefined);
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<typeof TIMED_OUT>((resolve) => { timer = setTimeout(resolve, options.deferAfterMs ?? DEFER_AFTER_MS, TIMED_OUT); });
  const first = await Promise.race([pending, deadline]).finally(() => clearTimeout(timer));
  if (first !== TIMED_OUT) return sendReply(interaction, first, options.askedPrivately);
  await interaction.deferReply(options.askedPrivately ? { flags: MessageFlags.Ephemeral } : {});
  return sendReply(interaction, await pending, options.askedPrivately);
}

/** The one short private apology for anything that went wrong. */
export async function sendApology(interaction: RepliableInteraction): Promise<void> {
  await sendPrivately(interaction, renderReply(makeReply({ kind: 'error', title: '', body: APOLOGY })));
}
