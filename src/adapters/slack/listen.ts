/**
 * Starting and stopping the Bolt App in either mode. Socket Mode keeps reconnecting, refreshes
 * without a gap and reports its state as it changes; HTTP mode listens on a port.
 */
import type { SocketModeReceiver } from '@slack/bolt';
import { log } from '../../core/log.js';
import type { BoltApp } from './bolt-app.js';
import { describe } from './describe-error.js';
import type { SlackLifecycle } from './lifecycle.js';
import { keepReconnecting } from './socket-reconnect.js';
import { refreshWithoutGap } from './socket-refresh.js';

type SocketBoltApp = Extract<BoltApp, { mode: 'socket' }>;
type HttpBoltApp = Extract<BoltApp, { mode: 'http' }>;

/** Where HTTP mode listens. */
export interface HttpAddress {
  port: number;
  /** Default every interface. */
  host?: string | undefined;
}

/** Starts the App; resolves with the port it listens on in HTTP mode, undefined in Socket Mode. */
export function listen(bolt: BoltApp, lifecycle: SlackLifecycle, address: HttpAddress): Promise<number | undefined> {
  return bolt.mode === 'socket' ? listenSocketMode(bolt, lifecycle) : listenHttp(bolt, address);
}

async function listenSocketMode(bolt: SocketBoltApp, lifecycle: SlackLifecycle): Promise<undefined> {
  keepReconnecting(bolt.receiver.client);
  refreshWithoutGap(bolt.receiver.client);
  trackSocketState(bolt.receiver.client, lifecycle);
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
    keepConnectingInBackground(connected, bolt, lifecycle);
  }
  return undefined;
}

function keepConnectingInBackground(connected: Promise<unknown>, bolt: SocketBoltApp, lifecycle: SlackLifecycle): void {
  log.warn('Slack: Socket Mode could not connect yet; it keeps trying in the background');
  lifecycle.state = 'reconnecting';
  connected.then(
    () => log.info('Slack: Socket Mode connected'),
    (error: Error) => {
      if (lifecycle.running?.app !== bolt.app) return; // stopped meanwhile: not a failure
      lifecycle.state = 'failed';
      log.error(error.message);
      for (const listener of lifecycle.failureListeners) listener(error);
    },
  );
}

function trackSocketState(client: SocketModeReceiver['client'], lifecycle: SlackLifecycle): void {
  client.on('connected', () => {
    if (lifecycle.running || lifecycle.starting) lifecycle.state = 'connected';
  });
  for (const event of ['connecting', 'reconnecting', 'disconnected']) {
    client.on(event, () => {
      if (lifecycle.running) lifecycle.state = 'reconnecting';
    });
  }
}

async function listenHttp(bolt: HttpBoltApp, { port, host }: HttpAddress): Promise<number> {
  const server = await bolt.app.start({ port, ...(host ? { host } : {}) }).catch((error: unknown) => {
    throw new Error(`Slack: could not listen on port ${port} (${describe(error)}). Set SLACK_PORT to a free port.`, { cause: error });
  });
  const address = server.address();
  return typeof address === 'object' && address ? address.port : port;
}

export async function shutDown(bolt: BoltApp): Promise<void> {
  // app.stop() returns before the WebSocket has closed; the client's disconnect() waits for it.
  if (bolt.mode === 'socket') await bolt.receiver.client.disconnect();
  else await bolt.app.stop();
}
