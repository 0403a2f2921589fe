/**
 * `npm start`: loads the knowledge, then starts Discord and/or Slack when they are configured,
 * each on its own so that one failing never stops the other, or the local console when neither is.
 * SIGTERM and SIGINT stop it within a deadline, letting replies and state writes in flight finish;
 * when every configured platform has failed for good, the same steps run and it exits 1.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { commands } from '../commands/index.js';
import { ConfigError, loadConfig, readDotenv, type Config } from './config.js';
import type { Adapter } from './core/adapter.js';
import { flushUnsavedRecords } from './core/durable-record.js';
import { log, setLogLevel } from './core/log.js';
import type { SnapshotOptions } from './answer/knowledge-snapshot.js';
import type { Services } from './answer/services.js';
import { runConsole } from './console/console.js';
import { formatProblem, summarizeProblems } from './knowledge/format-problems.js';
import { createModeration } from './moderation/setup.js';
import type { DailyPosts } from './daily/start.js';
import { DailySettingsFile } from './daily/settings-file.js';
import { countDailyPosts } from './ops/count-daily-posts.js';
import { healthReport, platformState } from './ops/health.js';
import type { BotMetrics } from './ops/metrics.js';
import { observeCommands } from './ops/observe-commands.js';
import { ObservedKnowledgeStore } from './ops/observed-store.js';
import { opsRoutes } from './ops/routes.js';
import { createShutdown } from './ops/shutdown.js';
import { createConfiguredAdapters, startEach } from './start-adapters.js';

function readConfig(): Config {
  readDotenv();
  try {
    return loadConfig(process.env, { skipBadParts: true });
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}

/**
 * Run from a build, the knowledge and its index are kept as a snapshot in DATA_DIR, tied to the
 * build's stamp (dist/.built): the next start with the same files reads it instead of parsing and
 * indexing them. Run from the sources (npm run dev), the code may change at any moment: no snapshot.
 */
function snapshotOptions(config: Config): SnapshotOptions | undefined {
  let codeVersion: string;
  try {
    codeVersion = readFileSync(new URL('../.built', import.meta.url), 'utf8').trim();
  } catch {
    return undefined;
  }
  return { file: join(config.dataDir, 'knowledge-snapshot.bin'), codeVersion };
}

/** Metrics only where something serves /metrics: HEALTH_PORT, or Slack over HTTP (no app token). */
async function metricsIfServed(config: Config): Promise<BotMetrics | undefined> {
  if (config.health.port === undefined && (!config.slack || config.slack.appToken)) return undefined;
  const { createMetrics } = await import('./ops/metrics.js');
  return createMetrics({ process: true });
}

