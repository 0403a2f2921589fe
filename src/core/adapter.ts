/**
 * The small interface every chat platform implements. The core never imports a platform library;
 * adapters live in src/adapters/ and are the only code that does.
 */
import type { CommandDefinition } from './command.js';
import type { Reply } from './reply.js';
import type { Services } from './services.js';

export interface Adapter {
  readonly name: 'discord' | 'slack';
  /**
   * Connects and starts serving commands. Rejects with a clear message when it cannot, ever (a
   * rejected token); a platform that is only unreachable resolves and keeps reconnecting.
   */
  start(): Promise<void>;
  /** Optional: called when a started platform fails in a way reconnecting cannot fix. */
  onFailedForGood?(listener: (error: Error) => void): void;
  /** Disconnects cleanly (SIGINT/SIGTERM). */
  stop(): Promise<void>;
  /** Posts a reply to a channel unprompted (the daily post, moderator notices). */
  post(channelId: string, reply: Reply): Promise<void>;
}

/** What an adapter is given besides its own config. */
export interface AdapterDeps {
  commands: readonly CommandDefinition[];
  services: Services;
}
