/**
 * The small HTTP server for /healthz and /metrics on HEALTH_PORT (node:http, GET only). Bound to
 * HEALTH_HOST: 127.0.0.1 by default, 0.0.0.0 in a container so the engine's health check and a
 * Prometheus outside can reach it.
 */
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { HttpRoute } from '../core/adapter.js';

export interface HealthServer {
  /** The port listened on (useful with HEALTH_PORT=0). */
  readonly port: number;
  close(): Promise<void>;
}

export interface HealthServerOptions {
  port: number;
  host: string;
  routes: readonly HttpRoute[];
}

/** Listens; rejects with what to do when the port is taken or the host is wrong. */
export async function startHealthServer(options: HealthServerOptions): Promise<HealthServer> {
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const route = options.routes.find((candidate) => candidate.path === path);
    if (!route) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end(`not found; try ${options.routes.map((r) => r.path).join(' or ')}\n`);
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain' }).end('only GET\n');
      return;
    }
    route.handler(request, response);
  });
  // Scrapers keep connections open; they must not hold up a shutdown.
  server.keepAliveTimeout = 5_000;
  server.listen(options.port, options.host);
  try {
    await Promise.race([
      once(server, 'listening'),
      once(server, 'error').then(([error]) => {
        throw error;
      }),
    ]);
  } catch (error) {
    throw new Error(
      `health: could not listen on ${options.host}:${options.port} (${error instanceof Error ? error.message : String(error)}). Set HEALTH_PORT to a free port, or leave it empty to turn the endpoints off.`,
      { cause: error },
    );
  }
  return {
    port: (server.address() as AddressInfo).port,
    async close() {
      server.closeIdleConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
