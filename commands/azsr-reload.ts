import { defineCommand } from './define-command.js';
import { UserError } from '../src/core/errors.js';
import { makeReply } from '../src/core/reply.js';
import { summarizeProblems } from '../src/knowledge/format-problems.js';
import { problemItems } from '../src/moderation/problem-items.js';

/** `/azsr-reload` (moderators): reload the knowledge files now and say how it went. */
export default defineCommand({
  name: 'azsr-reload',
  description: 'Reload the knowledge files now and list any problems.',
  options: [],
  access: 'moderator',
  slackWord: 'reload',
  example: 'azsr-reload',
  async run({ services }) {
    const control = services.knowledge;
    if (!control) throw new UserError('Reloading is not available here: this bot was started without a knowledge folder to reload.');
    const outcome = control.reloadInBackground ? await control.reloadInBackground() : control.reload();
    const counts = `${outcome.facts} facts, ${outcome.sources} sources`;
    const body = outcome.ok
      ? `Reloaded: ${counts} now answering (${summarizeProblems(outcome.problems)}).`
      : `Not reloaded: the knowledge has ${summarizeProblems(outcome.problems)}. The bot keeps answering from the last good knowledge (${counts}). Fix these and save, or run reload again.`;
    return makeReply({
      kind: 'info',
      title: outcome.ok ? 'Knowledge reloaded' : 'Knowledge not reloaded',
      body,
      items: problemItems(outcome.problems, control.dir),
      private: true,
    });
  },
});
