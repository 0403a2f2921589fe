/** Turns facts into the reply's cited facts, looking their sources up in the knowledge. */
import type { Citation, ReplyFact } from '../core/reply.js';
import { formatFactDate } from '../knowledge/dates.js';
import type { Fact, Knowledge, Source } from '../knowledge/types.js';

// sources.yaml says "not named" (or "unknown") when a document names no author.
const NO_AUTHOR = /^\s*(not named|unknown|none|anonymous)\b/i;

/** The source's author as a citation shows it, or undefined when the document names none. */
export function knownAuthor(source: Source): string | undefined {
  return NO_AUTHOR.test(source.author) ? undefined : source.author;
}

export function citationsOf(knowledge: Knowledge, fact: Fact): Citation[] {
  return fact.sources.flatMap((id) => {
    const source = knowledge.sources.get(id);
    if (!source) return [];
    const author = knownAuthor(source);
    return [
      {
        source: id,
        title: source.title,
        ...(author ? { author } : {}),
        publisher: source.publisher,
        published: source.published,
        url: source.url,
        section: fact.section,
      },
    ];
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
