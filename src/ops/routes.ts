/**
 * GET /healthz (JSON, 200 unless down, then 503) and GET /metrics (Prometheus text format), as
 * routes the bot's own health server and the Slack HTTP receiver (Bolt customRoutes) both serve.
 */
import type { HttpRoute } from '../core/adapter.js';
import { log } from '../core/log.js';
import type { HealthReport } from './health.js';
import type { BotMetrics } from './metrics.js';

export interface OpsRoutesOptions {
  health(): HealthReport;
  metrics: BotMetrics;
  /** Sets the gauges that are read rather than counted (platform connected, facts) before a scrape. */
  beforeScrape?(): void;
}

export const HEALTH_PATH = '/healthz';
export const METRICS_PATH = '/metrics';

export function opsRoutes(options: OpsRoutesOptions): HttpRoute[] {
  return [
    {
      path: HEALTH_PATH,
      handler(_request, response) {
        const report = options.health();
        response.writeHead(report.status === 'down' ? 503 : 200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
        response.end(`${JSON.stringify(report)}\n`);
      },
    },
    {
      path: METRICS_PATH,
      handler(_request, response) {
        options.beforeScrape?.();
        options.metrics.registry.metrics().then(
          (text) => {
            response.writeHead(200, { 'content-type': options.metrics.registry.contentType, 'cache-control': 'no-store' });
            response.end(text);
          },
          (error: unknown) => {
            log.error('metrics: could not collect', { error });
            response.writeHead(500, { 'content-type': 'text/plain' });
            response.end('metrics could not be collected\n');
          },
        );
      },
    },
  ];
}
