/**
 * `npm start`: loads the knowledge, then starts Discord and/or Slack when they are configured,
 * each on its own so that one failing never stops the other, or the local console when neither is.
 */
import { commands } from '../commands/index.js';
import { ConfigError, loadConfig, readDotenv, type Config } from './config.js';
import type { Adapter } from './core/adapter.js';
import { flushUnsavedRecords } from './core/durable-record.js';
import { log, setLogLevel } from './core/log.js';
import type { Services } from './core/services.js';
import { runConsole } from './console/console.js';
import { formatProblem, summarizeProblems } from './knowledge/format-problems.js';
import { KnowledgeStore } from './knowledge/store.js';
import { createModeration } from './moderation/setup.js';
import { openDailySettings, startDailyPosts } from './daily/start.js';
import { startAdapters } from './start-adapters.js';

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

async function main(): Promise<void> {
  const config = readConfig();
  setLogLevel(config.logLevel);
  for (const { part, problems } of config.skipped ?? []) {
    log.error(`${part} skipped: ${problems.join('; ')}. Fix it in .env (see .env.example) and restart; the rest of the bot runs`);
  }
  const store = new KnowledgeStore(config.knowledgeDir, { maxFileBytes: config.knowledgeMaxFileBytes });
  const outcome = store.reload();
  if (!outcome.ok) {
    for (const problem of outcome.problems.filter((p) => p.severity === 'error')) process.stderr.write(`${formatProblem(problem)}\n`);
    process.stderr.write(`azsr: cannot start, the knowledge in ${config.knowledgeDir} has errors (${summarizeProblems(outcome.problems)}). Fix them and run "npm run knowledge:check".\n`);
    process.exit(1);
  }
  log.info('knowledge loaded', { facts: outcome.facts, sources: outcome.sources, ms: Math.round(outcome.ms) });

  const moderation = createModeration(store, config.dataDir);
  const dailySettings = config.daily.off ? undefined : openDailySettings(config);
  const services: Services = { engine: () => store.engine(), now: () => new Date(), timeZone: config.daily.timeZone, ...moderation.services, ...(dailySettings ? { daily: dailySettings } : {}) };

  if (!config.discord && !config.slack) {
    process.stderr.write('azsr: no Discord or Slack settings found (see .env.example), so starting the local console.\n');
    moderation.startWatching([], {});
    await runConsole({ input: process.stdin, output: process.stdout, commands, services, interactive: process.stdin.isTTY === true });
    moderation.stop();
    flushUnsavedRecords();
    return;
  }

  const adapters: Adapter[] = await startAdapters(config, { commands, services });
  moderation.startWatching(adapters, config.moderatorChannels);
  const dailyPosts = dailySettings && startDailyPosts({ settings: dailySettings, adapters, dataDir: config.dataDir, knowledge: () => store.engine().knowledge });
  const shutdown = async (signal: string) => {
    log.info('shutting down', { signal });
    moderation.stop();
    dailyPosts?.stop();
    await Promise.allSettled(adapters.map((adapter) => adapter.stop()));
    if (!flushUnsavedRecords()) log.error('some records could not be saved before stopping (see the errors above)');
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  log.error('azsr failed to start', { error });
  process.exit(1);
});
