/**
 * Answers to questions already asked, per loaded knowledge (a reload builds a new engine and so a
 * new cache). People ask the same things again; a repeated question costs a map look-up.
 * Bounded: the oldest entry goes when it is full.
 */
// Generic, so this file need not import engine.ts (which imports it: a cycle).
export class AnswerCache<T> {
  private readonly entries = new Map<string, T>();

  // Ten thousand answers take a few MB; fewer than the distinct questions in our own benchmark
  // (2,714) would measure eviction, not repeats.
  constructor(private readonly maxEntries = 10_000) {}

  get(question: string): T | undefined {
    if (this.maxEntries === 0) return undefined;
    const found = this.entries.get(question);
    if (found) {
      // Most recently used goes to the end, so the least used is evicted first.
      this.entries.delete(question);
      this.entries.set(question, found);
    }
    return found;
  }

  set(question: string, answer: T): T {
    if (this.maxEntries === 0) return answer;
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(question, answer);
    return answer;
  }
}
