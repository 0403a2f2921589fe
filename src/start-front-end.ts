/**
 * The two ways `npm start` runs once the knowledge is loaded: the local console when no platform
 * is configured, otherwise every configured platform, with the daily posts. Each adds the steps
 * that stop it cleanly.
 */
import type { Services } from './answer/services.js';
import type { Config } from './config.js';
import type { AdapterDeps } from './core/adapter.js';
import { flushUnsavedRecords } from './core/durable-record.js';
import { log } from './core/log.js';
import { runConsole } from './console/console.js';
import type { DailySettingsFile } from './daily/settings-file.js';
import type { DailyPosts } from './daily/start.js';
import type { Moderation } from './moderation/setup.js';
import { countDailyPosts } from './ops/count-daily-posts.js';
import type { BotMetrics } from './ops/metrics.js';
import type { ObservedKnowledgeStore } from './ops/observed-store.js';
import type { Shutdown } from './ops/shutdown.js';
import { createConfiguredAdapters, startEach } from './start-adapters.js';
import type { Platforms } from './start-health.js';

/** What start-up has made ready by the time a front end starts. */
export interface ReadyBot {
  config: Config;
  shutdown: Shutdown;
  store: ObservedKnowledgeStore;
  moderation: Moderation;
  services: Services;
  deps: AdapterDeps<Services>;
  /** Undefined when the daily post is off. */
  dailySettings: DailySettingsFile | undefined;
  metrics: BotMetrics | undefined;
  platforms: Platforms;
  closeHealth(): Promise<void>;
}

/** Runs the local console until the end of its input, then stops. */
export async function runLocalConsole(bot: ReadyBot): Promise<void> {
  const { shutdown, moderation } = bot;
  process.stderr.write('azsr: no Discord or Slack settings found (see .env.example), so starting the local console.\n');
  moderation.startWatching([], {});
  const ending = new AbortController();
  const consoleDone = runConsole({
    input: process.stdin,
    output: process.stdout,
    commands: bot.deps.commands,
    services: bot.services,
    interactive: process.stdin.isTTY === true,
    signal: ending.signal,
  });
  finishStartUpLater(bot);
  shutdown.add('console', async () => {
    ending.abort();
    await consoleDone;
  });
  shutdown.add('knowledge watcher', () => moderation.stop());
  addFinalSteps(bot);
  await consoleDone;
  await shutdown.run('end of input');
}

/** Starts every configured platform, each on its own, then the knowledge watcher and the daily posts. */
export async function runPlatforms(bot: ReadyBot): Promise<void> {
  const { config, shutdown, moderation, platforms } = bot;
  platforms.adapters.push(...(await createConfiguredAdapters(config, bot.deps)));
  // Loaded now, not after connecting: nothing may come between the stopping check and starting the posts.
  const daily = bot.dailySettings ? await import('./daily/start.js') : undefined;
  let dailyPosts: DailyPosts | undefined;
  shutdown.add('daily posts', async () => {
    dailyPosts?.stop();
    // Runs never overlap, so this waits for a post being sent and recorded; it posts nothing.
    await dailyPosts?.scheduler.runDue(new Date());
  });
  shutdown.add('knowledge watcher', () => moderation.stop());
  shutdown.add('platforms', async () => {
    await Promise.allSettled(platforms.adapters.map((adapter) => adapter.stop()));
  });
  addFinalSteps(bot);
  platforms.started = new Set(
    await startEach(platforms.adapters, {
      // At start-up or later: exit 1 through the same steps, so a supervisor restarts or alerts.
      onAllFailed(message) {
        log.error(message);
        process.stderr.write(`${message}\n`);
        void shutdown.run('every configured platform has failed for good', 1);
      },
    }),
  );
  if (shutdown.stopping) return; // a signal came while connecting: start nothing more
  moderation.startWatching(platforms.adapters, config.moderatorChannels);
  dailyPosts = daily ? startDailyPosts(bot, daily) : undefined;
  finishStartUpLater(bot);
}

/** How long the ready bot waits before finishing start-up, so a question already waiting is answered first. */
const FINISH_START_UP_AFTER_MS = 1000;

/**
 * What loading the knowledge left for later (its warnings, and what makes the next start quick;
 * see KnowledgeStore.reloadForStartUp) runs a moment after the bot is ready, or when it stops,
 * whichever comes first.
 */
function finishStartUpLater({ store }: ReadyBot): void {
  setTimeout(() => store.finishStartUp(), FINISH_START_UP_AFTER_MS).unref();
}

function startDailyPosts(bot: ReadyBot, daily: typeof import('./daily/start.js')): DailyPosts | undefined {
  const { dailySettings, platforms, config, store, metrics } = bot;
  return dailySettings
    ? daily.startDailyPosts({
        settings: dailySettings,
        adapters: platforms.adapters.map((adapter) => countDailyPosts(adapter, metrics)),
        dataDir: config.dataDir,
        knowledge: () => store.engine().knowledge,
      })
    : undefined;
}

/** The last steps of every shutdown: what start-up left, unsaved records, then the health server. */
function addFinalSteps({ shutdown, closeHealth, store }: ReadyBot): void {
  shutdown.add('knowledge snapshot', () => store.finishStartUp());
  // Records whose write failed (a full disk) are kept in memory and tried once more before exiting.
  shutdown.add('unsaved records', () => {
    if (!flushUnsavedRecords()) log.error('some records could not be saved before stopping (see the errors above)');
  });
  shutdown.add('health server', closeHealth);
}
