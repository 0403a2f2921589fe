/**
 * The 👍/👎 buttons under an answer: acknowledged at once, recorded per fact (without who voted)
 * when the bot keeps votes, and thanked privately so the channel is not notified.
 */
import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { log } from '../../core/log.js';
import type { Services, Vote } from '../../core/services.js';
import { VOTE_UP } from './render-reply.js';

/** Matches both vote buttons' action ids. */
export const VOTE_ACTION = /^vote_(up|down)$/;

/** Fact ids from a button's value that the current knowledge still has (it may have been reloaded). */
function knownFactIds(value: string | undefined, services: Services): string[] {
  const { factsById } = services.engine().knowledge;
  return (value ?? '').split(',').filter((id) => factsById.has(id));
}

/** The Bolt listener for the vote buttons. */
export function createVoteListener(services: Services) {
  return async ({ ack, action, body, respond }: SlackActionMiddlewareArgs<BlockAction<ButtonAction>> & AllMiddlewareArgs): Promise<void> => {
    await ack();
    const vote: Vote = action.action_id === VOTE_UP ? 'up' : 'down';
    const factIds = knownFactIds(action.value, services);
    let text = 'Thanks for the feedback.';
    if (!services.votes) text = 'Thanks. (This bot does not keep feedback, so nothing was recorded.)';
    else if (factIds.length === 0) text = 'Thanks. Those facts are no longer in the knowledge, so nothing was recorded.';
    else {
      services.votes.record(factIds, vote, services.now(), `slack:${body.user.id}`);
      log.info('slack: vote recorded', { vote, facts: factIds.length });
    }
    await respond({ response_type: 'ephemeral', replace_original: false, text });
  };
}
