/**
 * The small interface every chat platform implements. The core never imports a platform library;
 * adapters live in src/adapters/ and are the only code that does.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { CommandDefinition } from './command.js';
import type { ChatPlatform } from './platform.js';
import type { Reply } from './reply.js';
import type { Services } from './services.js';

/** Where a platform's connection stands, for /healthz and /metrics. */
export type PlatformState = 'starting' | 'connected' | 'reconnecting' | 'failed' | 'stopped';

export interface Adapter {
  readonly name: ChatPlatform;
  /**
   * Connects and starts serving commands. Rejects with a clear message when it cannot, ever (a
   * rejected token); a platform that is only unreachable resolves and keeps reconnecting.
   */
  start(): Promise<void>;
  /** Optional: called when a started platform fails in a way reconnecting cannot fix. */
  onFailedForGood?(listener: (error: Error) => void): void;
  /**
   * Disconnects cleanly (SIGINT/SIGTERM): stops taking new requests, lets the replies already
   * being worked on finish, then closes the connection.
   */
  stop(): Promise<void>;
  /** Posts a reply to a channel unprompted (the daily post, moderator notices). */
  post(channelId: string, reply: Reply): Promise<void>;
  /**
   * Optional: the connection's state now. Without it, start-up assumes `connected` once start()
   * has resolved and `failed` when it rejected.
   */
  status?(): PlatformState;
}

/** An extra HTTP route (GET /healthz, /metrics) an adapter serves when it runs a web server. */
export interface HttpRoute {
  path: string;
  handler(request: IncomingMessage, response: ServerResponse): void;
}

/** What an adapter is given besides its own config. */
export interface AdapterDeps<S = Services> {
  commands: readonly CommandDefinition<S>[];
  services: S;
  /** Optional: routes to serve beside the platform's own, where the adapter listens on HTTP. */
  httpRoutes?: readonly HttpRoute[];
}
