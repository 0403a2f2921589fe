/**
 * What /healthz reports: each platform's connection, the knowledge answering now and how the last
 * reload went, summed up as `ok`, `degraded` (still answering, something needs a look) or `down`
 * (not answering anyone: no knowledge, or no configured platform connected).
 */
import type { Adapter, PlatformState } from '../core/adapter.js';
import type { KnowledgeControl } from '../core/services.js';

export type HealthStatus = 'ok' | 'degraded' | 'down';

export interface HealthReport {
  status: HealthStatus;
  /** One entry per configured platform; empty in console mode. */
  platforms: Record<string, { state: PlatformState }>;
  knowledge: {
    /** Whether valid knowledge is answering (the start-up load or a later good reload). */
    loaded: boolean;
    facts: number;
    sources: number;
    /** The latest load or reload, good or bad. */
    lastReload?: { at: string; ok: boolean; errors: number; warnings: number };
  };
  uptimeSeconds: number;
}

/** What the report is made from, read afresh on every request. */
export interface HealthSources {
  platforms(): readonly { name: string; state: PlatformState }[];
  knowledge(): Pick<KnowledgeControl, 'lastReload' | 'lastGood'> | undefined;
}

/** A platform's state: its own status() when it has one, else what start-up knows of it. */
export function platformState(adapter: Adapter, started: ReadonlySet<string> | undefined): PlatformState {
  if (adapter.status) return adapter.status();
  if (!started) return 'starting';
  return started.has(adapter.name) ? 'connected' : 'failed';
}

export function healthReport(sources: HealthSources): HealthReport {
  const platforms = sources.platforms();
  const control = sources.knowledge();
  const good = control?.lastGood;
  const last = control?.lastReload;
  const connected = platforms.filter((platform) => platform.state === 'connected').length;
  const lastFailed = last !== undefined && !last.ok;
  let status: HealthStatus = 'ok';
  if (!good || (platforms.length > 0 && connected === 0)) status = 'down';
  else if (connected < platforms.length || lastFailed) status = 'degraded';
  return {
    status,
    platforms: Object.fromEntries(platforms.map((platform) => [platform.name, { state: platform.state }])),
    knowledge: {
      loaded: good !== undefined,
      facts: good?.facts ?? 0,
      sources: good?.sources ?? 0,
      ...(last
        ? {
            lastReload: {
              at: last.at.toISOString(),
              ok: last.ok,
              errors: last.problems.filter((p) => p.severity === 'error').length,
              warnings: last.problems.filter((p) => p.severity !== 'error').length,
            },
          }
        : {}),
    },
    uptimeSeconds: Math.round(process.uptime()),
  };
}
