/**
 * Slack's Block Kit limits, and fitting a message's blocks into them. A reply that would break a
 * limit is shortened, never refused: Slack rejects the whole message otherwise, and the user would
 * see nothing at all.
 */
import type { types } from '@slack/bolt';

type KnownBlock = types.KnownBlock;

/** The limits Slack enforces on a message (it rejects the whole message past any of them). */
export const SLACK_LIMITS = {
  /** Characters in a section's or a context element's text. */
  text: 3000,
  /** Blocks in one message. */
  blocks: 50,
  /** Elements in one context block. */
  contextElements: 10,
  /** Characters in a header's plain text. */
  header: 150,
  /** Characters in a button's value. */
  buttonValue: 2000,
  /** Characters kept in the plain-text fallback shown in notifications. */
  fallback: 3000,
} as const;

/** A message's blocks by priority; each group is a fact or an item that is kept or dropped whole. */
export interface BlockPlan {
  /** What the reply is: title, answer, the sources disagreeing. */
  head: KnownBlock[][];
  /** The answer's own facts with their citations. */
  facts: KnownBlock[][];
  /** Related facts: the first to go when space runs out. */
  related: KnownBlock[][];
  /** Always kept: suggestions, notes, who asked, the vote buttons. */
  tail: KnownBlock[];
}

/** Keeps whole groups in priority order within the block limit, saying so when some are left out. */
export function fitBlocks(plan: BlockPlan): KnownBlock[] {
  const groups = [...plan.head, ...plan.facts, ...plan.related];
  const total = groups.reduce((sum, group) => sum + group.length, 0) + plan.tail.length;
  if (total <= SLACK_LIMITS.blocks) return [...groups.flat(), ...plan.tail];
  // One block is kept back for the note that says the message was shortened.
  let room = SLACK_LIMITS.blocks - plan.tail.length - 1;
  const kept: KnownBlock[] = [];
  let left = 0;
  for (const group of groups) {
    if (group.length <= room) {
      kept.push(...group);
      room -= group.length;
    } else left += 1;
  }
  const note: KnownBlock = {
    type: 'context',
    elements: [{ type: 'mrkdwn', text: `_Shortened to fit Slack: ${left} more part${left === 1 ? '' : 's'} not shown._` }],
  };
  return [...kept, note, ...plan.tail].slice(0, SLACK_LIMITS.blocks);
}
