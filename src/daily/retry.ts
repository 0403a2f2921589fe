/**
 * Bounded retries with back-off for one channel's post: a deleted channel, a missing permission or
 * a rate limit fails that channel only, a few times, spaced out, and then it is left for the day.
 */

/** How often to try and how long to wait between tries. */
export interface RetryPolicy {
  /** Tries in all, the first included (at least 1). */
  attempts: number;
  /** Milliseconds to wait after failed try number `failed` (1-based) before the next one. */
  delayMs(failed: number): number;
}

/** Three tries, 5 s then 20 s apart: rides out a brief outage without holding up the day's run. */
export const DEFAULT_RETRY: RetryPolicy = { attempts: 3, delayMs: (failed) => 5_000 * 4 ** (failed - 1) };

/** Waits; injected so tests run retries without waiting. */
export type Sleep = (ms: number) => Promise<void>;

export const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export type RetryOutcome = { ok: true; attempts: number } | { ok: false; attempts: number; error: unknown };

export interface RetryOptions {
  policy: RetryPolicy;
  sleep: Sleep;
  /** Called after each failed try; `willRetry` says whether another follows. */
  onFailure?(error: unknown, attempt: number, willRetry: boolean): void;
  /** Checked before each retry, so shutting down does not keep retrying. */
  cancelled?(): boolean;
}

/** Runs `task` until it succeeds or the tries run out; never throws. */
export async function withRetries(task: () => Promise<void>, options: RetryOptions): Promise<RetryOutcome> {
  const attempts = Math.max(1, options.policy.attempts);
  let lastError: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      await task();
      return { ok: true, attempts: attempt };
    } catch (error) {
      lastError = error;
      const willRetry = attempt < attempts && !options.cancelled?.();
      options.onFailure?.(error, attempt, willRetry);
      if (!willRetry) return { ok: false, attempts: attempt, error };
      await options.sleep(options.policy.delayMs(attempt));
    }
  }
  return { ok: false, attempts, error: lastError };
}
