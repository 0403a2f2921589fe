/**
 * The project's logger: pino, one JSON object per line on standard error (standard output stays
 * free for the console's and the command-line interface's answers), pretty-printed only when
 * standard error is a terminal. The API is `log.info(message, fields)`.
 *
 * Privacy: who asked and what they asked are never logged above debug level. Fields named in
 * PERSONAL_FIELDS are dropped from info, warn and error lines (kept at debug, for a developer's
 * own machine). A failure a person can fix carries a `hint` saying how: given by the caller, or
 * found for a known error by `hintFor`.
 */
import { createRequire } from 'node:module';
import { pino, stdSerializers, stdTimeFunctions, type DestinationStream, type Logger } from 'pino';
import { hintFor } from './hints.js';

export type Level = 'debug' | 'info' | 'warn' | 'error';

/** Field names that may hold a user id or a question's text; only debug lines keep them. */
export const PERSONAL_FIELDS: ReadonlySet<string> = new Set(['user', 'userId', 'user_id', 'askedBy', 'question', 'text']);

function prettyStream(): DestinationStream {
  // pino-pretty is CommonJS; loaded only on a terminal, so servers never pay for it.
  const pretty = createRequire(import.meta.url)('pino-pretty') as (options: object) => DestinationStream;
  return pretty({ destination: process.stderr, sync: true, colorize: true, translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname' });
}

function createLogger(): Logger {
  const onTerminal = process.stderr.isTTY === true;
  return pino(
    {
      level: 'info',
      base: { pid: process.pid },
      timestamp: stdTimeFunctions.isoTime,
      serializers: { error: stdSerializers.err, err: stdSerializers.err },
      // Level names ("warn") read better in JSON than pino's numbers; pino-pretty wants the numbers.
      ...(onTerminal ? {} : { formatters: { level: (label: string) => ({ level: label }) } }),
    },
    onTerminal ? prettyStream() : process.stderr,
  );
}

const logger = createLogger();

export function setLogLevel(level: Level): void {
  logger.level = level;
}

function fieldsFor(level: Level, fields: Record<string, unknown> | undefined): Record<string, unknown> {
  const kept = level === 'debug' || !fields ? { ...fields } : Object.fromEntries(Object.entries(fields).filter(([name]) => !PERSONAL_FIELDS.has(name)));
  if (kept.hint === undefined && level !== 'debug' && kept.error !== undefined) {
    const hint = hintFor(kept.error);
    if (hint) kept.hint = hint;
  }
  return kept;
}

function write(level: Level, message: string, fields?: Record<string, unknown>): void {
  if (!logger.isLevelEnabled(level)) return;
  logger[level](fieldsFor(level, fields), message);
}

/** Log at a level: `log.warn('daily post failed', { channel, error, hint })`. */
export const log = {
  debug: (message: string, fields?: Record<string, unknown>) => write('debug', message, fields),
  info: (message: string, fields?: Record<string, unknown>) => write('info', message, fields),
  warn: (message: string, fields?: Record<string, unknown>) => write('warn', message, fields),
  error: (message: string, fields?: Record<string, unknown>) => write('error', message, fields),
};
