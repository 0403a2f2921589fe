import { defineCommand } from './define-command.js';
import { buildStatusReply } from '../src/moderation/status-report.js';

/** `/azsr-status` (moderators): what is loaded, how the last reload went, most 👎 facts, gaps. */
export default defineCommand({
  name: 'azsr-status',
  description: 'Knowledge loaded, the last reload and its problems, most 👎 facts, declined questions.',
  options: [],
  access: 'moderator',
  slackWord: 'status',
  example: 'azsr-status',
  run({ services }) {
    return buildStatusReply(services);
  },
});
