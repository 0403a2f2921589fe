import { defineCommand } from '../src/core/command.js';
import { makeReply } from '../src/core/reply.js';

/** `/azsr-help`: what the bot does and how to ask. */
export default defineCommand({
  name: 'azsr-help',
  description: 'How to use the bot and what it knows about.',
  options: [],
  access: 'everyone',
  slackWord: 'help',
  example: 'azsr-help',
  async run({ services, user, platform }) {
    // Imported when run: index.ts imports this file, and a static import would be a cycle.
    const { commands } = await import('./index.js');
    const visible = commands.filter((command) => command.access === 'everyone' || user.isModerator);
    const items = visible.map((command) => ({
      label: platform === 'slack' ? `/azsr ${command.slackWord || '<question>'}`.trim() : `/${command.name}`,
      text: `${command.description}${command.access === 'moderator' ? ' (moderators)' : ''}`,
    }));
    return makeReply({
      kind: 'info',
      title: 'azsr: Azerbaijan–Serbia relations, with sources',
      body: 'Ask a factual question in English, Serbian or Azerbaijani; every answer cites its source. Try "when did Aliyev visit Niš" or "who built the Ljig–Preljina motorway".',
      items,
      suggestions: services.engine().topics,
      private: true,
    });
  },
});
