import { localDate } from '../src/core/local-date.js';
import { parseDayArgument } from '../src/core/day-argument.js';
import { defineCommand } from './define-command.js';
import { UserError } from '../src/core/errors.js';
import { onThisDayReply } from '../src/daily/compose-post.js';

/** `/azsr-today [date]`: what happened in the relationship on this calendar day. */
export default defineCommand({
  name: 'azsr-today',
  description: 'What happened in Azerbaijan–Serbia relations on this day (or another date).',
  options: [
    { name: 'date', description: 'A day such as 02-15, 15.2. or "15 February", "15 februar", "15 fevral" (default: today)', type: 'string', maxLength: 40 },
  ],
  access: 'everyone',
  slackWord: 'today',
  example: 'azsr-today 02-15',
  run({ services }, args) {
    const today = localDate(services.now(), services.timeZone);
    const requested = typeof args.date === 'string' && args.date.trim() !== '' ? args.date : undefined;
    const day = requested === undefined ? today : parseDayArgument(requested, today.year);
    if (!day)
      throw new UserError(
        `"${requested}" is not a date I can read. Use a day and month: 15.2., 02-15, 15 February, 15. februar, 15. фебруар, 15 fevral or 15 февраля.`,
      );
    // The same reply as the daily post, so asking on the day shows exactly what was posted.
    return onThisDayReply(services.engine().knowledge, day);
  },
});
