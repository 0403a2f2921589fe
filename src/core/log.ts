/**
 * A small structured logger on standard error: one line per event, its context as JSON. Standard
 * output stays free for the console and the command-line interface's answers.
 */
type Level = 'debug' | 'info' | 'warn' | 'error';
const ORDER: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };

let threshold: Level = 'info';
export function setLogLevel(level: Level): void {
  threshold = level;
}

function describe(value: unknown): unknown {
  if (value instanceof Error) return { name: value.name, message: value.message, stack: value.stack?.split('\n').slice(0, 4).join(' | ') };
  return value;
}

function write(level: Level, message: string, context?: Record<string, unknown>): void {
  if (ORDER[level] < ORDER[threshold]) return;
  const details = context ? ` ${JSON.stringify(Object.fromEntries(Object.entries(context).map(([k, v]) => [k, describe(v)])))}` : '';
  process.stderr.write(`${new Date().toISOString()} ${level.toUpperCase()} ${message}${details}\n`);
}

export const log = {
  debug: (message: string, context?: Record<string, unknown>) => write('debug', message, context),
  info: (message: string, context?: Record<string, unknown>) => write('info', message, context),
  warn: (message: string, context?: Record<string, unknown>) => write('warn', message, context),
  error: (message: string, context?: Record<string, unknown>) => write('error', message, context),
};
