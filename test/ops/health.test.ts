/** /healthz and /metrics: the report's rules, and real HTTP requests on 127.0.0.1. */
import { createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import { createSlackAdapter } from '../../src/adapters/slack/index.js';
import { loadConfig } from '../../src/config.js';
import type { Adapter, PlatformState } from '../../src/core/adapter.js';
import { runCommand } from '../../src/core/dispatch.js';
import { makeReply } from '../../src/core/reply.js';
import type { ReloadOutcome } from '../../src/core/services.js';
import { countDailyPosts } from '../../src/ops/count-daily-posts.js';
import { healthReport, platformState, type HealthReport } from '../../src/ops/health.js';
import { startHealthServer, type HealthServer } from '../../src/ops/health-server.js';
import { createMetrics, type BotMetrics } from '../../src/ops/metrics.js';
import { observeCommands } from '../../src/ops/observe-commands.js';
import { ObservedKnowledgeStore } from '../../src/ops/observed-store.js';
import { opsRoutes } from '../../src/ops/routes.js';
import { startFakeSlack } from '../fakes/fake-slack.js';
import { createTestContext, createTestServices } from '../helpers.js';
import { postSigned, slashCommand } from '../adapters/slack/helpers.js';

const good: ReloadOutcome = { ok: true, at: new Date('2026-11-30T10:00:00Z'), problems: [], facts: 169, sources: 5, ms: 40 };
const bad: ReloadOutcome = {
  ok: false,
  at: new Date('2026-11-30T11:00:00Z'),
  facts: 169,
  sources: 5,
  ms: 30,
  problems: [{ severity: 'error', file: 'facts/visits.yaml', line: 3, message: 'statement is empty' } as ReloadOutcome['problems'][number]],
};
const knowledge = (lastReload: ReloadOutcome | undefined, lastGood: ReloadOutcome | undefined) => () => ({ lastReload, lastGood });
const platforms =
  (...states: [string, PlatformState][]) =>
  () =>
    states.map(([name, state]) => ({ name, state }));

describe('healthReport', () => {
  it('GIVEN knowledge loaded and every platform connected THEN ok, with each platform and the last reload', () => {
    const report = healthReport({ platforms: platforms(['discord', 'connected'], ['slack', 'connected']), knowledge: knowledge(good, good) });
    expect(report).toMatchObject({
      status: 'ok',
      platforms: { discord: { state: 'connected' }, slack: { state: 'connected' } },
      knowledge: { loaded: true, facts: 169, sources: 5, lastReload: { at: '2026-11-30T10:00:00.000Z', ok: true, errors: 0 } },
    });
  });

  it('GIVEN the console (no platforms) and knowledge THEN ok', () => {
    expect(healthReport({ platforms: platforms(), knowledge: knowledge(good, good) }).status).toBe('ok');
  });

  it('GIVEN one platform reconnecting, or a failed reload while the last good knowledge answers, THEN degraded', () => {
    expect(healthReport({ platforms: platforms(['discord', 'reconnecting'], ['slack', 'connected']), knowledge: knowledge(good, good) }).status).toBe(
      'degraded',
    );
    const report = healthReport({ platforms: platforms(['slack', 'connected']), knowledge: knowledge(bad, good) });
    expect(report).toMatchObject({ status: 'degraded', knowledge: { loaded: true, facts: 169, lastReload: { ok: false, errors: 1 } } });
  });

  it('GIVEN no platform connected, or no knowledge, THEN down', () => {
    expect(healthReport({ platforms: platforms(['discord', 'failed'], ['slack', 'reconnecting']), knowledge: knowledge(good, good) }).status).toBe('down');
    expect(healthReport({ platforms: platforms(), knowledge: knowledge(undefined, undefined) }).status).toBe('down');
  });

  it('GIVEN an adapter without status() THEN starting until start-up ends, then connected or failed', () => {
    const plain = { name: 'slack' } as Adapter;
    expect(platformState(plain, undefined)).toBe('starting');
    expect(platformState(plain, new Set(['slack']))).toBe('connected');
    expect(platformState(plain, new Set(['discord']))).toBe('failed');
  });
});

describe('the health server on 127.0.0.1', () => {
  let server: HealthServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  function start(report: () => HealthReport, metrics: BotMetrics = createMetrics()) {
    return startHealthServer({ port: 0, host: '127.0.0.1', routes: opsRoutes({ health: report, metrics }) });
  }

  it('GIVEN a healthy bot THEN GET /healthz is 200 with the JSON report', async () => {
    server = await start(() => healthReport({ platforms: platforms(['discord', 'connected']), knowledge: knowledge(good, good) }));
    const response = await fetch(`http://127.0.0.1:${server.port}/healthz`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
    expect(await response.json()).toMatchObject({ status: 'ok', platforms: { discord: { state: 'connected' } }, knowledge: { loaded: true, facts: 169 } });
  });

  it('GIVEN a bot that answers no one THEN GET /healthz is 503, still with the report', async () => {
    server = await start(() => healthReport({ platforms: platforms(['discord', 'failed']), knowledge: knowledge(good, good) }));
    const response = await fetch(`http://127.0.0.1:${server.port}/healthz`);
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ status: 'down', platforms: { discord: { state: 'failed' } } });
  });

  it('GIVEN questions answered and declined, reloads and daily posts THEN GET /metrics reports them in the Prometheus format', async () => {
    const metrics = createMetrics({ process: true });
    const observed = observeCommands(commands, metrics);
    const ask = observed.find((command) => command.name === 'azsr');
    if (!ask) throw new Error('no /azsr command');
    await runCommand(ask, createTestContext({ platform: 'discord' }), { question: 'when did Aliyev visit Niš' });
    await runCommand(ask, createTestContext({ platform: 'discord' }), { question: 'what is the capital of Peru' });
    await runCommand(ask, createTestContext({ platform: 'slack' }), { question: 'which serbian city is twinned with shusha' });
    const store = new ObservedKnowledgeStore('knowledge', metrics);
    store.reload();
    new ObservedKnowledgeStore('no-such-folder', metrics).reload();
    const failing: Adapter = {
      name: 'slack',
      start: async () => undefined,
      stop: async () => undefined,
      post: async (channel: string) => {
        if (channel === 'GONE') throw new Error('channel_not_found');
      },
    };
    const counted = countDailyPosts(failing, metrics);
    const post = makeReply({ kind: 'info', title: 'On this day', body: 'nothing' });
    await counted.post('C1', post);
    await expect(counted.post('GONE', post)).rejects.toThrow('channel_not_found');

    server = await start(() => healthReport({ platforms: platforms(), knowledge: knowledge(good, good) }), metrics);
    const response = await fetch(`http://127.0.0.1:${server.port}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await response.text();
    expect(text).toContain('# TYPE azsr_questions_total counter');
    expect(text).toContain('azsr_questions_total{platform="discord"} 2');
    expect(text).toContain('azsr_questions_total{platform="slack"} 1');
    expect(text).toContain('azsr_answers_total{platform="discord"} 1');
    expect(text).toContain('azsr_declines_total{platform="discord"} 1');
    expect(text).toContain('azsr_answer_duration_seconds_count{platform="discord"} 2');
    expect(text).toContain('azsr_answer_duration_seconds_bucket{le="+Inf",platform="discord"} 2');
    expect(text).toContain('azsr_knowledge_reloads_total{outcome="ok"} 1');
    expect(text).toContain('azsr_knowledge_reload_failures_total 1');
    expect(text).toContain('azsr_daily_posts_total{platform="slack",outcome="sent"} 1');
    expect(text).toContain('azsr_daily_posts_total{platform="slack",outcome="failed"} 1');
    expect(text).toContain('process_resident_memory_bytes');
  });

  it('GIVEN another path or method THEN 404 or 405', async () => {
    server = await start(() => healthReport({ platforms: platforms(), knowledge: knowledge(good, good) }));
    expect((await fetch(`http://127.0.0.1:${server.port}/nope`)).status).toBe(404);
    expect((await fetch(`http://127.0.0.1:${server.port}/healthz`, { method: 'POST' })).status).toBe(405);
  });

  it('throws if the port is taken, saying which setting to change', async () => {
    const blocker = createServer().listen(0, '127.0.0.1');
    await new Promise((resolve) => blocker.once('listening', resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      await expect(startHealthServer({ port, host: '127.0.0.1', routes: [] })).rejects.toThrow(
        /could not listen on 127\.0\.0\.1:\d+ .*Set HEALTH_PORT to a free port/,
      );
    } finally {
      blocker.close();
    }
  });
});

describe('/healthz and /metrics on the Slack HTTP receiver', () => {
  it('GIVEN Slack in HTTP mode THEN its port serves the routes beside /slack/events', async () => {
    const fake = await startFakeSlack();
    const metrics = createMetrics();
    let adapter: Adapter | undefined;
    const routes = opsRoutes({
      metrics,
      health: () => healthReport({ platforms: () => [{ name: 'slack', state: adapter?.status?.() ?? 'starting' }], knowledge: knowledge(good, good) }),
    });
    const services = createTestServices();
    const slack = createSlackAdapter(
      { botToken: 'xoxb-test', signingSecret: 'test-signing-secret', port: 0, apiUrl: fake.apiUrl, moderatorIds: [] },
      { commands: observeCommands(commands, metrics), services, httpRoutes: routes },
      { retryConfig: { retries: 0 }, host: '127.0.0.1' },
    );
    adapter = slack;
    try {
      await slack.start();
      const port = slack.port as number;
      const health = await fetch(`http://127.0.0.1:${port}/healthz`);
      expect(health.status).toBe(200);
      expect(await health.json()).toMatchObject({ status: 'ok', platforms: { slack: { state: 'connected' } } });
      const asked = await postSigned(port, new URLSearchParams(slashCommand('when did Aliyev visit Niš', fake.responseUrl())).toString());
      expect(asked.status).toBe(200);
      const text = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
      expect(text).toContain('azsr_questions_total{platform="slack"} 1');
      expect(text).toContain('azsr_answers_total{platform="slack"} 1');
    } finally {
      await slack.stop();
      await fake.close();
    }
    expect(slack.status?.()).toBe('stopped');
  });
});

describe('HEALTH_* settings', () => {
  it('GIVEN none THEN the endpoints are off and would bind to 127.0.0.1', () => {
    expect(loadConfig({}).health).toEqual({ host: '127.0.0.1' });
  });

  it('GIVEN a port and host THEN they are used', () => {
    expect(loadConfig({ HEALTH_PORT: '9464', HEALTH_HOST: '0.0.0.0' }).health).toEqual({ port: 9464, host: '0.0.0.0' });
  });

  it('throws if HEALTH_PORT is not a port, naming it with the other problems', () => {
    expect(() => loadConfig({ HEALTH_PORT: 'ninety', LOG_LEVEL: 'loud' })).toThrow(
      /LOG_LEVEL must be one of[\s\S]*HEALTH_PORT must be a port number from 0 to 65535/,
    );
    expect(() => loadConfig({ HEALTH_PORT: '70000' })).toThrow(/HEALTH_PORT must be a port number/);
  });
});
