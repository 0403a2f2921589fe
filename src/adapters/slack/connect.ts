/**
 * Connecting and disconnecting the Slack adapter: the token is verified, the App built with its
 * listeners and started; a stop() while that is under way ends it.
 */
import type { Logger, webApi } from '@slack/bolt';
import type { Services } from '../../answer/services.js';
import type { SlackConfig } from '../../config.js';
import type { AdapterDeps } from '../../core/adapter.js';
import type { InFlight } from '../../core/in-flight.js';
import { log } from '../../core/log.js';
import type { SlackAdapterOptions } from './adapter-options.js';
import { createBoltApp } from './bolt-app.js';
import type { SlackLifecycle } from './lifecycle.js';
import { listen, shutDown } from './listen.js';
import { registerListeners } from './listeners.js';
import { verifyBotToken } from './verify-token.js';

/** Everything connecting takes, fixed when the adapter is created. */
export interface SlackConnection {
  config: SlackConfig;
  deps: AdapterDeps<Services>;
  options: SlackAdapterOptions;
  clientOptions: webApi.WebClientOptions;
  logger: Logger;
  lifecycle: SlackLifecycle;
  inFlight: InFlight;
}

export async function connect({ config, deps, options, clientOptions, logger, lifecycle, inFlight }: SlackConnection): Promise<void> {
  const identity = await verifyBotToken(config.botToken, clientOptions);
  const bolt = createBoltApp({
    config,
    identity,
    clientOptions,
    logger,
    clientPingTimeoutMs: options.clientPingTimeoutMs ?? 5000,
    customRoutes: deps.httpRoutes ?? [],
  });
  registerListeners(bolt.app, { deps, moderatorIds: config.moderatorIds, ackDeadlineMs: options.ackDeadlineMs ?? 2000, inFlight });
  lifecycle.starting = bolt;
  // Socket Mode keeps retrying a failing connection and its start() may never settle; stop() ends the wait.
  const stopped = new Promise<never>((_, reject) => {
    lifecycle.abortStart = reject;
  });
  try {
    lifecycle.running = { ...bolt, port: await Promise.race([listen(bolt, lifecycle, { port: config.port, host: options.host }), stopped]) };
  } catch (error) {
    await shutDown(bolt).catch(() => undefined);
    throw error;
  } finally {
    lifecycle.starting = undefined;
    lifecycle.abortStart = undefined;
  }
  if (lifecycle.state === 'starting') lifecycle.state = 'connected';
  const { port } = lifecycle.running;
  log.info('slack: listening', { mode: bolt.mode, ...(port !== undefined ? { port } : {}), bot: identity.botUserId });
}

/** Stops answering, lets the requests being answered finish, then closes the connection. */
export async function disconnect(lifecycle: SlackLifecycle, inFlight: InFlight): Promise<void> {
  lifecycle.state = 'stopped';
  const bolt = lifecycle.running ?? lifecycle.starting;
  lifecycle.abortStart?.(new Error('Slack: stopped before the connection was made.'));
  lifecycle.running = undefined;
  lifecycle.starting = undefined;
  await inFlight.settled();
  if (bolt) await shutDown(bolt);
}
