/**
 * Bolt's logger interface on top of the project's logger, so that Bolt's and the Socket Mode
 * client's messages share one format on standard error instead of Bolt's own console lines.
 */
import { LogLevel, type Logger } from '@slack/bolt';
import { log } from '../../core/log.js';

const ORDER: Record<LogLevel, number> = { [LogLevel.DEBUG]: 10, [LogLevel.INFO]: 20, [LogLevel.WARN]: 30, [LogLevel.ERROR]: 40 };

function show(part: unknown): string {
  if (part instanceof Error) return part.message;
  if (typeof part === 'string') return part;
  try {
    return JSON.stringify(part) ?? String(part);
  } catch {
    return String(part); // circular: a log line must never throw inside Bolt
  }
}

function text(parts: unknown[]): string {
  return parts.map(show).join(' ');
}

/** A Bolt Logger writing through `log`, with messages prefixed `slack:`. */
export function createBoltLogger(level: LogLevel = LogLevel.INFO): Logger {
  let current = level;
  let name = 'bolt';
  const at =
    (wanted: LogLevel, write: (message: string) => void) =>
    (...parts: unknown[]) => {
      if (ORDER[wanted] >= ORDER[current]) write(`slack: ${name}: ${text(parts)}`);
    };
  return {
    debug: at(LogLevel.DEBUG, (m) => log.debug(m)),
    info: at(LogLevel.INFO, (m) => log.info(m)),
    warn: at(LogLevel.WARN, (m) => log.warn(m)),
    error: at(LogLevel.ERROR, (m) => log.error(m)),
    setLevel: (next: LogLevel) => {
      current = next;
    },
    getLevel: () => current,
    setName: (next: string) => {
      name = next;
    },
  };
}
