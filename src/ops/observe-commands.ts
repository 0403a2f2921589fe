/**
 * Counts and times questions without the commands knowing: each command's run is wrapped, and the
 * question command's replies are counted as answers or declines by their kind.
 */
import type { CommandDefinition } from '../core/command.js';
import type { BotMetrics } from './metrics.js';

/** The command whose argument is a question (`/azsr <question>`). */
export const QUESTION_COMMAND = 'azsr';

/** The same commands, the question command counted and timed in `metrics` (unchanged without metrics). */
export function observeCommands(commands: readonly CommandDefinition[], metrics: BotMetrics | undefined): readonly CommandDefinition[] {
  if (!metrics) return commands;
  return commands.map((command) =>
    command.name !== QUESTION_COMMAND
      ? command
      : {
          ...command,
          async run(context, args) {
            const labels = { platform: context.platform };
            metrics.questions.inc(labels);
            const stopTimer = metrics.answerSeconds.startTimer(labels);
            try {
              const reply = await command.run(context, args);
              if (reply.kind === 'answer') metrics.answers.inc(labels);
              else if (reply.kind === 'decline') metrics.declines.inc(labels);
              return reply;
            } finally {
              stopTimer();
            }
          },
        },
  );
}
