/**
 * A fake Discord on 127.0.0.1 for driving the real discord.js Client in tests: REST over node:http
 * and the gateway over WebSocket (the `ws` package) on the same port. It records every REST
 * request, answers the few routes the bot uses, and lets a test dispatch interactions and wait for
 * the bot's responses. Nothing here ever reaches the real Discord.
 */
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

/** One REST request the bot made, with its path decoded (`@original`, not `%40original`). */
export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  // biome-ignore lint/suspicious/noExplicitAny: whatever JSON discord.js sent; tests pick fields from it.
  body: any;
  authorization: string | undefined;
}

export interface FakeDiscordOptions {
  /** The token the fake accepts; any other gets 401 at REST and close code 4004 at the gateway. */
  token?: string;
  applicationId?: string;
  /** Close the gateway with 4004 on IDENTIFY even for the right token (a token reset mid-way). */
  rejectIdentify?: boolean;
  /** Answer the first `count` interaction callbacks with 429 and this Retry-After (a rate limit). */
  rateLimitCallbacks?: { count: number; retryAfterSeconds: number };
}

export interface FakeInteractionOptions {
  /** The member's permissions as a bit-field string (default: none). */
  permissions?: string;
  userId?: string;
  /** Role ids the member has. */
  roles?: string[];
  guildId?: string;
  channelId?: string;
}

const DEFAULT_TOKEN = 'fake-bot-token';
const DEFAULT_APP = '111111111111111111';
let sequence = 0;
const snowflake = () => String(BigInt(Date.now() - 1_420_070_400_000) * 4_194_304n + BigInt(++sequence % 4096));

export class FakeDiscord {
  readonly token: string;
  readonly applicationId: string;
  readonly rejectIdentify: boolean;
  readonly requests: RecordedRequest[] = [];
  private readonly http: Server;
  private readonly gateway: WebSocketServer;
  private readonly sockets = new Set<WebSocket>();
  private readonly waiters = new Set<() => void>();
  private seq = 0;
  private downPort: number | undefined;
  private rateLimitsLeft: number;
  private readonly retryAfterSeconds: number;
  private accepted = 0;
  /** While set, interaction callbacks wait for it before they are answered. */
  private held: Promise<void> | undefined;

  private constructor(options: FakeDiscordOptions) {
    this.token = options.token ?? DEFAULT_TOKEN;
    this.applicationId = options.applicationId ?? DEFAULT_APP;
    this.rejectIdentify = options.rejectIdentify ?? false;
    this.rateLimitsLeft = options.rateLimitCallbacks?.count ?? 0;
    this.retryAfterSeconds = options.rateLimitCallbacks?.retryAfterSeconds ?? 0;
    this.http = createServer((req, res) => void this.handle(req, res));
    this.gateway = new WebSocketServer({ server: this.http });
    this.gateway.on('connection', (socket) => this.accept(socket));
  }

  /** Starts a fake on a free loopback port. */
  static async start(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
    const fake = new FakeDiscord(options);
    fake.http.listen(0, '127.0.0.1');
    await once(fake.http, 'listening');
    return fake;
  }

  get port(): number {
    return this.downPort ?? (this.http.address() as AddressInfo).port;
  }

  /** The value for the client's `rest.api` option and DISCORD_API_URL. */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  /** Dispatches an event to every connected gateway session. */
  dispatch(event: string, data: unknown): void {
    const frame = JSON.stringify({ op: 0, t: event, s: ++this.seq, d: data });
    for (const socket of this.sockets) socket.send(frame);
  }

  /** Dispatches a slash command (or autocomplete, type 4) and returns its id and token. */
  interact(name: string, options: unknown[], extra: FakeInteractionOptions & { type?: number; data?: Record<string, unknown> } = {}) {
    return this.dispatchInteraction(extra.type ?? 2, { id: snowflake(), name, type: 1, options, ...extra.data }, extra);
  }

  /** Dispatches a button click on a message the bot sent. */
  click(customId: string, extra: FakeInteractionOptions = {}) {
    const message = {
      id: snowflake(),
      channel_id: extra.channelId ?? '333333333333333333',
      content: '',
      embeds: [],
      components: [],
      author: this.botUser,
      attachments: [],
      type: 0,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      flags: 0,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      pinned: false,
      tts: false,
    };
    return this.dispatchInteraction(3, { custom_id: customId, component_type: 2 }, extra, { message });
  }

