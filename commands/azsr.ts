import { answerReply } from '../src/answer/answer-reply.js';
import { suggestQuestions } from '../src/suggestions/questions.js';
import { defineCommand } from './define-command.js';

/** `/azsr <question>`: the answer to a question, with its sources. */
export default defineCommand({
  name: 'azsr',
  description: 'Ask a question about Azerbaijan–Serbia relations; the answer comes with its source.',
  options: [
    {
      name: 'question',
      description: 'Your question, e.g. "when did Aliyev visit Niš"',
      type: 'string',
      required: true,
      maxLength: 1000,
      suggest: ({ typed, context, limits }) => suggestQuestions(context.services.engine(), typed, limits),
    },
    { name: 'private', description: 'Show the answer only to you', type: 'boolean' },
  ],
  access: 'everyone',
  slackWord: '',
  example: 'azsr when did Aliyev visit Niš',
  run({ services }, args) {
    const engine = services.engine();
    const answer = engine.ask(typeof args.question === 'string' ? args.question : '');
    // Declined questions show moderators what the knowledge lacks (kept without who asked).
    if (!answer.answered) services.gaps?.record(answer.question, services.now());
    // Asked privately (the `private` option) is applied by runCommand, as for every command.
    return answerReply(engine, answer);
  },
});