async function main(): Promise<void> {
  const config = readConfig();
  setLogLevel(config.logLevel);
  for (const { part, problems } of config.skipped ?? []) {
    log.error(`${part} skipped: ${problems.join('; ')}. Fix it in .env (see .env.example) and restart; the rest of the bot runs`);
  }
  const shutdown = createShutdown();
  shutdown.listen();
  const metrics = await metricsIfServed(config);
  const snapshot = snapshotOptions(config);
  const store = new ObservedKnowledgeStore(config.knowledgeDir, metrics, { maxFileBytes: config.knowledgeMaxFileBytes, ...(snapshot ? { snapshot } : {}) });
  const outcome = store.reload();
  if (!outcome.ok) {
    for (const problem of outcome.problems.filter((p) => p.severity === 'error')) process.stderr.write(`${formatProblem(problem)}\n`);
    process.stderr.write(
      `azsr: cannot start, the knowledge in ${config.knowledgeDir} has errors (${summarizeProblems(outcome.problems)}). Fix them and run "npm run knowledge:check".\n`,
    );
    process.exit(1);
  }
  log.info('knowledge loaded', {
    facts: outcome.facts,
    sources: outcome.sources,
    ms: Math.round(outcome.ms),
    ...(outcome.fromSnapshot ? { fromSnapshot: true } : {}),
  });

  const moderation = createModeration(store, config.dataDir);
  // DAILY_* settings plus moderators' choices in DATA_DIR.
  const dailySettings = config.daily.off ? undefined : DailySettingsFile.in(config.dataDir, config.daily);
  const services: Services = {
    engine: () => store.engine(),
    now: () => new Date(),
    timeZone: config.daily.timeZone,
    ...moderation.services,
    ...(dailySettings ? { daily: dailySettings } : {}),
  };

  // Health and metrics: on HEALTH_PORT when set, and beside /slack/events when Slack runs over HTTP.
  const adapters: Adapter[] = [];
  let started: Set<string> | undefined;
  const platforms = () => adapters.map((adapter) => ({ name: adapter.name, state: platformState(adapter, started) }));
  const routes = !metrics
    ? []
    : opsRoutes({
        metrics,
        health: () => healthReport({ platforms, knowledge: () => moderation.services.knowledge }),
        beforeScrape() {
          for (const { name, state } of platforms()) metrics.platformConnected.set({ platform: name }, state === 'connected' ? 1 : 0);
          metrics.knowledgeFacts.set(moderation.services.knowledge?.lastGood?.facts ?? 0);
        },
      });
  const server =
    config.health.port === undefined
      ? undefined
      : await (await import('./ops/health-server.js')).startHealthServer({ port: config.health.port, host: config.health.host, routes });
  if (server) log.info('health: serving /healthz and /metrics', { host: config.health.host, port: server.port });
  // The last shutdown step: health answers until everything else has stopped.
  const closeHealth = async () => {
    await server?.close();
  };
  // Records whose write failed (a full disk) are kept in memory and tried once more before exiting.
  const saveUnsavedRecords = () => {
    if (!flushUnsavedRecords()) log.error('some records could not be saved before stopping (see the errors above)');
  };
  const deps = { commands: observeCommands(commands, metrics), services, httpRoutes: routes };

  if (!config.discord && !config.slack) {
    process.stderr.write('azsr: no Discord or Slack settings found (see .env.example), so starting the local console.\n');
    moderation.startWatching([], {});
    const ending = new AbortController();
    const consoleDone = runConsole({
      input: process.stdin,
      output: process.stdout,
      commands: deps.commands,
      services,
      interactive: process.stdin.isTTY === true,
      signal: ending.signal,
    });
    shutdown.add('console', async () => {
      ending.abort();
      await consoleDone;
    });
    shutdown.add('knowledge watcher', () => moderation.stop());
    shutdown.add('unsaved records', saveUnsavedRecords);
    shutdown.add('health server', closeHealth);
    await consoleDone;
    await shutdown.run('end of input');
    return;
  }

  adapters.push(...(await createConfiguredAdapters(config, deps)));
  // Loaded now, not after connecting: nothing may come between the stopping check and starting the posts.
  const daily = dailySettings ? await import('./daily/start.js') : undefined;
  let dailyPosts: DailyPosts | undefined;
  shutdown.add('daily posts', async () => {
    dailyPosts?.stop();
    // Runs never overlap, so this waits for a post being sent and recorded; it posts nothing.
    await dailyPosts?.scheduler.runDue(new Date());
  });
  shutdown.add('knowledge watcher', () => moderation.stop());
  shutdown.add('platforms', async () => {
    await Promise.allSettled(adapters.map((adapter) => adapter.stop()));
  });
  shutdown.add('unsaved records', saveUnsavedRecords);
  shutdown.add('health server', closeHealth);
  started = new Set(
    await startEach(adapters, {
      // At start-up or later: exit 1 through the same steps, so a supervisor restarts or alerts.
      onAllFailed(message) {
        log.error(message);
        process.stderr.write(`${message}\n`);
        void shutdown.run('every configured platform has failed for good', 1);
      },
    }),
  );
  if (shutdown.stopping) return; // a signal came while connecting: start nothing more
  moderation.startWatching(adapters, config.moderatorChannels);
  dailyPosts =
    dailySettings && daily
      ? daily.startDailyPosts({
          settings: dailySettings,
          adapters: adapters.map((adapter) => countDailyPosts(adapter, metrics)),
          dataDir: config.dataDir,
          knowledge: () => store.engine().knowledge,
        })
      : undefined;
}

main().catch((error: unknown) => {
  log.error('azsr failed to start', { error });
  process.exit(1);
});
