/**
 * Socket Mode refreshes without a gap. Slack asks a client to reconnect (a `disconnect` message,
 * reason `warning` or `refresh_requested`) several times a day. The Socket Mode client's answer is
 * to close the socket at once and open a new one after its reconnect delay (the ping timeout,
 * 5 s): a slash command sent meanwhile is lost. Here the new socket is opened first and the old
 * one closed once the new one is ready; acknowledgements for envelopes that arrive meanwhile go
 * out on the old socket, where they came from.
 *
 * This reaches into the client's events and its `send` (which @slack/socket-mode 2.x–3.x keep
 * stable but do not document as extension points); a test against the fake Slack covers it.
 */
import type { SocketModeReceiver } from '@slack/bolt';
import { log } from '../../core/log.js';

type SocketModeClient = SocketModeReceiver['client'];
type SlackSocket = NonNullable<SocketModeClient['websocket']>;
type Listener = (...args: unknown[]) => void;
type Send = (id: string, body?: Record<string, unknown>) => Promise<void>;

function disconnectReason(data: unknown): string | undefined {
  try {
    const text = typeof data === 'string' ? data : Buffer.isBuffer(data) ? data.toString('utf8') : new TextDecoder().decode(data as ArrayBuffer);
    const event = JSON.parse(text) as { type?: string; reason?: string };
    return event.type === 'disconnect' ? (event.reason ?? 'unknown') : undefined;
  } catch {
    return undefined;
  }
}

/** The socket kept open while its replacement connects; undefined when no refresh is under way. */
interface Refreshing {
  old: SlackSocket | undefined;
}

/** Makes `client` open the new socket before closing the old one when Slack asks it to reconnect. */
export function refreshWithoutGap(client: SocketModeClient): void {
  const refreshing: Refreshing = { old: undefined };
  refreshOnDisconnectMessage(client, refreshing);
  acknowledgeOnOldSocket(client, refreshing);
  closeOldSocketOnDisconnect(client, refreshing);
}

/** Takes Slack's disconnect message from the client's own listeners, and starts a refresh instead. */
function refreshOnDisconnectMessage(client: SocketModeClient, refreshing: Refreshing): void {
  const messageListeners = client.listeners('ws_message') as Listener[];
  const closeListeners = client.listeners('close') as Listener[];
  client.removeAllListeners('ws_message');
  client.removeAllListeners('close');

  client.on('ws_message', (data: unknown, isBinary: unknown) => {
    const reason = isBinary === true ? undefined : disconnectReason(data);
    if (reason !== undefined && refreshing.old === undefined && client.websocket) {
      void refresh(client, refreshing, reason);
      return;
    }
    if (reason !== undefined) return; // already refreshing
    for (const listener of messageListeners) listener.call(client, data, isBinary);
  });
  // While the old socket is kept open, its closing must not start the client's own reconnect.
  client.on('close', (...args: unknown[]) => {
    if (refreshing.old !== undefined) return;
    for (const listener of closeListeners) listener.apply(client, args);
  });
}

/** Envelopes that came on the old socket while the new one opens are acknowledged there. */
function acknowledgeOnOldSocket(client: SocketModeClient, refreshing: Refreshing): void {
  const clientWithSend = client as unknown as { send: Send };
  const send = clientWithSend.send.bind(client);
  clientWithSend.send = (id, body = {}) => {
    if (refreshing.old === undefined || !refreshing.old.isActive()) return send(id, body);
    const socket = refreshing.old;
    return new Promise((resolve, reject) => {
      socket.send(JSON.stringify({ envelope_id: id, payload: body }), (error?: Error) => (error ? reject(error) : resolve()));
    });
  };
}

function closeOldSocketOnDisconnect(client: SocketModeClient, refreshing: Refreshing): void {
  const disconnect = client.disconnect.bind(client);
  client.disconnect = async () => {
    const previous = refreshing.old;
    refreshing.old = undefined;
    previous?.disconnect();
    return disconnect();
  };
}

async function refresh(client: SocketModeClient, refreshing: Refreshing, reason: string): Promise<void> {
  refreshing.old = client.websocket;
  log.info('slack: Socket Mode refresh requested; opening the new connection before closing the old one', { reason });
  let opened = false;
  try {
    await client.start();
    opened = client.websocket?.isActive() === true;
  } catch (error) {
    log.warn('slack: Socket Mode could not open the new connection; reconnecting the usual way', {
      error: error instanceof Error ? error.message : String(error),
    });
  }
  const previous = refreshing.old;
  refreshing.old = undefined;
  if (opened) log.info('slack: Socket Mode refreshed without a gap');
  // Closing it now emits 'close': with the new socket active, the client does nothing more;
  // without one, it reconnects as it would have.
  previous?.disconnect();
}
