/**
 * Long work on the main thread without stalling it: the work is written as a generator that
 * yields between small steps, and is either run to the end at once (start-up, where nothing else
 * waits) or in slices of a few milliseconds with the event loop let run between them, so that a
 * question asked meanwhile is answered after one slice, not after the whole work.
 */

/** Work in steps: each `yield` is a point where it may be paused; the return value is the result. */
export type Steps<T> = Generator<void, T, void>;

/** Runs every step at once and returns the result. */
export function runToEnd<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** How long a slice may run before the event loop gets its turn. */
export const SLICE_MS = 8;

/** Lets timers, I/O and everything queued run before going on. */
export const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Runs the steps in slices of about `sliceMs`, letting the event loop run between slices. A single
 * step longer than a slice still runs whole: the steps must be small.
 */
export async function runInSlices<T>(steps: Steps<T>, sliceMs = SLICE_MS): Promise<T> {
  let sliceStart = performance.now();
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    if (performance.now() - sliceStart >= sliceMs) {
      await yieldToEventLoop();
      sliceStart = performance.now();
    }
  }
}
