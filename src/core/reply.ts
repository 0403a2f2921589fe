/**
 * The platform-neutral reply every command returns. Adapters (console, Discord, Slack) render it;
 * nothing here knows about embeds, Block Kit, markdown or length limits. All text is plain text:
 * adapters escape it for their platform.
 */

/** Where a fact comes from, ready to show as a link. */
export interface Citation {
  /** Source id from knowledge/sources.yaml, e.g. `rusi-2020`. */
  source: string;
  title: string;
  /** Who wrote it (`Vuk Vuksanovic`, `Wikipedia contributors`); absent when the source does not name anyone. */
  author?: string;
  publisher: string;
  /** Publication date as written in the sources file (`2020-08-19`, `2026-02`). */
  published: string;
  url: string;
  /** Heading in the source where the fact is stated. */
  section?: string;
}

/** One fact as shown to a person, with every citation it rests on. */
export interface ReplyFact {
  id: string;
  statement: string;
  /** The date as people read it: `21 August 1997`, `February 2011`, `2023`, `2010–2018`. */
  date?: string;
  /** Machine form of the date (`1997-08-21`, `2011-02`, `2023`, `2010/2018`). */
  isoDate?: string;
  citations: Citation[];
  /** Ids of facts from other sources that say otherwise. */
  disagreesWith?: string[];
}

/** A labelled line in a list reply (help, sources, status). */
export interface ReplyItem {
  label: string;
  text: string;
  url?: string;
}

export type ReplyKind = 'answer' | 'decline' | 'info' | 'refusal' | 'error';

export interface Reply {
  kind: ReplyKind;
  /** A short heading: the question, "On this day: 15 February", "Sources". */
  title: string;
  /** The lead text: for an answer, what was asked, without the related facts. */
  body: string;
  /** The facts the answer rests on, the answer's own first. */
  facts: ReplyFact[];
  /** A few more facts on the same subject, shown after the answer. */
  related: ReplyFact[];
  /** Lists for informational replies. */
  items: ReplyItem[];
  /** Topics or questions offered, e.g. after a decline. */
  suggestions: string[];
  /** Small print: "Your question was trimmed to 500 characters." */
  notes: string[];
  /** Only the asker should see it (see `withPrivacy`: declines, errors and refusals always are). */
  private: boolean;
  /** Facts shown here disagree with each other; adapters may flag it. */
  disagreement: boolean;
}

/** The heading over related facts: after a decline they are on the subject, but not the answer. */
export function relatedHeading(reply: Pick<Reply, 'kind'>): string {
  return reply.kind === 'decline' ? 'On the same subject (not an answer to your question)' : 'Related';
}

/** Kinds only the asker ever sees: a decline, an error or a refusal is nobody else's business. */
const ALWAYS_PRIVATE: ReadonlySet<ReplyKind> = new Set(['decline', 'error', 'refusal']);

/**
 * The one privacy rule, for every platform: a reply is only for the asker when it says so, when
 * they asked privately, or when it is a decline, an error or a refusal. Adapters only read
 * `reply.private`; `makeReply` and `runCommand` apply this rule before a reply reaches them.
 */
export function withPrivacy(reply: Reply, askedPrivately = false): Reply {
  const isPrivate = reply.private || askedPrivately || ALWAYS_PRIVATE.has(reply.kind);
  return isPrivate === reply.private ? reply : { ...reply, private: isPrivate };
}

/** Builds a reply, filling the parts left out with empty values. */
export function makeReply(parts: Pick<Reply, 'kind' | 'title' | 'body'> & Partial<Reply>): Reply {
  return withPrivacy({
    facts: [],
    related: [],
    items: [],
    suggestions: [],
    notes: [],
    disagreement: false,
    private: false,
    ...parts,
  });
}

/** Every distinct citation in a reply (or only the answer's own facts), in order of first appearance. */
export function replyCitations(reply: Reply, options: { related?: boolean } = {}): Citation[] {
  const seen = new Map<string, Citation>();
  for (const fact of options.related === false ? reply.facts : [...reply.facts, ...reply.related]) {
    for (const citation of fact.citations) {
      if (!seen.has(citation.source)) seen.set(citation.source, citation);
    }
  }
  return [...seen.values()];
}
