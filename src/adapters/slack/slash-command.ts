/**
 * The `/azsr` slash command: reads the text into one of the commands, runs it with runCommand and
 * renders the reply. Slack wants an acknowledgement within 3 seconds; a reply ready in time is sent
 * with the acknowledgement itself (one round trip), a slower one follows through response_url.
 */
import type { AllMiddlewareArgs, RespondArguments, SlackCommandMiddlewareArgs, SlashCommand } from '@slack/bolt';
import type { CommandContext, CommandDefinition } from '../../core/command.js';
import { runInvocation } from '../../core/dispatch.js';
import { APOLOGY } from '../../core/errors.js';
import { log } from '../../core/log.js';
import { parseSlackText } from '../../core/parse-invocation.js';
import type { Reply } from '../../core/reply.js';
import type { Services } from '../../answer/services.js';
import { renderReply } from './render-reply.js';

/** What the `/azsr` listener needs: the commands, the services, and who the moderators are. */
export interface SlashCommandDeps {
  commands: readonly CommandDefinition[];
  services: Services;
  moderatorIds: ReadonlySet<string>;
  /** Replies not ready by then are acked empty and sent through response_url. */
  ackDeadlineMs: number;
}

/** Runs the command the text asks for. */
async function replyTo(command: SlashCommand, deps: SlashCommandDeps): Promise<Reply> {
  // A bare `/azsr` is a request for help rather than an empty question.
  const invocation = parseSlackText(deps.commands, command.text ?? '', { whenEmpty: 'help' });
  const context: CommandContext = {
    platform: 'slack',
    user: { id: command.user_id, name: command.user_name, isModerator: deps.moderatorIds.has(command.user_id) },
    place: { serverId: command.team_id, channelId: command.channel_id },
    services: deps.services,
  };
  return runInvocation(invocation, context);
}

/** The reply as a slash-command response: ephemeral when private, otherwise in the channel. */
export async function respondTo(command: SlashCommand, deps: SlashCommandDeps): Promise<RespondArguments> {
  try {
    const reply = await replyTo(command, deps);
    const message = renderReply(reply, reply.private ? {} : { askedBy: command.user_id });
    return { response_type: reply.private ? 'ephemeral' : 'in_channel', ...message };
  } catch (error) {
    // runCommand already catches command errors; this is for parsing or rendering going wrong.
    // Who asked is never logged (the docs promise it is never kept).
    log.error('slack: /azsr failed', { channel: command.channel_id, error });
    return { response_type: 'ephemeral', text: APOLOGY };
  }
}

/** Resolves with the value if it comes within `ms`, otherwise with undefined; leaves no timer behind. */
async function within<T>(pending: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<undefined>((resolve) => {
    timer = setTimeout(resolve, ms, undefined);
  });
  try {
    return await Promise.race([pending, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** The Bolt listener for `/azsr`. */
export function createSlashCommandListener(deps: SlashCommandDeps) {
  return async ({ command, ack, respond }: SlackCommandMiddlewareArgs & AllMiddlewareArgs): Promise<void> => {
    const pending = respondTo(command, deps);
    const early = await within(pending, deps.ackDeadlineMs);
    if (early) {
      await ack(early);
      return;
    }
    await ack();
    await respond(await pending);
  };
}
