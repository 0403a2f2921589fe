/**
 * Work that has started and must be let finish before the process stops: a reply being sent, a
 * daily post being recorded. Adapters track each request's handling; stop() waits for them.
 */
export class InFlight {
  private readonly pending = new Set<Promise<unknown>>();

  /** Tracks `work` until it settles; returns it unchanged. */
  track<T>(work: Promise<T>): Promise<T> {
    this.pending.add(work);
    const forget = () => this.pending.delete(work);
    work.then(forget, forget);
    return work;
  }

  /** How many are still running. */
  get size(): number {
    return this.pending.size;
  }

  /** Resolves once nothing is running, including work started while waiting; never rejects. */
  async settled(): Promise<void> {
    while (this.pending.size > 0) await Promise.allSettled([...this.pending]);
  }
}
