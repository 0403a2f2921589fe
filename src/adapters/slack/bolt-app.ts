/**
 * Builds the Bolt App for the configured mode: Socket Mode when an app-level token is set (no public
 * URL needed), otherwise HTTP on SLACK_PORT with every request's signature checked. The receiver is
 * built here rather than by Bolt so Socket Mode's ping timeout can be set and its client reached.
 */
import { App, HTTPReceiver, SocketModeReceiver, type CustomRoute, type Logger, type webApi } from '@slack/bolt';
import type { SlackConfig } from '../../config.js';
import type { BotIdentity } from './verify-token.js';

/** Everything the App is built from; the identity comes from verifyBotToken. */
export interface BoltAppSettings {
  config: SlackConfig;
  identity: BotIdentity;
  clientOptions: webApi.WebClientOptions;
  logger: Logger;
  /** Socket Mode: how long to wait for a pong, and the first delay before reconnecting. */
  clientPingTimeoutMs: number;
  /** HTTP mode: extra GET routes served beside /slack/events (/healthz, /metrics). */
  customRoutes?: readonly Pick<CustomRoute, 'path' | 'handler'>[];
}

/** The App with its receiver, whose kind says how it connects and how it stops. */
export type BoltApp = { mode: 'socket'; app: App; receiver: SocketModeReceiver } | { mode: 'http'; app: App; receiver: HTTPReceiver };

/** The App, not yet started; throws a clear error when the mode's setting is missing. */
export function createBoltApp(settings: BoltAppSettings): BoltApp {
  const { config, identity, clientOptions, logger } = settings;
  const common = {
    token: config.botToken,
    // With both ids known, Bolt never calls auth.test itself (verifyBotToken has done it).
    botId: identity.botId,
    botUserId: identity.botUserId,
    tokenVerificationEnabled: false,
    clientOptions,
    logger,
  };
  if (config.appToken) {
    const receiver = new SocketModeReceiver({
      appToken: config.appToken,
      logger,
      clientPingTimeout: settings.clientPingTimeoutMs,
      // The Socket Mode client calls apps.connections.open with these (API URL, retries).
      installerOptions: { clientOptions },
    });
    return { mode: 'socket', app: new App({ ...common, receiver }), receiver };
  }
  if (!config.signingSecret) {
    throw new Error('Slack: SLACK_SIGNING_SECRET is required in HTTP mode (when SLACK_APP_TOKEN is not set): copy it from Basic Information, App Credentials.');
  }
  const customRoutes = (settings.customRoutes ?? []).map((route) => ({ ...route, method: 'GET' }));
  const receiver = new HTTPReceiver({ signingSecret: config.signingSecret, port: config.port, logger, customRoutes });
  return { mode: 'http', app: new App({ ...common, receiver }), receiver };
}