  /** Sends GUILD_CREATE for a server with these roles (id → name), so the client caches it. */
  createGuild(guildId: string, roles: Record<string, string>): void {
    const role = (id: string, name: string, position: number) => ({
      id,
      name,
      permissions: '0',
      position,
      color: 0,
      hoist: false,
      managed: false,
      mentionable: false,
      flags: 0,
      icon: null,
      unicode_emoji: null,
    });
    this.dispatch('GUILD_CREATE', {
      id: guildId,
      name: 'Test server',
      icon: null,
      owner_id: '1',
      afk_channel_id: null,
      afk_timeout: 300,
      verification_level: 0,
      default_message_notifications: 0,
      explicit_content_filter: 0,
      mfa_level: 0,
      system_channel_id: null,
      system_channel_flags: 0,
      rules_channel_id: null,
      vanity_url_code: null,
      description: null,
      banner: null,
      premium_tier: 0,
      preferred_locale: 'en-US',
      public_updates_channel_id: null,
      nsfw_level: 0,
      premium_progress_bar_enabled: false,
      features: [],
      emojis: [],
      stickers: [],
      roles: [role(guildId, '@everyone', 0), ...Object.entries(roles).map(([id, name], i) => role(id, name, i + 1))],
      joined_at: new Date().toISOString(),
      large: false,
      unavailable: false,
      member_count: 1,
      members: [],
      channels: [],
      threads: [],
      presences: [],
      voice_states: [],
      stage_instances: [],
      guild_scheduled_events: [],
      soundboard_sounds: [],
    });
  }

