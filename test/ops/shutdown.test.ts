/** The shutdown sequence with a recorded exit: order, failures, the deadline, and in-flight work. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { InFlight } from '../../src/core/in-flight.js';
import { createShutdown } from '../../src/ops/shutdown.js';

function recorder() {
  const codes: number[] = [];
  let exited: () => void = () => undefined;
  const done = new Promise<void>((resolve) => {
    exited = resolve;
  });
  return {
    codes,
    done,
    exit: (code: number) => {
      codes.push(code);
      exited();
    },
  };
}

describe('shutdown', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('GIVEN steps THEN they run once each, in the order added, and the process exits 0', async () => {
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const ran: string[] = [];
    const exit = recorder();
    const shutdown = createShutdown({ exit: exit.exit });
    shutdown.add('first', async () => {
      await Promise.resolve();
      ran.push('first');
    });
    shutdown.add('second', () => {
      ran.push('second');
    });
    await Promise.all([shutdown.run('SIGTERM'), shutdown.run('SIGINT')]);
    expect(ran).toEqual(['first', 'second']);
    expect(exit.codes).toEqual([0]);
  });

  it('GIVEN a step that fails THEN it is logged and the others still run', async () => {
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const ran: string[] = [];
    const exit = recorder();
    const shutdown = createShutdown({ exit: exit.exit });
    shutdown.add('platforms', () => {
      throw new Error('socket already closed');
    });
    shutdown.add('health server', () => {
      ran.push('health server');
    });
    await shutdown.run('SIGTERM');
    expect(ran).toEqual(['health server']);
    expect(exit.codes).toEqual([0]);
    const failing = recorder();
    await createShutdown({ exit: failing.exit }).run('every platform failed', 1);
    expect(failing.codes).toEqual([1]);
    expect(stderr.mock.calls.some(([line]) => String(line).includes('shutdown: platforms failed; carrying on'))).toBe(true);
  });

  it('GIVEN a step that never finishes THEN at the deadline it exits 1, naming what it waited for', async () => {
    vi.useFakeTimers();
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const exit = recorder();
    const shutdown = createShutdown({ exit: exit.exit, deadlineMs: 10_000 });
    shutdown.add('platforms', () => new Promise<void>(() => undefined));
    void shutdown.run('SIGTERM');
    await vi.advanceTimersByTimeAsync(9_999);
    expect(exit.codes).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(exit.codes).toEqual([1]);
    const line = stderr.mock.calls.map(([text]) => String(text)).find((text) => text.includes('did not finish in time'));
    expect(JSON.parse(line ?? '{}')).toMatchObject({ level: 'error', waitingFor: 'platforms', deadlineSeconds: 10 });
  });
});

describe('shutdown on signals', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('GIVEN SIGINT twice at once (terminal and npm) THEN one graceful shutdown; a signal a second later exits 1 at once', async () => {
    vi.useFakeTimers();
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const exit = recorder();
    const shutdown = createShutdown({ exit: exit.exit });
    shutdown.add('platforms', () => new Promise<void>(() => undefined));
    const unlisten = shutdown.listen();
    try {
      process.emit('SIGINT');
      process.emit('SIGINT');
      expect(shutdown.stopping).toBe(true);
      await vi.advanceTimersByTimeAsync(999);
      expect(exit.codes).toEqual([]);
      await vi.advanceTimersByTimeAsync(1);
      process.emit('SIGTERM');
      expect(exit.codes).toEqual([1]);
    } finally {
      unlisten();
    }
  });
});

describe('InFlight', () => {
  it('GIVEN work running, and more started while waiting, THEN settled() waits for all of it, failures included', async () => {
    const inFlight = new InFlight();
    const finished: string[] = [];
    let finishFirst: () => void = () => undefined;
    void inFlight.track(
      new Promise<void>((resolve) => {
        finishFirst = resolve;
      }).then(() => {
        finished.push('first');
        void inFlight.track(Promise.reject(new Error('reply failed'))).catch(() => finished.push('second failed'));
      }),
    );
    expect(inFlight.size).toBe(1);
    const settled = inFlight.settled().then(() => finished.push('settled'));
    finishFirst();
    await settled;
    expect(finished).toEqual(['first', 'second failed', 'settled']);
    expect(inFlight.size).toBe(0);
  });
});
