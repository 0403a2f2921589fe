/**
 * The "on this day" reply, shared by the daily post and `/azsr-today` so that both always show the
 * same thing for the same day.
 */
import { toReplyFact } from '../answer/cite.js';
import type { CalendarDay } from '../core/local-date.js';
import { onThisDay } from '../answer/on-this-day.js';
import { makeReply, type Reply } from '../core/reply.js';
import type { Knowledge } from '../knowledge/types.js';

/** How many facts a post shows before "…and N more": a busy day must still fit one message. */
export const MAX_FACTS_SHOWN = 5;

/** Builds the reply for a calendar day: its title, one labelled line per fact, and their citations. */
export function onThisDayReply(knowledge: Knowledge, day: CalendarDay, maxFacts = MAX_FACTS_SHOWN): Reply {
  const result = onThisDay(knowledge, day);
  const shown = result.facts.slice(0, maxFacts);
  const lines = shown.map((fact, i) => `${result.labels[i]}: ${fact.statement}`);
  const hidden = result.facts.length - shown.length;
  if (hidden > 0) lines.push(`…and ${hidden} more on this day.`);
  return makeReply({
    kind: 'info',
    title: result.title,
    body: lines.join('\n'),
    facts: shown.map((fact) => toReplyFact(knowledge, fact)),
  });
}
