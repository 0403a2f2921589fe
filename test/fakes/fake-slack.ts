/**
 * A fake Slack on 127.0.0.1 for driving the real Bolt App: the Web API (`POST /api/{method}`,
 * form-encoded, `blocks` as a JSON string), response URLs (`POST /response/{n}`, JSON), and the
 * Socket Mode WebSocket (`/socket`) that sends `hello` and slash-command envelopes and collects acks.
 */
import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

/** One Web API call as the fake received it. */
export interface ApiCall {
  method: string;
  /** The bearer token from the Authorization header. */
  token: string | undefined;
  /** Form fields, with `blocks` and other JSON fields parsed. */
  params: Record<string, unknown>;
}

export type ApiAnswer = Record<string, unknown> | ((call: ApiCall) => Record<string, unknown> | { status: number });

/** What the Socket Mode client sent back for an envelope. */
export interface EnvelopeAck {
  envelope_id: string;
  payload?: Record<string, unknown>;
}

export interface FakeSlack {
  /** Base URL of the Web API, for SLACK_API_URL: `http://127.0.0.1:PORT/api/`. */
  readonly apiUrl: string;
  /** The fake's own base URL: `http://127.0.0.1:PORT`. */
  readonly baseUrl: string;
  readonly calls: ApiCall[];
  /** Overrides the answer to a Web API method (the default answers are `ok: true`). */
  answer(method: string, answer: ApiAnswer): void;
  /** A fresh response_url on the fake. */
  responseUrl(): string;
  /** The JSON posted to a response_url, waiting for it if it has not come yet. */
  responsePosted(url: string): Promise<Record<string, unknown>>;
  /** How many Socket Mode connections were opened so far. */
  readonly socketsOpened: number;
  /** Resolves when the `n`th Socket Mode connection (1-based) has been sent `hello`. */
  socketReady(n: number): Promise<void>;
  /** Sends an envelope on the newest socket and resolves with the client's ack. */
  sendEnvelope(type: string, payload: Record<string, unknown>): Promise<EnvelopeAck>;
  /** Asks the client to reconnect, as Slack does several times a day (a `disconnect` message on the newest socket). */
  requestRefresh(reason?: string): void;
  /** Socket Mode connections open now. */
  readonly openSockets: number;
  /** Drops every Socket Mode connection without a close handshake, as a network failure would. */
  dropSockets(): void;
  /** Resolves once no Socket Mode connection is open. */
  socketsClosed(): Promise<void>;
  close(): Promise<void>;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function parseForm(body: string, contentType: string | undefined): Record<string, unknown> {
  if (contentType?.startsWith('application/json')) return body === '' ? {} : (JSON.parse(body) as Record<string, unknown>);
  const params: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(body)) {
    params[key] = /^[[{]/.test(value) ? JSON.parse(value) : value;
  }
  return params;
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

/** A waitable value per key: whoever comes first, the value or the waiter, waits for the other. */
function mailbox<T>() {
  const values = new Map<string, T>();
  const waiters = new Map<string, (value: T) => void>();
  return {
    put(key: string, value: T) {
      const waiter = waiters.get(key);
      if (waiter) {
        waiters.delete(key);
        waiter(value);
      } else values.set(key, value);
    },
    take(key: string): Promise<T> {
      const value = values.get(key);
      if (value !== undefined) {
        values.delete(key);
        return Promise.resolve(value);
      }
      return new Promise((resolve) => waiters.set(key, resolve));
    },
  };
}

export async function startFakeSlack(): Promise<FakeSlack> {
  const calls: ApiCall[] = [];
  const answers = new Map<string, ApiAnswer>();
  const responses = mailbox<Record<string, unknown>>();
  const acks = mailbox<EnvelopeAck>();
  const ready = mailbox<true>();
  const sockets = new Set<WebSocket>();
  let newest: WebSocket | undefined;
  let opened = 0;
  let responseCount = 0;
  let envelopeCount = 0;
  let baseUrl = '';

  const defaults: Record<string, (call: ApiCall) => Record<string, unknown>> = {
    'auth.test': () => ({ ok: true, url: 'https://fake.slack.com/', team: 'Fake', user: 'azsr', team_id: 'T0FAKE', user_id: 'U0BOT', bot_id: 'B0BOT' }),
    'apps.connections.open': () => ({ ok: true, url: `${baseUrl.replace('http', 'ws')}/socket?n=${opened + 1}` }),
    'chat.postMessage': (call) => ({ ok: true, channel: call.params.channel, ts: `${Date.now() / 1000}` }),
  };

  const server = createServer((req, res) => {
    void (async () => {
      const body = await readBody(req);
      const url = req.url ?? '/';
      if (req.method === 'POST' && url.startsWith('/api/')) {
        const call: ApiCall = {
          method: url.slice('/api/'.length).split('?')[0] ?? '',
          token: req.headers.authorization?.replace(/^Bearer /, ''),
          params: parseForm(body, req.headers['content-type']),
        };
        calls.push(call);
        const answer = answers.get(call.method) ?? defaults[call.method] ?? { ok: true };
        const result = typeof answer === 'function' ? answer(call) : answer;
        if (typeof result.status === 'number') sendJson(res, result.status, { ok: false });
        else sendJson(res, 200, result);
      } else if (req.method === 'POST' && url.startsWith('/response/')) {
        responses.put(`${baseUrl}${url}`, JSON.parse(body) as Record<string, unknown>);
        sendJson(res, 200, { ok: true });
      } else sendJson(res, 404, { ok: false, error: 'not_found' });
    })();
  });

  const wss = new WebSocketServer({ server, path: '/socket' });
  wss.on('connection', (socket) => {
    opened += 1;
    const n = opened;
    sockets.add(socket);
    newest = socket;
    socket.on('close', () => sockets.delete(socket));
    socket.on('message', (data) => {
      const ack = JSON.parse(String(data)) as EnvelopeAck;
      acks.put(ack.envelope_id, ack);
    });
    socket.send(JSON.stringify({ type: 'hello', num_connections: 1, connection_info: { app_id: 'A0FAKE' } }));
    ready.put(String(n), true);
  });

  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    apiUrl: `${baseUrl}/api/`,
    baseUrl,
    calls,
    answer: (method, answer) => {
      answers.set(method, answer);
    },
    responseUrl: () => `${baseUrl}/response/${++responseCount}`,
    responsePosted: (url) => responses.take(url),
    get socketsOpened() {
      return opened;
    },
    socketReady: async (n) => {
      await ready.take(String(n));
    },
    sendEnvelope(type, payload) {
      if (!newest || newest.readyState !== newest.OPEN) return Promise.reject(new Error('fake Slack: no open Socket Mode connection'));
      const envelopeId = `env-${++envelopeCount}`;
      newest.send(JSON.stringify({ envelope_id: envelopeId, type, accepts_response_payload: true, payload }));
      return acks.take(envelopeId);
    },
    requestRefresh(reason = 'refresh_requested') {
      newest?.send(JSON.stringify({ type: 'disconnect', reason, debug_info: { host: 'fake' } }));
    },
    get openSockets() {
      return sockets.size;
    },
    dropSockets() {
      for (const socket of sockets) socket.terminate();
    },
    async socketsClosed() {
      while (sockets.size > 0) await new Promise((resolve) => setTimeout(resolve, 10));
    },
    async close() {
      for (const socket of sockets) socket.terminate();
      wss.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
