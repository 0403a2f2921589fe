/**
 * The Slack adapter: serves the commands through one `/azsr` slash command with @slack/bolt, in
 * Socket Mode or over HTTP, renders replies as Block Kit, and posts the daily message.
 */
import type { App, BlockAction, ButtonAction, SocketModeReceiver, webApi } from '@slack/bolt';
import type { SlackConfig } from '../../config.js';
import type { Adapter, AdapterDeps, PlatformState } from '../../core/adapter.js';
import type { Services } from '../../answer/services.js';
import { InFlight } from '../../core/in-flight.js';
import { log } from '../../core/log.js';
import type { Reply } from '../../core/reply.js';
import { createBoltApp, type BoltApp } from './bolt-app.js';
import { createBoltLogger } from './bolt-logger.js';
import { renderReply } from './render-reply.js';
import { createSlashCommandListener } from './slash-command.js';
import { keepReconnecting } from './socket-reconnect.js';
import { refreshWithoutGap } from './socket-refresh.js';
import { verifyBotToken } from './verify-token.js';
import { createVoteListener, VOTE_ACTION } from './vote-action.js';

export { renderReply, type SlackMessage } from './render-reply.js';

/** Options for running the adapter; production uses the defaults, tests tighten them. */
export interface SlackAdapterOptions {
  /**
   * How failed Web API calls are retried. Default: 3 retries within about 15 seconds (Bolt's own
   * default retries for half an hour). Tests pass `{ retries: 0 }` so a failure shows at once.
   */
  retryConfig?: webApi.RetryOptions;
  /** HTTP mode: the interface to listen on. Default every interface, since Slack must reach it. */
  host?: string;
  /** Socket Mode: milliseconds to wait for a pong, also the first delay before reconnecting. Default 5000. */
  clientPingTimeoutMs?: number;
  /** Replies not ready within this many milliseconds follow through response_url. Default 2000 (Slack allows 3000). */
  ackDeadlineMs?: number;
}

/** The Slack adapter, with the port it listens on in HTTP mode (useful with SLACK_PORT=0). */
export interface SlackAdapter extends Adapter {
  readonly port: number | undefined;
}

