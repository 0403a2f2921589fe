/**
 * 👍 / 👎 under an answer. The fact ids travel in the button's custom id (`vote:up:a,b`), so a
 * click needs no state kept between the answer and the vote.
 */
import { ButtonStyle, ComponentType, type APIActionRowComponent, type APIButtonComponent } from 'discord.js';
import type { Vote } from '../../core/services.js';

const PREFIX = 'vote';
/** Discord's limit on a custom id. */
const CUSTOM_ID_MAX = 100;

function customId(vote: Vote, factIds: readonly string[]): string {
  const head = `${PREFIX}:${vote}:`;
  const kept: string[] = [];
  for (const id of factIds) {
    if (head.length + [...kept, id].join(',').length > CUSTOM_ID_MAX) break;
    kept.push(id);
  }
  // A single id longer than the limit still gets a working (truncated, unmatched) button.
  return kept.length > 0 ? `${head}${kept.join(',')}` : `${head}${(factIds[0] ?? '').slice(0, CUSTOM_ID_MAX - head.length)}`;
}

/** The row of two vote buttons for an answer resting on these facts (the leading one first). */
export function voteButtons(factIds: readonly string[]): APIActionRowComponent<APIButtonComponent> {
  const button = (vote: Vote, emoji: string, label: string): APIButtonComponent => ({
    type: ComponentType.Button, style: ButtonStyle.Secondary, custom_id: customId(vote, factIds), emoji: { name: emoji }, label,
  });
  return { type: ComponentType.ActionRow, components: [button('up', '👍', 'Helpful'), button('down', '👎', 'Not helpful')] };
}

/** Reads a vote button's custom id; undefined for any other component. */
export function parseVote(id: string): { vote: Vote; factIds: string[] } | undefined {
  const match = /^vote:(up|down):(.+)$/.exec(id);
  if (!match) return undefined;
  return { vote: match[1] as Vote, factIds: (match[2] as string).split(',').filter(Boolean) };
}
