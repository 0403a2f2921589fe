/**
 * The bot's Prometheus metrics (prom-client), in a registry of its own so tests and several bots
 * in one process never share counts. Names follow Prometheus conventions: `_total` for counters,
 * `_seconds` for durations. Start-up imports this module only when something will serve
 * /metrics, since loading prom-client is a noticeable part of start-up time.
 */
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** The metrics one bot process keeps. */
export interface BotMetrics {
  readonly registry: Registry;
  /** Questions asked (the question command), by platform. */
  readonly questions: Counter<'platform'>;
  /** Questions answered with a cited fact, by platform. */
  readonly answers: Counter<'platform'>;
  /** Questions declined (nothing in the knowledge answers them), by platform. */
  readonly declines: Counter<'platform'>;
  /** Time from a question to its reply, by platform. */
  readonly answerSeconds: Histogram<'platform'>;
  /** 1 when the platform is connected, 0 otherwise; set when scraped. */
  readonly platformConnected: Gauge<'platform'>;
  /** Facts the bot answers from now; set when scraped. */
  readonly knowledgeFacts: Gauge;
  /** Knowledge (re)loads by outcome (`ok`, `failed`); the start-up load counts. */
  readonly knowledgeReloads: Counter<'outcome'>;
  /** Knowledge reloads that failed (the last good knowledge kept answering). */
  readonly knowledgeReloadFailures: Counter;
  /** Daily-post attempts by platform and outcome (`sent`, `failed`); a retried post counts each try. */
  readonly dailyPosts: Counter<'platform' | 'outcome'>;
}

/** Fresh metrics; `process: true` adds Node's own (memory, CPU, event-loop lag). */
export function createMetrics(options: { process?: boolean } = {}): BotMetrics {
  const registry = new Registry();
  if (options.process) collectDefaultMetrics({ register: registry });
  const registers = [registry];
  return {
    registry,
    questions: new Counter({ name: 'azsr_questions_total', help: 'Questions asked, by platform.', labelNames: ['platform'], registers }),
    answers: new Counter({ name: 'azsr_answers_total', help: 'Questions answered with a cited fact, by platform.', labelNames: ['platform'], registers }),
    declines: new Counter({
      name: 'azsr_declines_total',
      help: 'Questions declined because the knowledge has no answer, by platform.',
      labelNames: ['platform'],
      registers,
    }),
    answerSeconds: new Histogram({
      name: 'azsr_answer_duration_seconds',
      help: 'Time from a question to its reply, by platform.',
      labelNames: ['platform'],
      registers,
      buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    }),
    platformConnected: new Gauge({
      name: 'azsr_platform_connected',
      help: '1 when the platform is connected, 0 otherwise.',
      labelNames: ['platform'],
      registers,
    }),
    knowledgeFacts: new Gauge({ name: 'azsr_knowledge_facts', help: 'Facts the bot answers from now.', registers }),
    knowledgeReloads: new Counter({
      name: 'azsr_knowledge_reloads_total',
      help: 'Knowledge loads and reloads, by outcome (ok, failed).',
      labelNames: ['outcome'],
      registers,
    }),
    knowledgeReloadFailures: new Counter({
      name: 'azsr_knowledge_reload_failures_total',
      help: 'Knowledge reloads that failed; the last good knowledge kept answering.',
      registers,
    }),
    dailyPosts: new Counter({
      name: 'azsr_daily_posts_total',
      help: 'Daily-post attempts, by platform and outcome (sent, failed).',
      labelNames: ['platform', 'outcome'],
      registers,
    }),
  };
}
