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
import { log, setLogLevel } from './core/log.js';
import type { SnapshotOptions } from './answer/knowledge-snapshot.js';
import type { Services } from './answer/services.js';
import { runLocalConsole, runPlatforms } from './start-front-end.js';
import { formatProblem, summarizeProblems } from './knowledge/format-problems.js';
import { createModeration } from './moderation/setup.js';
import { DailySettingsFile } from './daily/settings-file.js';
import type { BotMetrics } from './ops/metrics.js';
import { observeCommands } from './ops/observe-commands.js';
import { ObservedKnowledgeStore } from './ops/observed-store.js';
import { createShutdown } from './ops/shutdown.js';
import { serveHealth, type Platforms } from './start-health.js';

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
  logSkippedParts(config);
  const shutdown = createShutdown();
  shutdown.listen();
  const metrics = await metricsIfServed(config);
  const store = loadKnowledgeOrExit(config, metrics);

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
  const platforms: Platforms = { adapters: [], started: undefined };
  const health = await serveHealth({ config, metrics, moderation, platforms });
  const deps = { commands: observeCommands(commands, metrics), services, httpRoutes: health.routes };
  const bot = { config, shutdown, store, moderation, services, deps, dailySettings, metrics, platforms, closeHealth: health.close };
  if (!config.discord && !config.slack) await runLocalConsole(bot);
  else await runPlatforms(bot);
}

function logSkippedParts(config: Config): void {
  for (const { part, problems } of config.skipped ?? []) {
    log.error(`${part} skipped: ${problems.join('; ')}. Fix it in .env (see .env.example) and restart; the rest of the bot runs`);
  }
}

/**
 * The knowledge, loaded (from the snapshot when it is current); with errors in it, they are
 * printed and the process exits 1. What answering does not need waits until the bot is ready
 * (see finishStartUpLater in start-front-end.ts).
 */
function loadKnowledgeOrExit(config: Config, metrics: BotMetrics | undefined): ObservedKnowledgeStore {
  const snapshot = snapshotOptions(config);
  const store = new ObservedKnowledgeStore(config.knowledgeDir, metrics, { maxFileBytes: config.knowledgeMaxFileBytes, ...(snapshot ? { snapshot } : {}) });
  const outcome = store.reloadForStartUp();
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
  return store;
}

main().catch((error: unknown) => {
  log.error('azsr failed to start', { error });
  process.exit(1);
});
