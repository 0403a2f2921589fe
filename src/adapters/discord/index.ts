/**
 * The Discord adapter: serves the commands in `commands/` as slash commands through discord.js,
 * renders replies as embeds and posts the daily message. Commands are registered by the separate
 * register script (`npm run discord:register`), never here.
 */
import { Client, Events, GatewayIntentBits, Routes } from 'discord.js';
import type { DiscordConfig } from '../../config.js';
import type { Adapter, AdapterDeps, PlatformState } from '../../core/adapter.js';
import type { Services } from '../../answer/services.js';
import { InFlight } from '../../core/in-flight.js';
import { log } from '../../core/log.js';
import type { Reply } from '../../core/reply.js';
import { DiscordConnection, type BackoffOptions, type DiscordState } from './connect.js';
import { ROLE_ID } from './context.js';
import { createInteractionHandler } from './interactions.js';
import { renderReply } from './render-embed.js';
import { NO_MENTIONS } from './respond.js';

/** Knobs for tests and unusual deployments; the defaults suit production. */
export interface DiscordAdapterOptions {
  backoff?: BackoffOptions;
  /** Defer a command's reply when it has not finished in this many ms (default 1,500). */
  deferAfterMs?: number;
  /** Discord's window for the first response (default 3,000 ms); a later one is logged. */
  replyWindowMs?: number;
}

/** The connection's own states as /healthz and /metrics name them. */
const PLATFORM_STATE: Record<DiscordState, PlatformState> = {
  connecting: 'starting',
  ready: 'connected',
  reconnecting: 'reconnecting',
  failed: 'failed',
  stopped: 'stopped',
};

/** A discord.js client with only the Guilds intent: slash commands need no message content. */
export function createDiscordClient(config: DiscordConfig): Client {
  return new Client({
    intents: [GatewayIntentBits.Guilds],
    // The default for every send; each send also says so, in case this default is ever changed.
    allowedMentions: NO_MENTIONS,
    rest: {
      ...(config.apiUrl ? { api: config.apiUrl } : {}),
      // Not to reject (discord.js waits a rate limit out) but to say so: a reply held back past
      // Discord's 3 s window is otherwise a silent "The application did not respond".
      rejectOnRateLimit: (limit) => {
        log.warn('Discord: rate limited; waiting before sending', {
          route: limit.route,
          method: limit.method,
          retryAfterMs: limit.retryAfter,
          global: limit.global,
        });
        return false;
      },
    },
  });
}

/**
 * The Discord adapter. `start()` resolves once the bot is connected, or once the first attempt has
 * failed in a way worth retrying (it then keeps reconnecting in the background, forever, with
 * back-off); it rejects with a message saying what to do for a rejected token. Failing for good
 * later (a token reset while running) is reported to `onFailedForGood` listeners. `stop()` closes
 * the connection; `post()` sends a reply to a channel with no mentions allowed.
 */
export function createDiscordAdapter(config: DiscordConfig, deps: AdapterDeps<Services>, options: DiscordAdapterOptions = {}): Adapter {
  let connection: DiscordConnection | undefined;
  let accepting = false;
  // Interactions being answered; stop() lets them finish before closing the connection.
  const inFlight = new InFlight();
  const failureListeners: ((error: Error) => void)[] = [];
  warnIfRoleIsAName(config.moderatorRole);
  const build = clientBuilder({ config, handleInteraction: interactionHandler(config, deps, options), inFlight, accepting: () => accepting });

  return {
    name: 'discord',
    async start() {
      await connection?.stop();
      accepting = true;
      const events = {
        onFailedForGood: (error: Error) => {
          for (const listener of failureListeners) listener(error);
        },
      };
      connection = new DiscordConnection(build, config.token, events, options.backoff);
      await connection.start();
    },
    async stop() {
      accepting = false;
      await inFlight.settled();
      await connection?.stop();
      connection = undefined;
    },
    onFailedForGood(listener) {
      failureListeners.push(listener);
    },
    status() {
      return connection ? PLATFORM_STATE[connection.status] : 'stopped';
    },
    post(channelId: string, reply: Reply) {
      return postReply(connection, channelId, reply);
    },
  };
}

function warnIfRoleIsAName(moderatorRole: string | undefined): void {
  if (moderatorRole && !ROLE_ID.test(moderatorRole)) {
    log.warn(
      'DISCORD_MODERATOR_ROLE is a role name; matching by name is deprecated (a renamed or look-alike role would count). Set it to the role id: Server Settings, Roles, right-click the role, Copy Role ID',
      { role: moderatorRole },
    );
  }
}

function interactionHandler(config: DiscordConfig, deps: AdapterDeps<Services>, options: DiscordAdapterOptions) {
  return createInteractionHandler({
    ...deps,
    ...(config.moderatorRole ? { moderatorRole: config.moderatorRole } : {}),
    ...(options.deferAfterMs !== undefined ? { deferAfterMs: options.deferAfterMs } : {}),
    ...(options.replyWindowMs !== undefined ? { replyWindowMs: options.replyWindowMs } : {}),
  });
}

interface ClientSettings {
  config: DiscordConfig;
  handleInteraction: ReturnType<typeof createInteractionHandler>;
  /** Each interaction is tracked here until answered, so stop() can wait for it. */
  inFlight: InFlight;
  /** False once stopping: new interactions are then left unanswered (Discord tells the user); the running ones finish. */
  accepting: () => boolean;
}

/** Builds a client for each connection attempt, with the adapter's listeners on it. */
function clientBuilder({ config, handleInteraction, inFlight, accepting }: ClientSettings): () => Client {
  return () => {
    const created = createDiscordClient(config);
    created.on(Events.InteractionCreate, (interaction) => {
      if (accepting()) void inFlight.track(handleInteraction(interaction));
    });
    // Without a listener an 'error' event would crash the process.
    created.on(Events.Error, (error) => log.error('Discord: client error', { error }));
    return created;
  };
}

async function postReply(connection: DiscordConnection | undefined, channelId: string, reply: Reply): Promise<void> {
  const client = connection?.client;
  if (!client)
    throw new Error(
      `Discord: cannot post to channel ${channelId} while not connected (${connection ? `the connection is ${connection.status}; it keeps trying` : 'call start() first'})`,
    );
  const { embeds, components } = renderReply(reply);
  await client.rest.post(Routes.channelMessages(channelId), { body: { embeds, components, allowed_mentions: NO_MENTIONS } });
}
