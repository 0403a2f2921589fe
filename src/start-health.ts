/**
 * Health and metrics for `npm start`: on HEALTH_PORT when set, and beside /slack/events when Slack
 * runs over HTTP. The routes read the platforms as they are when asked, so they can be served
 * before any platform has started.
 */
import type { Config } from './config.js';
import type { Adapter, HttpRoute } from './core/adapter.js';
import { log } from './core/log.js';
import type { Moderation } from './moderation/setup.js';
import { healthReport, platformState } from './ops/health.js';
import type { BotMetrics } from './ops/metrics.js';
import { opsRoutes } from './ops/routes.js';

/** The platforms of this run, filled in as start-up goes on. */
export interface Platforms {
  adapters: Adapter[];
  /** The names of those that started; undefined until they have all been tried. */
  started: Set<string> | undefined;
}

export interface HealthSettings {
  config: Config;
  /** Undefined when nothing serves /metrics: then no routes either. */
  metrics: BotMetrics | undefined;
  moderation: Moderation;
  platforms: Platforms;
}

export interface HealthServing {
  /** /healthz and /metrics, for an adapter that listens on HTTP to serve too. */
  routes: HttpRoute[];
  /** The last shutdown step: health answers until everything else has stopped. */
  close(): Promise<void>;
}

export async function serveHealth({ config, metrics, moderation, platforms }: HealthSettings): Promise<HealthServing> {
  const routes = !metrics ? [] : healthRoutes(metrics, moderation, platforms);
  const server =
    config.health.port === undefined
      ? undefined
      : await (await import('./ops/health-server.js')).startHealthServer({ port: config.health.port, host: config.health.host, routes });
  if (server) log.info('health: serving /healthz and /metrics', { host: config.health.host, port: server.port });
  return {
    routes,
    close: async () => {
      await server?.close();
    },
  };
}

function healthRoutes(metrics: BotMetrics, moderation: Moderation, platforms: Platforms): HttpRoute[] {
  const states = () => platforms.adapters.map((adapter) => ({ name: adapter.name, state: platformState(adapter, platforms.started) }));
  return opsRoutes({
    metrics,
    health: () => healthReport({ platforms: states, knowledge: () => moderation.services.knowledge }),
    beforeScrape() {
      for (const { name, state } of states()) metrics.platformConnected.set({ platform: name }, state === 'connected' ? 1 : 0);
      metrics.knowledgeFacts.set(moderation.services.knowledge?.lastGood?.facts ?? 0);
    },
  });
}
