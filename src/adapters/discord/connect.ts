/**
 * Logging in without a crash loop. Network failures are retried with a bounded exponential
 * back-off; a rejected token is not retried at all, because every attempt is a gateway identify
 * and Discord resets a bot's token after 1,000 of them in a day.
 */
import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import { Events, type Client } from 'discord.js';
import { log } from '../../core/log.js';

/** How hard to try before giving up. */
export interface BackoffOptions {
  /** Attempts in all before start() rejects (default 8). */
  maxAttempts?: number;
  /** Wait after the first failure, doubled after each further one (default 1 s). */
  baseDelayMs?: number;
  /** The longest wait between attempts (default 60 s). */
  maxDelayMs?: number;
  /** How long one attempt may take to become ready before it counts as failed (default 30 s). */
  readyTimeoutMs?: number;
}

/** Errors that retrying cannot fix, with what to do about them. */
const FATAL: { test: (error: unknown) => boolean; message: string }[] = [
  {
    test: (error) => hasCode(error, 'TokenInvalid') || (error as { status?: number } | null)?.status === 401 || /authentication failed/i.test(messageOf(error)),
    message: 'Discord: the bot token was rejected (it is wrong or has been reset). Copy a new one from the Developer Portal (Bot, Reset Token) into DISCORD_TOKEN. Not retrying: repeated logins with a bad token can get it reset.',
  },
  {
    test: (error) => /intents/i.test(messageOf(error)),
    message: 'Discord: the gateway refused the bot’s intents. The bot only needs the Guilds intent; check the application in the Developer Portal.',
  },
];

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function hasCode(error: unknown, code: string): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === code;
}

/** Logs in and waits for READY, or fails within the timeout (a login can otherwise hang retrying). */
async function loginOnce(client: Client, token: string, timeoutMs: number, signal: AbortSignal): Promise<void> {
  const controller = new AbortController();
  const abort = () => controller.abort();
  signal.addEventListener('abort', abort, { once: true });
  const timer = setTimeout(abort, timeoutMs);
  try {
    await Promise.all([client.login(token), once(client, Events.ClientReady, { signal: controller.signal })]);
  } catch (error) {
    if (controller.signal.aborted && !signal.aborted) throw new Error(`not ready within ${Math.round(timeoutMs / 1000)} s`);
    throw error;
  } finally {
    clearTimeout(timer);
    controller.abort();
    signal.removeEventListener('abort', abort);
  }
}

/**
 * Creates a client and logs in, retrying network failures; resolves with the ready client.
 * Rejects with a message that says what to do: at once for a bad token, after the last attempt
 * otherwise, and as soon as `signal` aborts (the adapter is stopping).
 */
export async function connectWithBackoff(createClient: () => Client, token: string, options: BackoffOptions & { signal: AbortSignal }): Promise<Client> {
  const { maxAttempts = 8, baseDelayMs = 1_000, maxDelayMs = 60_000, readyTimeoutMs = 30_000, signal } = options;
  for (let attempt = 1; ; attempt++) {
    const client = createClient();
    try {
      await loginOnce(client, token, readyTimeoutMs, signal);
      return client;
    } catch (error) {
      await client.destroy().catch(() => undefined);
      if (signal.aborted) throw new Error('Discord: stopped before the bot had connected.');
      const fatal = FATAL.find((candidate) => candidate.test(error));
      if (fatal) throw new Error(fatal.message, { cause: error });
      if (attempt >= maxAttempts) {
        throw new Error(`Discord: could not connect after ${attempt} attempts (last error: ${messageOf(error)}). Check the network and DISCORD_API_URL, then restart.`, { cause: error });
      }
      const delay = Math.min(maxDelayMs, baseDelayMs * 2 ** (attempt - 1));
      log.warn(`Discord: could not connect (${messageOf(error)}); trying again in ${delay < 1_000 ? `${delay} ms` : `${Math.round(delay / 100) / 10} s`}`, { attempt, maxAttempts });
      await sleep(delay, undefined, { signal }).catch(() => undefined);
      if (signal.aborted) throw new Error('Discord: stopped before the bot had connected.');
    }
  }
}
