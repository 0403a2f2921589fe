/**
 * Stopping on SIGTERM or SIGINT within a deadline: the steps (stop taking work, let replies and
 * state writes in flight finish, disconnect) run in the order added, then the process exits 0.
 * When the deadline passes first it exits 1 (a supervisor then sees it was not clean). Another
 * signal a second or more later exits at once; one sooner is the same Ctrl+C arriving twice (from
 * the terminal and again from npm, which passes signals on) and is ignored.
 */
import { log } from '../core/log.js';

/** How long a shutdown may take; compose.yaml and the systemd unit allow 15 s before SIGKILL. */
export const SHUTDOWN_DEADLINE_MS = 10_000;
/** A signal sooner than this after the first is taken as the same one delivered twice. */
const REPEAT_WINDOW_MS = 1_000;

export interface ShutdownOptions {
  deadlineMs?: number;
  /** How to end the process; tests pass a recorder. */
  exit?: (code: number) => void;
}

export interface Shutdown {
  /** Adds a step; steps run one after another, in the order added, each once. */
  add(name: string, step: () => void | Promise<void>): void;
  /** Handles SIGTERM and SIGINT from now on; returns a function that stops handling them. */
  listen(): () => void;
  /**
   * Runs the steps (only the first call does) and then exits with `exitCode` (default 0; give 1
   * when stopping because of a failure, so a supervisor restarts or alerts).
   */
  run(reason: string, exitCode?: number): Promise<void>;
  /** Whether a shutdown has begun (start-up checks it before starting more work). */
  readonly stopping: boolean;
}

export function createShutdown(options: ShutdownOptions = {}): Shutdown {
  const plan: ShutdownPlan = {
    deadlineMs: options.deadlineMs ?? SHUTDOWN_DEADLINE_MS,
    exit: options.exit ?? ((code: number) => process.exit(code)),
    steps: [],
  };
  let running: Promise<void> | undefined;
  let firstSignalAt = 0;

  const shutdown: Shutdown = {
    add(name, step) {
      plan.steps.push({ name, step });
    },
    listen() {
      return onStopSignals((signal) => {
        if (!running) {
          firstSignalAt = Date.now();
          void shutdown.run(signal);
        } else if (Date.now() - firstSignalAt >= REPEAT_WINDOW_MS) {
          log.warn('second signal while shutting down; exiting now', { signal });
          plan.exit(1);
        }
      });
    },
    run(reason, exitCode = 0) {
      running ??= runSteps(plan, reason, exitCode);
      return running;
    },
    get stopping() {
      return running !== undefined;
    },
  };
  return shutdown;
}

/** The steps to run, how long they may take, and how the process ends. */
interface ShutdownPlan {
  deadlineMs: number;
  exit: (code: number) => void;
  steps: { name: string; step: () => void | Promise<void> }[];
}

async function runSteps({ deadlineMs, exit, steps }: ShutdownPlan, reason: string, exitCode: number): Promise<void> {
  log.info('shutting down', { reason, deadlineSeconds: deadlineMs / 1000 });
  let current = '';
  const deadline = setTimeout(() => {
    log.error('shutdown did not finish in time; exiting anyway', { waitingFor: current, deadlineSeconds: deadlineMs / 1000 });
    exit(1);
  }, deadlineMs);
  for (const { name, step } of steps) {
    current = name;
    try {
      await step();
    } catch (error) {
      log.error(`shutdown: ${name} failed; carrying on`, { error });
    }
  }
  clearTimeout(deadline);
  log.info('stopped', { reason, exitCode });
  exit(exitCode);
}

/** Calls `onSignal` on SIGTERM and SIGINT; returns a function that stops it. */
function onStopSignals(onSignal: (signal: NodeJS.Signals) => void): () => void {
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
  return () => {
    process.off('SIGTERM', onSignal);
    process.off('SIGINT', onSignal);
  };
}
