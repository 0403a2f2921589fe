import { afterEach, describe, expect, it, vi } from 'vitest';
import { log, setLogLevel } from '../../src/core/log.js';

/** Runs `write` and returns the JSON lines it logged on standard error. */
function logged(write: () => void): Record<string, unknown>[] {
  const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  try {
    write();
    return stderr.mock.calls.map(([line]) => JSON.parse(String(line)) as Record<string, unknown>);
  } finally {
    stderr.mockRestore();
  }
}

describe('log (pino, JSON lines on standard error)', () => {
  afterEach(() => setLogLevel('info'));

  it('GIVEN a message with fields THEN one JSON line with level name, ISO time, message and fields', () => {
    const [line] = logged(() => log.info('knowledge loaded', { facts: 120 }));
    expect(line).toMatchObject({ level: 'info', msg: 'knowledge loaded', facts: 120, pid: process.pid });
    expect(String(line?.time)).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  });

  it('GIVEN user ids or question text at info, warn or error THEN they are left out; at debug they are kept', () => {
    const lines = logged(() => {
      log.info('asked', { user: 'U123', question: 'when did Aliyev visit Niš', command: 'azsr' });
      log.error('slack: /azsr failed', { user_id: 'U123', channel: 'C1', error: new Error('boom') });
      setLogLevel('debug');
      log.debug('asked', { user: 'U123', question: 'when did Aliyev visit Niš' });
    });
    expect(lines).toHaveLength(3);
    expect(JSON.stringify(lines.slice(0, 2))).not.toMatch(/U123|Aliyev/);
    expect(lines[0]).toMatchObject({ command: 'azsr' });
    expect(lines[1]).toMatchObject({ channel: 'C1', error: { message: 'boom' } });
    expect(lines[2]).toMatchObject({ level: 'debug', user: 'U123', question: 'when did Aliyev visit Niš' });
  });

  it('GIVEN a level below the threshold THEN nothing is written', () => {
    expect(logged(() => log.debug('hidden'))).toEqual([]);
    setLogLevel('error');
    expect(logged(() => log.warn('hidden too'))).toEqual([]);
  });

  it('GIVEN a failure a person can fix THEN the line carries a hint saying how', () => {
    const forbidden = Object.assign(new Error('Missing Permissions'), { code: 50013, status: 403 });
    const notInChannel = Object.assign(new Error('An API error occurred: not_in_channel'), {
      code: 'slack_webapi_platform_error',
      data: { ok: false, error: 'not_in_channel' },
    });
    const diskFull = new Error('could not save', { cause: Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' }) });
    const [discord, slack, disk, unknown, given] = logged(() => {
      log.error('daily post gave up for today', { channel: 'discord:1', error: forbidden });
      log.error('daily post gave up for today', { channel: 'slack:C1', error: notInChannel });
      log.warn('could not save the votes', { error: diskFull });
      log.error('something odd', { error: new Error('odd') });
      log.error('cannot start', { hint: 'set DISCORD_TOKEN', error: forbidden });
    });
    expect(discord?.hint).toMatch(/Send Messages.*\/azsr-daily/);
    expect(slack?.hint).toMatch(/\/invite/);
    expect(disk?.hint).toMatch(/disk is full.*DATA_DIR/);
    expect(unknown).not.toHaveProperty('hint');
    expect(given?.hint).toBe('set DISCORD_TOKEN');
  });
});
