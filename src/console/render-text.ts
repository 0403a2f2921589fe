/** Renders a neutral reply as plain text for the terminal: answer, citations, related facts. */
import { relatedHeading, replyCitations, type Citation, type Reply, type ReplyFact } from '../core/reply.js';

/** `Title. By Author. Publisher, published. URL` (no "By" when the source names no author). */
export function citationLine(citation: Citation): string {
  const author = citation.author ? ` By ${citation.author}.` : '';
  return `${citation.title}.${author} ${citation.publisher}, ${citation.published}. ${citation.url}`;
}

function factLines(fact: ReplyFact, bullet: string): string[] {
  const date = fact.date ? ` (${fact.date})` : '';
  return [`${bullet}${fact.statement}${date}`, ...fact.citations.map((c) => `    Source: ${citationLine(c)}`)];
}

export function renderReplyText(reply: Reply): string {
  const lines: string[] = [];
  if (reply.kind === 'answer') {
    lines.push(reply.body);
    if (reply.disagreement) lines.push('(The sources disagree here; each account is shown with its own source.)');
    for (const citation of replyCitations(reply, { related: false })) lines.push(`  Source: ${citationLine(citation)}`);
    if (reply.related.length > 0) {
      lines.push('', `${relatedHeading(reply)}:`);
      for (const fact of reply.related) lines.push(...factLines(fact, '  • '));
    }
  } else {
    lines.push(reply.title === '' ? reply.body : `${reply.title}\n${reply.body}`);
    if (reply.kind === 'info') for (const citation of replyCitations(reply)) lines.push(`  Source: ${citationLine(citation)}`);
    for (const item of reply.items) lines.push(`  • ${item.label}: ${item.text}${item.url ? ` ${item.url}` : ''}`);
    if (reply.related.length > 0) {
      lines.push('', `${relatedHeading(reply)}:`);
      for (const fact of reply.related) lines.push(...factLines(fact, '  • '));
    }
    if (reply.suggestions.length > 0) lines.push(`I can tell you about: ${reply.suggestions.join(', ')}.`);
  }
  for (const note of reply.notes) lines.push(`Note: ${note}`);
  return lines.join('\n');
}
