/**
 * Renders the neutral Reply as a Slack message: Block Kit with the answer first, a context block
 * of citations for every fact shown, related facts, and a plain-text fallback for notifications.
 * Every piece of text from the knowledge or the user is escaped here and nowhere else.
 */
import type { types } from '@slack/bolt';
import { relatedHeading, type Citation, type Reply, type ReplyFact } from '../../core/reply.js';
import { context, header, section, sections } from './blocks.js';
import { fitBlocks, SLACK_LIMITS } from './limits.js';
import { escapeMrkdwn, mention, mrkdwnLink, truncateMrkdwn } from './mrkdwn.js';
import { packFactIds, VOTE_CHOICES, votedFactIds } from '../../moderation/vote-button.js';
import type { Vote } from '../../core/services.js';

type KnownBlock = types.KnownBlock;

/** A message ready for chat.postMessage, ack() or respond(). */
export interface SlackMessage {
  /** Escaped plain-text fallback, shown in notifications and where blocks cannot be. */
  text: string;
  blocks: KnownBlock[];
}

export interface RenderOptions {
  /** The Slack user id of who asked; public answers say so. */
  askedBy?: string;
}

/** The action id of a vote's button: `vote_up`, `vote_down` (vote-action.ts listens for both). */
export const voteActionId = (vote: Vote) => `vote_${vote}`;

const DISAGREEMENT = '⚖️ The sources disagree here; each account is shown with its own source.';

function citationText(citation: Citation): string {
  const author = citation.author ? `by ${citation.author}, ` : '';
  return `${mrkdwnLink(citation.url, citation.title)} · ${escapeMrkdwn(`${author}${citation.publisher}, ${citation.published}`)}`;
}

/** The fact's date and each of its citations, as one context block. */
function factContext(fact: ReplyFact): KnownBlock[] {
  const block = context([fact.date ? `📅 *${escapeMrkdwn(fact.date)}*` : '', ...fact.citations.map(citationText)]);
  return block ? [block] : [];
}

function relatedGroup(fact: ReplyFact): KnownBlock[] {
  return [section(`• ${escapeMrkdwn(fact.statement)}`), ...factContext(fact)];
}

/** 👍/👎 whose value carries the answer's fact ids, as many as fit in a button's value. */
function voteButtons(reply: Reply): KnownBlock[] {
  const value = packFactIds(votedFactIds(reply), SLACK_LIMITS.buttonValue);
  if (value === '') return [];
  const elements = VOTE_CHOICES.map(({ vote, emoji, label }) => ({
    type: 'button' as const,
    action_id: voteActionId(vote),
    value,
    text: { type: 'plain_text' as const, text: emoji, emoji: true },
    accessibility_label: label,
  }));
  return [{ type: 'actions', block_id: 'azsr_vote', elements }];
}

function tailBlocks(reply: Reply, options: RenderOptions): KnownBlock[] {
  const blocks: (KnownBlock | undefined)[] = [];
  if (reply.suggestions.length > 0) blocks.push(context([`I can tell you about: ${escapeMrkdwn(reply.suggestions.join(', '))}.`]));
  blocks.push(context(reply.notes.map((note) => `_${escapeMrkdwn(note)}_`)));
  if (options.askedBy && reply.kind === 'answer') blocks.push(context([`Asked by ${mention(options.askedBy)}: “${escapeMrkdwn(reply.title)}”`]));
  else if (options.askedBy) blocks.push(context([`Asked by ${mention(options.askedBy)}`]));
  const tail = blocks.filter((block): block is KnownBlock => block !== undefined);
  return [...tail, ...voteButtons(reply)];
}

function headBlocks(reply: Reply): KnownBlock[][] {
  const head: KnownBlock[][] = [];
  if (reply.kind === 'info' && reply.title !== '') head.push([header(reply.title)]);
  const bodyLines = reply.body
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map(escapeMrkdwn);
  head.push(...sections(bodyLines).map((block) => [block]));
  if (reply.disagreement) head.push([context([DISAGREEMENT]) as KnownBlock]);
  const items = reply.items.map((item) => `• *${item.url ? mrkdwnLink(item.url, item.label) : escapeMrkdwn(item.label)}*: ${escapeMrkdwn(item.text)}`);
  head.push(...sections(items).map((block) => [block]));
  return head;
}

/** The plain-text fallback: what the reply is, escaped, short enough for a notification. */
function fallbackText(reply: Reply): string {
  const plain = reply.kind === 'info' && reply.title !== '' ? `${reply.title}: ${reply.body}` : reply.body || reply.title;
  // Slack refuses a message with neither text nor blocks.
  return truncateMrkdwn(escapeMrkdwn(plain), SLACK_LIMITS.fallback) || 'azsr';
}

/** Renders a reply as Block Kit within Slack's limits; never throws on long or odd content. */
export function renderReply(reply: Reply, options: RenderOptions = {}): SlackMessage {
  // The heading travels with the first related fact, so it is never left alone.
  const related = reply.kind === 'answer' || reply.kind === 'decline' ? reply.related.map(relatedGroup) : [];
  if (related[0]) related[0] = [section(`*${escapeMrkdwn(relatedHeading(reply))}*`), ...related[0]];
  const blocks = fitBlocks({
    head: headBlocks(reply),
    facts: reply.facts.map(factContext).filter((group) => group.length > 0),
    related,
    tail: tailBlocks(reply, options),
  });
  return { text: fallbackText(reply), blocks };
}
