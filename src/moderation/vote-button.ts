/**
 * What a 👍 / 👎 button under an answer carries, written and read here for every platform: the
 * vote and the answer's fact ids, comma-separated, so a press needs no state kept between the
 * answer and the vote. Each adapter only frames it (Discord's custom id, Slack's action id and
 * value). A press is read strictly: anything the bot's own buttons never carry is malformed.
 */
import type { Reply } from '../core/reply.js';
import type { Vote } from '../core/services.js';

/** A fact id as knowledge files write it; anything else in a button was not put there by the bot. */
export const FACT_ID = /^[a-z0-9][a-z0-9-]{0,119}$/;
/** An answer cites a handful of facts; more than this in one vote is not a real answer. */
export const MAX_FACTS_PER_VOTE = 10;

/** The two buttons, in the order shown. */
export const VOTE_CHOICES: readonly { vote: Vote; emoji: string; label: string }[] = [
  { vote: 'up', emoji: '👍', label: 'Helpful' },
  { vote: 'down', emoji: '👎', label: 'Not helpful' },
];

/** The facts a reply's vote buttons are about; none (so no buttons) unless it is an answer. */
export function votedFactIds(reply: Reply): string[] {
  return reply.kind === 'answer' ? reply.facts.map((fact) => fact.id) : [];
}

/** The fact ids, the leading ones first, as many as fit in `maxLength` characters (empty when none fits). */
export function packFactIds(factIds: readonly string[], maxLength: number): string {
  let packed = '';
  for (const id of factIds.slice(0, MAX_FACTS_PER_VOTE)) {
    const next = packed === '' ? id : `${packed},${id}`;
    if (next.length > maxLength) break;
    packed = next;
  }
  return packed;
}

/** A press as read from a button: the vote and its facts. */
export interface VotePress {
  vote: Vote;
  factIds: string[];
}

/**
 * Reads what a pressed button carried, as the platform delivered it (a client can forge either
 * part). Undefined when it is not something the bot's own buttons carry.
 */
export function readVote(vote: unknown, facts: unknown): VotePress | undefined {
  if (vote !== 'up' && vote !== 'down') return undefined;
  if (typeof facts !== 'string') return undefined;
  const factIds = facts.split(',');
  if (factIds.length > MAX_FACTS_PER_VOTE || !factIds.every((id) => FACT_ID.test(id))) return undefined;
  return { vote, factIds: [...new Set(factIds)] };
}