  /** Resolves with the first request (existing or future) matching the predicate. */
  async waitFor(predicate: (request: RecordedRequest) => boolean, timeoutMs = 5_000): Promise<RecordedRequest> {
    const found = this.requests.find(predicate);
    if (found) return found;
    return new Promise((resolve, reject) => {
      const check = () => {
        const match = this.requests.find(predicate);
        if (!match) return;
        cleanup();
        resolve(match);
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`FakeDiscord: no matching request within ${timeoutMs} ms; saw ${this.requests.map((r) => `${r.method} ${r.path}`).join(', ')}`));
      }, timeoutMs);
      const cleanup = () => {
        clearTimeout(timer);
        this.waiters.delete(check);
      };
      this.waiters.add(check);
    });
  }

  /** Holds interaction callbacks unanswered (a slow network) until the returned release() is called. */
  holdCallbacks(): () => void {
    let release: () => void = () => undefined;
    this.held = new Promise((resolve) => {
      release = resolve;
    });
    return () => {
      this.held = undefined;
      release();
    };
  }

  /** How many gateway connections are open. */
  get openConnections(): number {
    return this.sockets.size;
  }

  /** Every request made for one interaction (its callback and its webhook messages), in order. */
  responsesTo(interaction: { id: string; token: string }): RecordedRequest[] {
    return this.requests.filter(
      (r) => r.path.includes(`/interactions/${interaction.id}/`) || r.path.includes(`/webhooks/${this.applicationId}/${interaction.token}`),
    );
  }

  /** Takes the whole fake off the network (a Discord outage): connections drop, new ones are refused. */
  async goDown(): Promise<void> {
    this.downPort = this.port;
    for (const socket of this.sockets) socket.terminate();
    this.http.closeAllConnections();
    await new Promise<void>((resolve) => this.http.close(() => resolve()));
  }

  /** Brings the fake back on the same port after goDown(). */
  async comeUp(): Promise<void> {
    if (this.downPort === undefined) throw new Error('FakeDiscord: comeUp() without goDown()');
    this.http.listen(this.downPort, '127.0.0.1');
    await once(this.http, 'listening');
    this.downPort = undefined;
  }

  /** How many gateway connections the fake has accepted. */
  get connections(): number {
    return this.accepted;
  }

  async close(): Promise<void> {
    if (this.downPort !== undefined) {
      await new Promise<void>((resolve) => this.gateway.close(() => resolve()));
      return;
    }
    for (const socket of this.sockets) socket.terminate();
    await new Promise<void>((resolve) => this.gateway.close(() => resolve()));
    this.http.closeAllConnections();
    await new Promise<void>((resolve) => this.http.close(() => resolve()));
  }

  private get botUser() {
    return { id: this.applicationId, username: 'azsr', discriminator: '0', global_name: null, avatar: null, bot: true };
  }

  private dispatchInteraction(type: number, data: Record<string, unknown>, extra: FakeInteractionOptions, more: Record<string, unknown> = {}) {
    const id = snowflake();
    const token = `interaction-token-${id}`;
    const guildId = extra.guildId ?? '222222222222222222';
    const channelId = extra.channelId ?? '333333333333333333';
    const user = { id: extra.userId ?? '444444444444444444', username: 'asker', discriminator: '0', global_name: 'Asker', avatar: null };
    this.dispatch('INTERACTION_CREATE', {
      id,
      token,
      type,
      version: 1,
      data,
      application_id: this.applicationId,
      guild_id: guildId,
      guild: { id: guildId, locale: 'en-US', features: [] },
      channel_id: channelId,
      channel: { id: channelId, type: 0, guild_id: guildId, name: 'general' },
      member: {
        user,
        roles: extra.roles ?? [],
        permissions: extra.permissions ?? '0',
        joined_at: new Date().toISOString(),
        deaf: false,
        mute: false,
        flags: 0,
      },
      app_permissions: '2147483647',
      locale: 'en-US',
      guild_locale: 'en-US',
      entitlements: [],
      authorizing_integration_owners: { 0: guildId },
      context: 0,
      ...more,
    });
    return { id, token };
  }

  private accept(socket: WebSocket): void {
    this.accepted++;
    this.sockets.add(socket);
    socket.on('close', () => this.sockets.delete(socket));
    socket.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 5_000 } }));
    socket.on('message', (raw) => {
      // biome-ignore lint/suspicious/noExplicitAny: a gateway frame's payload differs per opcode.
      const frame = JSON.parse(String(raw)) as { op: number; d: any };
      if (frame.op === 1) socket.send(JSON.stringify({ op: 11 }));
      if (frame.op !== 2) return;
      if (this.rejectIdentify || frame.d?.token !== this.token) {
        socket.close(4004, 'Authentication failed.');
        return;
      }
      socket.send(
        JSON.stringify({
          op: 0,
          t: 'READY',
          s: ++this.seq,
          d: {
            v: 10,
            user: this.botUser,
            guilds: [],
            session_id: 'fake-session',
            resume_gateway_url: `ws://127.0.0.1:${this.port}`,
            application: { id: this.applicationId, flags: 0 },
          },
        }),
      );
    });
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const request: RecordedRequest = {
      method: req.method ?? 'GET',
      path: decodeURIComponent(url.pathname),
      query: url.searchParams,
      body: text === '' ? undefined : JSON.parse(text),
      authorization: req.headers.authorization,
    };
    this.requests.push(request);
    for (const waiter of [...this.waiters]) waiter();
    if (this.held && request.path.endsWith('/callback')) await this.held;
    this.respond(request, res);
  }

  private respond(request: RecordedRequest, res: ServerResponse): void {
    const send = (status: number, body?: unknown) => {
      res.writeHead(status, body === undefined ? {} : { 'content-type': 'application/json' });
      res.end(body === undefined ? undefined : JSON.stringify(body));
    };
    const { method, path } = request;
    const needsAuth = !path.includes('/interactions/') && !path.includes('/webhooks/');
    if (needsAuth && request.authorization !== `Bot ${this.token}`) {
      send(401, { message: '401: Unauthorized', code: 0 });
      return;
    }
    if (method === 'GET' && path === '/api/v10/gateway/bot') {
      send(200, { url: `ws://127.0.0.1:${this.port}`, shards: 1, session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 } });
      return;
    }
    if (method === 'POST' && path.endsWith('/callback') && this.rateLimitsLeft > 0) {
      this.rateLimitsLeft--;
      res.writeHead(429, { 'content-type': 'application/json', 'retry-after': String(this.retryAfterSeconds), 'x-ratelimit-scope': 'user' });
      res.end(JSON.stringify({ message: 'You are being rate limited.', retry_after: this.retryAfterSeconds, global: false }));
      return;
    }
    if ((method === 'POST' && path.endsWith('/callback')) || method === 'DELETE') {
      send(204);
      return;
    }
    if (method === 'PUT' && /\/applications\/\d+(\/guilds\/\d+)?\/commands$/.test(path)) {
      send(
        200,
        (request.body as object[]).map((command) => ({ id: snowflake(), application_id: this.applicationId, version: '1', ...command })),
      );
      return;
    }
    if ((method === 'POST' || method === 'PATCH') && (path.includes('/webhooks/') || path.includes('/channels/'))) {
      const channelId = /\/channels\/(\d+)\//.exec(path)?.[1] ?? '333333333333333333';
      send(200, {
        id: snowflake(),
        channel_id: channelId,
        type: 0,
        content: '',
        author: this.botUser,
        attachments: [],
        embeds: [],
        components: [],
        mentions: [],
        mention_roles: [],
        mention_everyone: false,
        pinned: false,
        tts: false,
        timestamp: new Date().toISOString(),
        edited_timestamp: null,
        flags: 0,
        ...(request.body as object),
      });
      return;
    }
    send(404, { message: `FakeDiscord: no route for ${method} ${path}`, code: 0 });
  }
}
