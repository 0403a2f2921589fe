import { defineCommand } from './define-command.js';
import { makeReply } from '../src/core/reply.js';

/** `/azsr-sources`: the documents the bot's knowledge comes from. */
export default defineCommand({
  name: 'azsr-sources',
  description: 'List the documents the answers come from.',
  options: [],
  access: 'everyone',
  slackWord: 'sources',
  example: 'azsr-sources',
  run({ services }) {
    const { knowledge } = services.engine();
    const counts = new Map<string, number>();
    for (const fact of knowledge.facts) for (const id of fact.sources) counts.set(id, (counts.get(id) ?? 0) + 1);
    const items = [...knowledge.sources.values()].map((source) => ({
      label: source.title,
      text: `${source.publisher}, ${source.published}; ${source.author}. ${counts.get(source.id) ?? 0} facts.`,
      url: source.url,
    }));
    return makeReply({
      kind: 'info',
      title: 'Sources',
      body: `Every answer cites one of these ${items.length} documents (${knowledge.facts.length} facts in all).`,
      items,
    });
  },
});