const DEFAULT_RETRIES: webApi.RetryOptions = { retries: 3, factor: 2, minTimeout: 1000, maxTimeout: 8000, randomize: true };

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Creates the adapter; nothing connects until start(). */
export function createSlackAdapter(config: SlackConfig, deps: AdapterDeps<Services>, options: SlackAdapterOptions = {}): SlackAdapter {
  const logger = createBoltLogger();
  const clientOptions: webApi.WebClientOptions = {
    ...(config.apiUrl ? { slackApiUrl: config.apiUrl } : {}),
    logger,
    retryConfig: options.retryConfig ?? DEFAULT_RETRIES,
    // A Web API call that hangs would otherwise hold start() or a reply forever.
    timeout: 10_000,
  };
  let running: (BoltApp & { port: number | undefined }) | undefined;
  // Set while start() connects, so a stop() then (SIGTERM during a long reconnect) still stops it.
  let starting: BoltApp | undefined;
  let abortStart: ((reason: Error) => void) | undefined;
  const failureListeners: ((error: Error) => void)[] = [];
  let state: PlatformState = 'stopped';
  // Requests being answered (a reply can follow the ack through response_url); stop() waits for them.
  const inFlight = new InFlight();

  function register(app: App): void {
    const slashCommand = createSlashCommandListener({
      commands: deps.commands,
      services: deps.services,
      moderatorIds: new Set(config.moderatorIds),
      ackDeadlineMs: options.ackDeadlineMs ?? 2000,
    });
    const vote = createVoteListener(deps.services);
    app.command('/azsr', (args) => inFlight.track(slashCommand(args)));
    app.action<BlockAction<ButtonAction>>(VOTE_ACTION, (args) => inFlight.track(vote(args)));
    // The one catch-all: whatever a listener or Bolt itself fails at is logged, never thrown on.
    app.error(async (error) => {
      log.error('slack: error while handling a request', { code: error.code, error: describe(error) });
    });
  }

  async function listen(bolt: BoltApp): Promise<number | undefined> {
    if (bolt.mode === 'socket') {
      keepReconnecting(bolt.receiver.client);
      refreshWithoutGap(bolt.receiver.client);
      trackSocketState(bolt.receiver.client);
      const connected = bolt.app.start().catch((error: unknown) => {
        throw new Error(
          `Slack: Socket Mode could not connect (${describe(error)}). Check SLACK_APP_TOKEN: an app-level token (xapp-…) with the connections:write scope, from Basic Information, App-Level Tokens.`,
          { cause: error },
        );
      });
      // Slack unreachable for now: start() returns so the rest of the bot runs, and the client
      // keeps trying; a failure it cannot get past later is reported as failed for good.
      const retrying = new Promise<'retrying'>((resolve) => bolt.receiver.client.once('reconnecting', () => resolve('retrying')));
      if ((await Promise.race([connected.then(() => 'connected' as const), retrying])) === 'retrying') {
        log.warn('Slack: Socket Mode could not connect yet; it keeps trying in the background');
        state = 'reconnecting';
        connected.then(
          () => log.info('Slack: Socket Mode connected'),
          (error: Error) => {
            if (running?.app !== bolt.app) return; // stopped meanwhile: not a failure
            state = 'failed';
            log.error(error.message);
            for (const listener of failureListeners) listener(error);
          },
        );
      }
      return undefined;
    }
    const server = await bolt.app.start({ port: config.port, ...(options.host ? { host: options.host } : {}) }).catch((error: unknown) => {
      throw new Error(`Slack: could not listen on port ${config.port} (${describe(error)}). Set SLACK_PORT to a free port.`, { cause: error });
    });
    const address = server.address();
    return typeof address === 'object' && address ? address.port : config.port;
  }

  function trackSocketState(client: SocketModeReceiver['client']): void {
    client.on('connected', () => {
      if (running || starting) state = 'connected';
    });
    for (const event of ['connecting', 'reconnecting', 'disconnected']) {
      client.on(event, () => {
        if (running) state = 'reconnecting';
      });
    }
  }

  async function shutDown(bolt: BoltApp): Promise<void> {
    // app.stop() returns before the WebSocket has closed; the client's disconnect() waits for it.
    if (bolt.mode === 'socket') await bolt.receiver.client.disconnect();
    else await bolt.app.stop();
  }

  async function connect(): Promise<void> {
    const identity = await verifyBotToken(config.botToken, clientOptions);
    const bolt = createBoltApp({
      config,
      identity,
      clientOptions,
      logger,
      clientPingTimeoutMs: options.clientPingTimeoutMs ?? 5000,
      customRoutes: deps.httpRoutes ?? [],
    });
    register(bolt.app);
    starting = bolt;
    // Socket Mode keeps retrying a failing connection and its start() may never settle; stop() ends the wait.
    const stopped = new Promise<never>((_, reject) => {
      abortStart = reject;
    });
    try {
      running = { ...bolt, port: await Promise.race([listen(bolt), stopped]) };
    } catch (error) {
      await shutDown(bolt).catch(() => undefined);
      throw error;
    } finally {
      starting = undefined;
      abortStart = undefined;
    }
    if (state === 'starting') state = 'connected';
    log.info('slack: listening', { mode: bolt.mode, ...(running.port !== undefined ? { port: running.port } : {}), bot: identity.botUserId });
  }

  return {
    name: 'slack',
    get port() {
      return running?.port;
    },
    async start() {
      if (running || starting) throw new Error('Slack: the adapter is already started.');
      state = 'starting';
      // A stop() meanwhile has already said 'stopped'; anything else that ends start() is a failure.
      await connect().catch((error: unknown) => {
        if (state === 'starting') state = 'failed';
        throw error;
      });
    },
    onFailedForGood(listener) {
      failureListeners.push(listener);
    },
    async stop() {
      state = 'stopped';
      const bolt = running ?? starting;
      abortStart?.(new Error('Slack: stopped before the connection was made.'));
      running = undefined;
      starting = undefined;
      await inFlight.settled();
      if (bolt) await shutDown(bolt);
    },
    status() {
      return state;
    },
    async post(channelId: string, reply: Reply) {
      if (!running) throw new Error('Slack: post() needs a started adapter; call start() first.');
      const message = renderReply(reply);
      await running.app.client.chat.postMessage({ channel: channelId, ...message, unfurl_links: false, unfurl_media: false });
    },
  };
}
