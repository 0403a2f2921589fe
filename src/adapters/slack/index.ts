/**
 * The Slack adapter: serves the commands through one `/azsr` slash command with @slack/bolt, in
 * Socket Mode or over HTTP, renders replies as Block Kit, and posts the daily message.
 */
import type { Logger, webApi } from '@slack/bolt';
import type { Services } from '../../answer/services.js';
import type { SlackConfig } from '../../config.js';
import type { Adapter, AdapterDeps } from '../../core/adapter.js';
import { InFlight } from '../../core/in-flight.js';
import type { Reply } from '../../core/reply.js';
import type { SlackAdapterOptions } from './adapter-options.js';
import { createBoltLogger } from './bolt-logger.js';
import { connect, disconnect } from './connect.js';
import { stoppedLifecycle } from './lifecycle.js';
import { renderReply } from './render-reply.js';

export type { SlackAdapterOptions } from './adapter-options.js';
export { renderReply, type SlackMessage } from './render-reply.js';

/** The Slack adapter, with the port it listens on in HTTP mode (useful with SLACK_PORT=0). */
export interface SlackAdapter extends Adapter {
  readonly port: number | undefined;
}

const DEFAULT_RETRIES: webApi.RetryOptions = { retries: 3, factor: 2, minTimeout: 1000, maxTimeout: 8000, randomize: true };

function webClientOptions(config: SlackConfig, options: SlackAdapterOptions, logger: Logger): webApi.WebClientOptions {
  return {
    ...(config.apiUrl ? { slackApiUrl: config.apiUrl } : {}),
    logger,
    retryConfig: options.retryConfig ?? DEFAULT_RETRIES,
    // A Web API call that hangs would otherwise hold start() or a reply forever.
    timeout: 10_000,
  };
}

/** Creates the adapter; nothing connects until start(). */
export function createSlackAdapter(config: SlackConfig, deps: AdapterDeps<Services>, options: SlackAdapterOptions = {}): SlackAdapter {
  const logger = createBoltLogger();
  const clientOptions = webClientOptions(config, options, logger);
  const lifecycle = stoppedLifecycle();
  // Requests being answered (a reply can follow the ack through response_url); stop() waits for them.
  const inFlight = new InFlight();
  const connection = { config, deps, options, clientOptions, logger, lifecycle, inFlight };

  return {
    name: 'slack',
    get port() {
      return lifecycle.running?.port;
    },
    async start() {
      if (lifecycle.running || lifecycle.starting) throw new Error('Slack: the adapter is already started.');
      lifecycle.state = 'starting';
      // A stop() meanwhile has already said 'stopped'; anything else that ends start() is a failure.
      await connect(connection).catch((error: unknown) => {
        if (lifecycle.state === 'starting') lifecycle.state = 'failed';
        throw error;
      });
    },
    onFailedForGood(listener) {
      lifecycle.failureListeners.push(listener);
    },
    stop() {
      return disconnect(lifecycle, inFlight);
    },
    status() {
      return lifecycle.state;
    },
    async post(channelId: string, reply: Reply) {
      if (!lifecycle.running) throw new Error('Slack: post() needs a started adapter; call start() first.');
      const message = renderReply(reply);
      await lifecycle.running.app.client.chat.postMessage({ channel: channelId, ...message, unfurl_links: false, unfurl_media: false });
    },
  };
}
