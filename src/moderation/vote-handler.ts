/**
 * A 👍 / 👎 press, handled the same way on every platform: read strictly, checked against the
 * knowledge answering now (a reload may have removed the facts), recorded once per person per fact
 * (the vote store keeps only a hash of who), and answered privately with a neutral reply that
 * each adapter renders.
 */
import type { ChatPlatform } from '../core/platform.js';
import { APOLOGY } from '../core/errors.js';
import { log } from '../core/log.js';
import { makeReply, type Reply } from '../core/reply.js';
import type { Services } from '../answer/services.js';
import { readVote } from './vote-button.js';

/** What the voter is told, for each outcome. */
export const VOTE_REPLIES = {
  recorded: 'Thanks for the feedback.',
  notKept: 'Thanks. (This bot does not keep feedback, so nothing was recorded.)',
  goneFacts: 'Thanks. Those facts are no longer in the knowledge, so nothing was recorded.',
  malformed: 'Sorry, that vote could not be read, so nothing was recorded.',
} as const;

/** A button press as an adapter received it: the two parts the button carried, and who pressed it. */
export interface VoteEvent {
  platform: ChatPlatform;
  /** The platform's user id; a press without one is not read as a vote. */
  userId: string | undefined;
  /** What the button said the vote is (`up`, `down`, or anything a forged press sends). */
  vote: unknown;
  /** The comma-separated fact ids the button carried, or anything a forged press sends. */
  facts: unknown;
}

const notice = (body: string): Reply => makeReply({ kind: 'info', title: '', body, private: true });

function recordVote(services: Services, event: VoteEvent): Reply {
  const press = readVote(event.vote, event.facts);
  if (!press || !event.userId) return makeReply({ kind: 'error', title: '', body: VOTE_REPLIES.malformed });
  if (!services.votes) return notice(VOTE_REPLIES.notKept);
  const { factsById } = services.engine().knowledge;
  const known = press.factIds.filter((id) => factsById.has(id));
  if (known.length === 0) return notice(VOTE_REPLIES.goneFacts);
  services.votes.record(known, press.vote, services.now(), `${event.platform}:${event.userId}`);
  log.info('vote recorded', { platform: event.platform, vote: press.vote, facts: known.length });
  return notice(VOTE_REPLIES.recorded);
}

/** The private reply to a press; never throws (a failure is logged and the voter gets the apology). */
export function handleVote(services: Services, event: VoteEvent): Reply {
  try {
    return recordVote(services, event);
  } catch (error) {
    log.error('could not record a vote', { platform: event.platform, error });
    return makeReply({ kind: 'error', title: '', body: APOLOGY });
  }
}
