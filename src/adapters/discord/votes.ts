/**
 * 👍 / 👎 under an answer, framed for Discord: the vote and the fact ids (written and read by
 * src/moderation/vote-button.ts, as on Slack) travel in the button's custom id, `vote:up:a,b`.
 */
import { ButtonStyle, ComponentType, type APIActionRowComponent, type APIButtonComponent } from 'discord.js';
import type { Vote } from '../../core/services.js';
import { packFactIds, VOTE_CHOICES } from '../../moderation/vote-button.js';

const PREFIX = 'vote:';
/** Discord's limit on a custom id. */
const CUSTOM_ID_MAX = 100;

function customId(vote: Vote, factIds: readonly string[]): string {
  const head = `${PREFIX}${vote}:`;
  const packed = packFactIds(factIds, CUSTOM_ID_MAX - head.length);
  // A single id longer than the limit still gets a working (truncated, unmatched) button.
  return `${head}${packed || (factIds[0] ?? '').slice(0, CUSTOM_ID_MAX - head.length)}`;
}

/** The row of two vote buttons for an answer resting on these facts (the leading one first). */
export function voteButtons(factIds: readonly string[]): APIActionRowComponent<APIButtonComponent> {
  return {
    type: ComponentType.ActionRow,
    components: VOTE_CHOICES.map(({ vote, emoji, label }) => ({
      type: ComponentType.Button,
      style: ButtonStyle.Secondary,
      custom_id: customId(vote, factIds),
      emoji: { name: emoji },
      label,
    })),
  };
}

/** The two parts of a vote button's custom id, unread; undefined for any other component. */
export function splitVoteId(id: string): { vote: string; facts: string } | undefined {
  if (!id.startsWith(PREFIX)) return undefined;
  const [vote = '', ...facts] = id.slice(PREFIX.length).split(':');
  return { vote, facts: facts.join(':') };
}
