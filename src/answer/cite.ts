/** Turns facts into the reply's cited facts, looking their sources up in the knowledge. */
import type { Citation, ReplyFact } from '../core/reply.js';
import { formatFactDate } from '../knowledge/dates.js';
import type { Fact, Knowledge } from '../knowledge/types.js';

export function citationsOf(knowledge: Knowledge, fact: Fact): Citation[] {
  return fact.sources.flatMap((id) => {
    const source = knowledge.sources.get(id);
    if (!source) return [];
    return [{ source: id, title: source.title, publisher: source.publisher, published: source.published, url: source.url, section: fact.section }];
  });
}

export function toReplyFact(knowledge: Knowledge, fact: Fact): ReplyFact {
  return {
    id: fact.id,
    statement: fact.statement,
    ...(fact.date ? { date: formatFactDate(fact.date), isoDate: fact.date.raw } : {}),
    citations: citationsOf(knowledge, fact),
    ...(fact.disagreesWith.length > 0 ? { disagreesWith: fact.disagreesWith } : {}),
  };
}
