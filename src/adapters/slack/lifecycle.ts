/** What start(), stop() and the connection's own listeners share about the Slack adapter. */
import type { PlatformState } from '../../core/adapter.js';
import type { BoltApp } from './bolt-app.js';

export interface SlackLifecycle {
  /** The started App, with the port it listens on in HTTP mode. */
  running: (BoltApp & { port: number | undefined }) | undefined;
  /** Set while start() connects, so a stop() then (SIGTERM during a long reconnect) still stops it. */
  starting: BoltApp | undefined;
  /** Ends a start() still waiting for Socket Mode to connect. */
  abortStart: ((reason: Error) => void) | undefined;
  /** Told when Socket Mode, after start() returned, fails for good. */
  failureListeners: ((error: Error) => void)[];
  state: PlatformState;
}

/** A stopped adapter's lifecycle. */
export function stoppedLifecycle(): SlackLifecycle {
  return { running: undefined, starting: undefined, abortStart: undefined, failureListeners: [], state: 'stopped' };
}
