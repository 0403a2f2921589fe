import { defineCommand } from './define-command.js';
import { UserError } from '../src/core/errors.js';
import { makeReply } from '../src/core/reply.js';

/** How many gaps one reply lists; the rest wait until these are answered. */
const SHOWN = 20;

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** `/azsr-gaps` (moderators): the questions the bot declined, most frequent first. */
export default defineCommand({
  name: 'azsr-gaps',
  description: 'Questions the bot could not answer, most often asked first.',
  options: [],
  access: 'moderator',
  slackWord: 'gaps',
  example: 'azsr-gaps',
  run({ services }) {
    const report = services.gapReport;
    if (!report) throw new UserError('Declined questions are not recorded here: this bot was started without a data folder.');
    const { questions, asks } = report.totals();
    const gaps = report.mostAsked(SHOWN);
    const body =
      questions === 0
        ? 'No declined questions recorded yet.'
        : `${count(questions, 'question')} the bot declined, asked ${count(asks, 'time')} in all; most often asked first${questions > SHOWN ? ` (the top ${SHOWN})` : ''}. Add facts that answer them.`;
    return makeReply({
      kind: 'info',
      title: 'Declined questions',
      body,
      items: gaps.map((gap) => ({
        label: gap.question,
        text: `asked ${count(gap.count, 'time')}, last ${gap.lastAsked.slice(0, 16).replace('T', ' ')} UTC`,
      })),
      private: true,
    });
  },
});
