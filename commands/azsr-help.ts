import { defineCommand, type CommandDefinition } from './define-command.js';
import { makeReply } from '../src/core/reply.js';

/**
 * `/azsr-help`: what the bot does and how to ask. It lists the commands it is given (index.ts
 * passes the full list), so this file imports no other command and index.ts imports no cycle.
 */
export function createHelpCommand(listCommands: () => readonly CommandDefinition[]): CommandDefinition {
  return defineCommand({
    name: 'azsr-help',
    description: 'How to use the bot and what it knows about.',
    options: [],
    access: 'everyone',
    slackWord: 'help',
    example: 'azsr-help',
    run({ services, user, platform }) {
      const visible = listCommands().filter((command) => command.access === 'everyone' || user.isModerator);
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
}
