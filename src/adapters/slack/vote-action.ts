/**
 * The 👍/👎 buttons under an answer: acknowledged at once, recorded per fact (without who voted)
 * when the bot keeps votes, and thanked privately so the channel is not notified.
 */
import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { log } from '../../core/log.js';
import type { Vote } from '../../core/services.js';
import type { Services } from '../../answer/services.js';
import { VOTE_UP } from './render-reply.js';

/** Matches both vote buttons' action ids. */
export const VOTE_ACTION = /^vote_(up|down)$/;

/** Fact ids from a button's value that the current knowledge still has (it may have been reloaded). */
function knownFactIds(value: unknown, services: Services): string[] {
  // The payload is signed but its shape is the client's: anything but text is no vote.
  if (typeof value !== 'string') return [];
  const { factsById } = services.engine().knowledge;
  return value.split(',').filter((id) => factsById.has(id));
}

/** What the voter is told; the vote is recorded on the way when it can be. */
function recordVote(action: ButtonAction, voter: string | undefined, services: Services): string {
  const vote: Vote = action.action_id === VOTE_UP ? 'up' : 'down';
  const factIds = knownFactIds(action.value as unknown, services);
  if (!services.votes) return 'Thanks. (This bot does not keep feedback, so nothing was recorded.)';
  if (factIds.length === 0 || !voter) return 'Thanks. Those facts are no longer in the knowledge, so nothing was recorded.';
  services.votes.record(factIds, vote, services.now(), `slack:${voter}`);
  log.info('slack: vote recorded', { vote, facts: factIds.length });
  return 'Thanks for the feedback.';
}

/** The Bolt listener for the vote buttons; whatever the payload, the voter gets a private answer. */
export function createVoteListener(services: Services) {
  return async ({ ack, action, body, respond }: SlackActionMiddlewareArgs<BlockAction<ButtonAction>> & AllMiddlewareArgs): Promise<void> => {
    await ack();
    let text: string;
    try {
      text = recordVote(action, typeof body.user?.id === 'string' ? body.user.id : undefined, services);
    } catch (error) {
      log.error('slack: could not record a vote', { error: error instanceof Error ? error.message : String(error) });
      text = 'Sorry, that vote could not be read, so nothing was recorded.';
    }
    await respond({ response_type: 'ephemeral', replace_original: false, text });
  };
}
