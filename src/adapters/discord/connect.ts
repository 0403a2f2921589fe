/**
 * Keeping the bot connected to Discord for months: log in, and whenever the connection is lost
 * (at start-up or later), try again forever with a capped, jittered exponential back-off, logging
 * each change of state. discord.js resumes short drops itself; when its own quick retries (every
 * half second, without back-off) have not brought the connection back, the client is replaced and
 * the back-off here takes over. A rejected token is not retried at all, because every attempt is a
 * gateway identify and Discord resets a bot's token after 1,000 of them in a day.
 */
import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import { Events, type Client } from 'discord.js';
import { log } from '../../core/log.js';

/** How to retry; the defaults suit production, tests shorten them. */
export interface BackoffOptions {
  /** Wait after the first failure, doubled after each further one (default 1 s). */
  baseDelayMs?: number;
  /** The longest wait between attempts (default 60 s); each wait is jittered to 50–100 % of its value. */
  maxDelayMs?: number;
  /** How long one attempt may take to become ready before it counts as failed (default 30 s). */
  readyTimeoutMs?: number;
  /** discord.js's own quick reconnects allowed before the client is replaced (default 3). */
  quickReconnects?: number;
  /** A number in [0, 1) for the jitter; tests may fix it. */
  random?: () => number;
}

/** The connection's states, each logged when entered. */
export type DiscordState = 'connecting' | 'ready' | 'reconnecting' | 'failed' | 'stopped';

/** Errors that retrying cannot fix, with what to do about them. */
const FATAL: { test: (error: unknown) => boolean; message: string }[] = [
  {
    test: (error) =>
      hasCode(error, 'TokenInvalid') ||
      (error as { status?: number } | null)?.status === 401 ||
      /authentication failed/i.test(messageOf(error)) ||
      hasCode(error, 4004),
    message:
      'Discord: the bot token was rejected (it is wrong or has been reset). Copy a new one from the Developer Portal (Bot, Reset Token) into DISCORD_TOKEN. Not retrying: repeated logins with a bad token can get it reset.',
  },
  {
    test: (error) => /intents/i.test(messageOf(error)) || hasCode(error, 4013) || hasCode(error, 4014),
    message: 'Discord: the gateway refused the bot’s intents. The bot only needs the Guilds intent; check the application in the Developer Portal.',
  },
  {
    // Invalid shard, sharding required, invalid API version: every retry would be another identify.
    test: (error) => hasCode(error, 4010) || hasCode(error, 4011) || hasCode(error, 4012),
    message:
      'Discord: the gateway refused the connection (invalid shard, sharding required or an outdated API version). Update azsr and discord.js; not retrying, since every attempt counts against the daily login limit.',
  },
];

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function hasCode(error: unknown, code: string | number): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === code;
}

/** The message for an error retrying cannot fix, or undefined when it is worth retrying. */
export function fatalMessage(error: unknown): string | undefined {
  return FATAL.find((candidate) => candidate.test(error))?.message;
}

/** The wait before attempt `attempt + 1`: exponential, capped, jittered to 50–100 %. */
export function backoffDelay(attempt: number, options: Required<Pick<BackoffOptions, 'baseDelayMs' | 'maxDelayMs' | 'random'>>): number {
  const capped = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** Math.min(attempt - 1, 30));
  return Math.round(capped / 2 + (capped / 2) * options.random());
}

const seconds = (ms: number) => (ms < 1_000 ? `${ms} ms` : `${Math.round(ms / 100) / 10} s`);

/** Logs in and waits for READY, or fails within the timeout (a login can otherwise hang retrying). */
async function loginOnce(client: Client, token: string, timeoutMs: number, signal: AbortSignal): Promise<void> {
  const controller = new AbortController();
  const abort = () => controller.abort();
  signal.addEventListener('abort', abort, { once: true });
  const timer = setTimeout(abort, timeoutMs);
  let onDisconnect: ((event: { code: number }) => void) | undefined;
  const closedForGood = new Promise<never>((_, reject) => {
    onDisconnect = (event) => reject(Object.assign(new Error(`the gateway closed the connection (code ${event.code})`), { code: event.code }));
    client.once(Events.ShardDisconnect, onDisconnect);
  });
  try {
    await Promise.race([Promise.all([client.login(token), once(client, Events.ClientReady, { signal: controller.signal })]), closedForGood]);
  } catch (error) {
    if (controller.signal.aborted && !signal.aborted) throw new Error(`not ready within ${seconds(timeoutMs)}`);
    throw error;
  } finally {
    clearTimeout(timer);
    controller.abort();
    signal.removeEventListener('abort', abort);
    if (onDisconnect) client.off(Events.ShardDisconnect, onDisconnect);
  }
}

/** What a DiscordConnection reports. */
export interface DiscordConnectionEvents {
  /** The connection failed in a way retrying cannot fix; the message says what to do. */
  onFailedForGood(error: Error): void;
}

/**
 * One supervised connection. `start()` makes the first attempt and resolves when it succeeds or
 * has failed in a way worth retrying (retrying then goes on in the background); it rejects at once
 * for a rejected token. `client` is the connected client, or undefined while disconnected.
 */
export class DiscordConnection {
  private current: Client | undefined;
  private ready = false;
  private state: DiscordState = 'stopped';
  private readonly stopping = new AbortController();
  private readonly options: Required<BackoffOptions>;

