/** Options for running the Slack adapter. */
import type { webApi } from '@slack/bolt';

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
