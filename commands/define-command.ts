/**
 * The core's command types with the services commands are given (the answer engine included), so
 * a command's `run` sees `services.engine()` typed. Every file in commands/ defines itself with this.
 */
import type { CommandContext as CoreCommandContext, CommandDefinition as CoreCommandDefinition } from '../src/core/command.js';
import type { Services } from '../src/answer/services.js';

export type CommandContext = CoreCommandContext<Services>;
export type CommandDefinition = CoreCommandDefinition<Services>;

/** Defines a command; a helper so definitions are type-checked where they are written. */
export function defineCommand(definition: CommandDefinition): CommandDefinition {
  return definition;
}
