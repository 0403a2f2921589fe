/**
 * Keeps Socket Mode reconnecting. The Socket Mode client reconnects after a dropped connection by
 * calling its own start() from a timer, but a failure there (Slack unreachable for a moment, an
 * HTTP error from apps.connections.open) is an unhandled rejection, which ends Node. This wraps
 * start() so that such a failure is logged and another attempt is scheduled, with the client's own
 * growing delay; only the first call, made by the adapter's start(), still rejects.
 */
import type { SocketModeReceiver } from '@slack/bolt';
import { log } from '../../core/log.js';

type SocketModeClient = SocketModeReceiver['client'];

export function keepReconnecting(client: SocketModeClient): void {
  const start = client.start.bind(client);
  let calls = 0;
  client.start = (async () => {
    const first = calls++ === 0;
    try {
      return await start();
    } catch (error) {
      if (first) throw error;
      log.error('slack: Socket Mode could not reconnect; trying again', { error: error instanceof Error ? error.message : String(error) });
      // The client reconnects on 'close' unless it is shutting down; this schedules the next try.
      client.emit('close');
      return undefined;
    }
  }) as typeof client.start;
}
