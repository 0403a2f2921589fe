/**
 * The Discord adapter: serves the commands in `commands/` as slash commands through discord.js,
 * renders replies as embeds and posts the daily message. Commands are registered by the separate
 * register script (`npm run discord:register`), never here.
 */
import { Client, Events, GatewayIntentBits, Routes, Status } from 'discord.js';
import type { DiscordConfig } from '../../config.js';
import type { Adapter, AdapterDeps, PlatformState } from '../../core/adapter.js';
import { InFlight } from '../../core/in-flight.js';
import { log } from '../../core/log.js';
import type { Reply } from '../../core/reply.js';
import { connectWithBackoff, type BackoffOptions } from './connect.js';
import { createInteractionHandler } from './interactions.js';
import { renderReply } from './render-embed.js';
import { NO_MENTIONS } from './respond.js';

/** Knobs for tests and unusual deployments; the defaults suit production. */
export interface DiscordAdapterOptions {
  backoff?: BackoffOptions;
  /** Defer a command's reply when it has not finished in this many ms (default 1,500). */
  deferAfterMs?: number;
}

/** A discord.js client with only the Guilds intent: slash commands need no message content. */
export function createDiscordClient(config: DiscordConfig): Client {
  return new Client({
    intents: [GatewayIntentBits.Guilds],
    // The default for every send; each send also says so, in case this default is ever changed.
    allowedMentions: NO_MENTIONS,
    ...(config.apiUrl ? { rest: { api: config.apiUrl } } : {}),
  });
}

/**
 * The Discord adapter. `start()` resolves once the bot is connected and rejects with a message
 * saying what to do (bad token: at once; network: after a bounded back-off); `stop()` closes the
 * connection; `post()` sends a reply to a channel with no mentions allowed.
 */
export function createDiscordAdapter(config: DiscordConfig, deps: AdapterDeps, options: DiscordAdapterOptions = {}): Adapter {
  let client: Client | undefined;
  let stopping = new AbortController();
  let state: PlatformState = 'stopped';
  // Interactions being answered; stop() lets them finish before closing the connection.
  const inFlight = new InFlight();
  const handleInteraction = createInteractionHandler({
    ...deps,
    ...(config.moderatorRole ? { moderatorRole: config.moderatorRole } : {}),
    ...(options.deferAfterMs !== undefined ? { deferAfterMs: options.deferAfterMs } : {}),
  });

  const build = () => {
    const created = createDiscordClient(config);
    created.on(Events.InteractionCreate, (interaction) => void inFlight.track(handleInteraction(interaction)));
    // Without a listener an 'error' event would crash the process.
    created.on(Events.Error, (error) => log.error('Discord: client error', { error }));
    created.on(Events.ShardDisconnect, (event) => log.warn('Discord: disconnected from the gateway', { code: event.code }));
    return created;
  };

  return {
    name: 'discord',
    async start() {
      stopping = new AbortController();
      state = 'starting';
      client = await connectWithBackoff(build, config.token, { ...options.backoff, signal: stopping.signal }).catch((error: unknown) => {
        state = stopping.signal.aborted ? 'stopped' : 'failed';
        throw error;
      });
      log.info('Discord: connected', { bot: client.user?.tag, application: config.applicationId });
    },
    async stop() {
      stopping.abort();
      client?.removeAllListeners(Events.InteractionCreate);
      await inFlight.settled();
      await client?.destroy();
      client = undefined;
      state = 'stopped';
    },
    status() {
      if (!client) return state;
      return client.ws.shards.size > 0 && client.ws.shards.every((shard) => shard.status === Status.Ready) ? 'connected' : 'reconnecting';
    },
    async post(channelId: string, reply: Reply) {
      if (!client) throw new Error(`Discord: cannot post to channel ${channelId} before the adapter has connected (call start() first)`);
      const { embeds, components } = renderReply(reply);
      await client.rest.post(Routes.channelMessages(channelId), { body: { embeds, components, allowed_mentions: NO_MENTIONS } });
    },
  };
}
