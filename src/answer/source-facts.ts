/**
 * The sources themselves as facts, so "who wrote the Jamestown piece" or "when was the RUSI
 * commentary published" are answered, and cited, like any other question. Made from sources.yaml
 * when the engine is built; they never appear in the daily post or in the knowledge checks.
 */
import { formatFactDate, parseFactDate } from '../knowledge/dates.js';
import type { Fact, Knowledge, Source } from '../knowledge/types.js';
import { knownAuthor } from './cite.js';

const TAGS = ['source', 'published', 'publication', 'publisher', 'article', 'piece', 'commentary', 'report', 'title'];
// Only a document that names its author answers "who wrote it"; one that does not is shown as related.
const AUTHOR_TAGS = ['author', 'wrote', 'written', 'writer'];

function statementOf(source: Source, published: string | undefined): string {
  const author = knownAuthor(source);
  const when = published ? `published ${/^\d{4}$/.test(published) ? 'in ' : ''}${published}` : 'of unknown date';
  const who = author ? `was written by ${author} and ${when}` : `does not name its author; it was ${when}`;
  const note = source.publishedNote ? ` (${source.publishedNote.replace(/\.$/, '')})` : '';
  return `"${source.title}", from ${source.publisher}, ${who}${note}.`;
}

export function sourceFacts(knowledge: Knowledge): Fact[] {
  return [...knowledge.sources.values()].map((source) => {
    const author = knownAuthor(source);
    const date = parseFactDate(source.published);
    const parsed = typeof date === 'string' ? undefined : date;
    return {
      id: `source-${source.id}`,
      statement: statementOf(source, parsed ? formatFactDate(parsed) : undefined),
      ...(parsed ? { date: parsed } : {}),
      sources: [source.id],
      section: 'About the document',
      // The author, so that "who wrote it, and where is HE based" can go on from this answer.
      people: author ? [author] : [],
      places: [],
      orgs: source.names,
      tags: author ? [...TAGS, ...AUTHOR_TAGS] : TAGS,
      disagreesWith: [],
      file: 'sources.yaml',
      line: 1,
    };
  });
}
