/**
 * Renders the neutral Reply as a Discord message: one embed (the answer first, then a field per
 * cited fact, related facts, suggestions) and, for answers, the 👍 / 👎 buttons. Everything from
 * people or knowledge files is escaped; limits are kept by fitEmbed.
 */
import type { APIActionRowComponent, APIButtonComponent, APIEmbed } from 'discord.js';
import { relatedHeading, type Citation, type Reply, type ReplyFact, type ReplyKind } from '../../core/reply.js';
import { fitEmbed, Priority, type DraftField } from './fit-embed.js';
import { escapeText, excerpt, maskedLink } from './text.js';
import { votedFactIds } from '../../moderation/vote-button.js';
import { voteButtons } from './votes.js';

/** What a message needs besides its flags and allowed mentions, as API JSON. */
export interface RenderedMessage {
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIButtonComponent>[];
}

const COLORS: Record<ReplyKind, number> = { answer: 0x2f6fdf, info: 0x1f9bb5, decline: 0x8a8f98, refusal: 0xd9534f, error: 0xd9534f };
const DISAGREEMENT = 'The sources disagree here; each account is shown with its own source.';

/** `[title](url) — by author, publisher, published`, the way every fact is cited. */
export function citationMarkdown(citation: Citation): string {
  const author = citation.author ? `by ${citation.author}, ` : '';
  return `${maskedLink(citation.title, citation.url)} — ${escapeText(`${author}${citation.publisher}, ${citation.published}`)}`;
}

function factField(fact: ReplyFact): DraftField {
  const heading = fact.date ? `${fact.date} · ${excerpt(fact.statement, 80)}` : excerpt(fact.statement, 90);
  const sources = fact.citations.map(citationMarkdown);
  return { name: escapeText(heading), value: sources.length > 0 ? sources.join('\n') : 'No source recorded.', priority: Priority.fact };
}

// Long enough to read as a fact, short enough that three of them leave room for the answer.
const RELATED_EXCERPT = 300;

function relatedField(fact: ReplyFact, heading: string): DraftField {
  const first = fact.citations[0];
  const source = first ? ` — ${maskedLink(first.publisher, first.url)}` : '';
  return {
    name: `${heading}${fact.date ? ` · ${escapeText(fact.date)}` : ''}`,
    value: `${escapeText(excerpt(fact.statement, RELATED_EXCERPT))}${source}`,
    priority: Priority.related,
  };
}

function itemField(item: Reply['items'][number]): DraftField {
  const link = item.url ? `\n${maskedLink('Open the source', item.url)}` : '';
  return { name: escapeText(item.label), value: `${escapeText(item.text)}${link}`, priority: Priority.extra };
}

function fields(reply: Reply): DraftField[] {
  const result: DraftField[] = [];
  if (reply.disagreement) result.push({ name: '⚖️ Sources disagree', value: DISAGREEMENT, priority: Priority.fact });
  result.push(...reply.facts.map(factField));
  result.push(...reply.items.map(itemField));
  result.push(...reply.related.map((fact) => relatedField(fact, relatedHeading(reply))));
  if (reply.suggestions.length > 0) {
    result.push({ name: 'You could ask about', value: escapeText(reply.suggestions.join(', ')), priority: Priority.extra });
  }
  return result;
}

/** The reply as one embed within Discord's limits. */
export function renderEmbed(reply: Reply): APIEmbed {
  const isProblem = reply.kind === 'error' || reply.kind === 'refusal';
  return fitEmbed({
    // An apology or refusal reads better without the command name as a heading.
    title: isProblem ? '' : escapeText(reply.title),
    description: escapeText(reply.body),
    fields: fields(reply),
    footer: reply.notes.join(' · '),
    color: COLORS[reply.kind],
  });
}

/** The reply as a message: its embed, plus vote buttons on answers. */
export function renderReply(reply: Reply): RenderedMessage {
  const factIds = votedFactIds(reply);
  const buttons = factIds.length > 0 ? voteButtons(factIds) : undefined;
  return { embeds: [renderEmbed(reply)], components: buttons ? [buttons] : [] };
}