  constructor(
    private readonly createClient: () => Client,
    private readonly token: string,
    private readonly events: DiscordConnectionEvents,
    options: BackoffOptions = {},
  ) {
    this.options = {
      baseDelayMs: options.baseDelayMs ?? 1_000,
      maxDelayMs: options.maxDelayMs ?? 60_000,
      readyTimeoutMs: options.readyTimeoutMs ?? 30_000,
      quickReconnects: options.quickReconnects ?? 3,
      random: options.random ?? Math.random,
    };
  }

  /** The ready client; undefined while connecting or reconnecting. */
  get client(): Client | undefined {
    return this.ready ? this.current : undefined;
  }

  get status(): DiscordState {
    return this.state;
  }

  async start(): Promise<void> {
    let settle: { resolve: () => void; reject: (error: Error) => void } | undefined;
    const firstAttempt = new Promise<void>((resolve, reject) => {
      settle = { resolve, reject };
    });
    void this.run((outcome) => {
      if (!settle) return;
      if (outcome instanceof Error) settle.reject(outcome);
      else settle.resolve();
      settle = undefined;
    });
    return firstAttempt;
  }

  async stop(): Promise<void> {
    this.stopping.abort();
    this.ready = false;
    const client = this.current;
    this.current = undefined;
    this.enter('stopped');
    await client?.destroy();
  }

  private enter(state: DiscordState, context: Record<string, unknown> = {}, message?: string): void {
    if (this.state === state && state !== 'reconnecting') return;
    this.state = state;
    const line = message ?? `Discord: ${state}`;
    if (state === 'failed') log.error(line, context);
    else if (state === 'reconnecting') log.warn(line, context);
    else log.info(line, context);
  }

  /** Connects, waits until the connection is lost for good, and again, until stopped or fatal. */
  private async run(firstOutcome: (outcome: Error | 'connected' | 'retrying') => void): Promise<void> {
    const { signal } = this.stopping;
    for (let attempt = 1; !signal.aborted; attempt++) {
      this.enter('connecting', { attempt });
      const client = this.createClient();
      this.current = client;
      try {
        await loginOnce(client, this.token, this.options.readyTimeoutMs, signal);
      } catch (error) {
        await client.destroy().catch(() => undefined);
        if (signal.aborted) break;
        const fatal = fatalMessage(error);
        if (fatal) {
          const failure = new Error(fatal, { cause: error });
          this.enter('failed', {}, fatal);
          firstOutcome(failure);
          this.events.onFailedForGood(failure);
          return;
        }
        const delayMs = backoffDelay(attempt, this.options);
        this.enter(
          'reconnecting',
          { attempt, delayMs, error: messageOf(error) },
          `Discord: could not connect (${messageOf(error)}); reconnecting in ${seconds(delayMs)}`,
        );
        firstOutcome('retrying');
        await sleep(delayMs, undefined, { signal }).catch(() => undefined);
        continue;
      }
      this.ready = true;
      this.enter('ready', { attempt, bot: client.user?.tag });
      firstOutcome('connected');
      const lost = await this.supervise(client);
      this.ready = false;
      await client.destroy().catch(() => undefined);
      if (signal.aborted) break;
      if (lost instanceof Error) {
        this.enter('failed', {}, lost.message);
        this.events.onFailedForGood(lost);
        return;
      }
      attempt = 0; // a fresh outage starts with the shortest wait
    }
  }

  /**
   * Watches a ready client: discord.js's own quick reconnects are logged; when they fail more
   * than `quickReconnects` times in a row, or the gateway closes for good, resolves so the
   * client is replaced (or with an Error when retrying cannot help).
   */
  private supervise(client: Client): Promise<Error | 'lost' | 'stopped'> {
    return new Promise((resolve) => {
      let quick = 0;
      const done = (outcome: Error | 'lost' | 'stopped') => {
        client.off(Events.ShardReconnecting, onReconnecting);
        client.off(Events.ShardResume, onBack);
        client.off(Events.ShardReady, onBack);
        client.off(Events.ShardDisconnect, onDisconnect);
        this.stopping.signal.removeEventListener('abort', onStop);
        resolve(outcome);
      };
      const onReconnecting = () => {
        quick++;
        this.ready = false;
        if (quick === 1) this.enter('reconnecting', { attempt: quick, delayMs: 500 }, 'Discord: disconnected from the gateway; discord.js is reconnecting');
        if (quick > this.options.quickReconnects) {
          log.warn('Discord: the gateway is still unreachable; reconnecting with back-off', { quickReconnects: quick - 1 });
          done('lost');
        }
      };
      const onBack = () => {
        quick = 0;
        this.ready = true;
        this.enter('ready', {}, 'Discord: ready again');
      };
      const onDisconnect = (event: { code: number }) => {
        const fatal = fatalMessage({ code: event.code });
        this.enter('reconnecting', { code: event.code }, `Discord: disconnected (code ${event.code})`);
        done(fatal ? new Error(fatal) : 'lost');
      };
      const onStop = () => done('stopped');
      client.on(Events.ShardReconnecting, onReconnecting);
      client.on(Events.ShardResume, onBack);
      client.on(Events.ShardReady, onBack);
      client.on(Events.ShardDisconnect, onDisconnect);
      this.stopping.signal.addEventListener('abort', onStop, { once: true });
    });
  }
}
