/**
 * Runs a command the same way on every platform: moderators-only commands are checked again here,
 * a UserError becomes a clear private message, anything else is logged with its context and the
 * user gets one short private apology, and a command asked privately (`args.private`, however the
 * platform spells it) replies privately. Adapters call this and render what it returns.
 */
import type { CommandArgs, CommandContext, CommandDefinition } from './command.js';
import { APOLOGY, UserError } from './errors.js';
import { log } from './log.js';
import type { Invocation } from './parse-invocation.js';
import { makeReply, withPrivacy, type Reply } from './reply.js';

export async function runCommand(command: CommandDefinition, context: CommandContext, args: CommandArgs): Promise<Reply> {
  if (command.access === 'moderator' && !context.user.isModerator) {
    return makeReply({ kind: 'refusal', title: `/${command.name}`, body: `/${command.name} is for moderators only.` });
  }
  try {
    return withPrivacy(await command.run(context, args), args.private === true);
  } catch (error) {
    if (error instanceof UserError) return makeReply({ kind: 'error', title: `/${command.name}`, body: error.message });
    log.error('command failed', { command: command.name, platform: context.platform, channel: context.place.channelId, error });
    return makeReply({ kind: 'error', title: `/${command.name}`, body: APOLOGY });
  }
}

/** Runs a parsed invocation; one that could not be read becomes a clear private message saying why. */
export async function runInvocation(invocation: Invocation, context: CommandContext): Promise<Reply> {
  if ('error' in invocation) return makeReply({ kind: 'error', title: '', body: invocation.error });
  return runCommand(invocation.command, context, invocation.args);
}
