/**
 * The 👍/👎 buttons under an answer, framed for Slack: the vote is in the action id (`vote_up`),
 * the fact ids in the value (written and read by src/moderation/vote-button.ts, as on Discord).
 * Acknowledged at once, handled by the shared vote handler, answered privately so the channel is
 * not notified.
 */
import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { Services } from '../../answer/services.js';
import { handleVote } from '../../moderation/vote-handler.js';
import { escapeMrkdwn } from './mrkdwn.js';

/** Matches both vote buttons' action ids (render-reply.ts's `voteActionId`). */
export const VOTE_ACTION = /^vote_(up|down)$/;

/** The Bolt listener for the vote buttons; whatever the payload, the voter gets a private answer. */
export function createVoteListener(services: Services) {
  return async ({ ack, action, body, respond }: SlackActionMiddlewareArgs<BlockAction<ButtonAction>> & AllMiddlewareArgs): Promise<void> => {
    await ack();
    const reply = handleVote(services, {
      platform: 'slack',
      userId: typeof body.user?.id === 'string' ? body.user.id : undefined,
      vote: VOTE_ACTION.exec(action.action_id)?.[1],
      // The payload is signed but its shape is the client's: the value may be anything.
      facts: action.value as unknown,
    });
    await respond({ response_type: reply.private ? 'ephemeral' : 'in_channel', replace_original: false, text: escapeMrkdwn(reply.body) });
  };
}
