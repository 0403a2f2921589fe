/** A child process whose output a test can wait on, line by line or by pattern. */
import { spawn, type ChildProcessWithoutNullStreams, type SpawnOptions } from 'node:child_process';

export interface RunningChild {
  readonly process: ChildProcessWithoutNullStreams;
  stdout(): string;
  stderr(): string;
  /** Resolves with the first match in the stream's text so far or to come. */
  waitFor(stream: 'stdout' | 'stderr', pattern: RegExp): Promise<RegExpMatchArray>;
  /** Resolves with the exit code (or the signal's name) once the process has exited and its streams closed. */
  readonly closed: Promise<number | string>;
  /** The JSON log lines on standard error. */
  logLines(): Record<string, unknown>[];
}

export function startChild(command: string, args: string[], options: SpawnOptions): RunningChild {
  const child = spawn(command, args, { ...options, stdio: 'pipe' }) as ChildProcessWithoutNullStreams;
  const text = { stdout: '', stderr: '' };
  const waiters: (() => void)[] = [];
  const notify = () => {
    for (const waiter of [...waiters]) waiter();
  };
  child.stdout.on('data', (chunk: Buffer) => {
    text.stdout += chunk.toString();
    notify();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    text.stderr += chunk.toString();
    notify();
  });
  const closed = new Promise<number | string>((resolve) =>
    child.on('close', (code, signal) => {
      notify();
      resolve(code ?? signal ?? 'unknown');
    }),
  );
  return {
    process: child,
    stdout: () => text.stdout,
    stderr: () => text.stderr,
    closed,
    waitFor(stream, pattern) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const match = pattern.exec(text[stream]);
          if (match) {
            waiters.splice(waiters.indexOf(check), 1);
            resolve(match);
          } else if (child.exitCode !== null || child.signalCode !== null) {
            waiters.splice(waiters.indexOf(check), 1);
            reject(new Error(`the process ended before ${stream} matched ${pattern}:\n${text.stdout}\n${text.stderr}`));
          }
        };
        waiters.push(check);
        check();
      });
    },
    logLines() {
      return text.stderr
        .split('\n')
        .filter((line) => line.startsWith('{'))
        .map((line) => JSON.parse(line) as Record<string, unknown>);
    },
  };
}
