/**
 * The questions the bot declined, so moderators can see what people want that the knowledge lacks.
 * Only the question is kept, never who asked. Questions are counted per normalised form, so
 * "Who is Tesić?" and "who is tesic" are one gap. Saved to DATA_DIR/gaps.json after each change.
 */
import { join } from 'node:path';
import { z } from 'zod';
import { DurableRecord, type DurableRecordOptions } from '../core/durable-record.js';
import type { GapEntry, GapRecorder, GapReport } from '../core/services.js';
import { words } from '../search/normalize.js';

/** Enough to see every real pattern; a flood of one-off questions must not grow the file forever. */
export const MAX_GAPS = 1000;
/** Longer questions are kept truncated: the start says what was asked. */
export const MAX_QUESTION_CHARS = 300;

const gapSchema = z.object({
  key: z.string().min(1),
  question: z.string(),
  count: z.number().int().positive(),
  firstAsked: z.string(),
  lastAsked: z.string(),
});
const gapsFileSchema = z.object({ version: z.literal(1), gaps: z.array(gapSchema) });
type StoredGap = z.infer<typeof gapSchema>;

/** Most asked first; among equals the most recent, so fresh gaps are not buried. */
function byFrequency(a: StoredGap, b: StoredGap): number {
  return b.count - a.count || b.lastAsked.localeCompare(a.lastAsked) || a.key.localeCompare(b.key);
}

/** Declined questions, counted per normalised question; services.gaps and services.gapReport. */
export class GapStore implements GapRecorder, GapReport {
  readonly file: string;
  private readonly gaps = new Map<string, StoredGap>();
  private readonly stored: DurableRecord<typeof gapsFileSchema>;

  /** Reads `gaps.json` in `dataDir`; a missing file is an empty record, a corrupt one is set aside. */
  constructor(dataDir: string, options: DurableRecordOptions = {}) {
    this.file = join(dataDir, 'gaps.json');
    this.stored = new DurableRecord(this.file, gapsFileSchema, 'declined questions', options);
    const stored = this.stored.read(() => ({ version: 1 as const, gaps: [] }));
    for (const gap of stored.gaps) this.gaps.set(gap.key, gap);
  }

  record(question: string, at: Date): void {
    const key = words(question).join(' ');
    if (key === '') return; // nothing a moderator could act on
    const when = at.toISOString();
    const text = question.trim().replace(/\s+/g, ' ').slice(0, MAX_QUESTION_CHARS);
    const existing = this.gaps.get(key);
    if (existing) {
      existing.count++;
      existing.lastAsked = when;
      existing.question = text; // the latest wording reads best
    } else {
      this.gaps.set(key, { key, question: text, count: 1, firstAsked: when, lastAsked: when });
      this.trim();
    }
    this.save();
  }

  mostAsked(limit: number): GapEntry[] {
    return [...this.gaps.values()]
      .sort(byFrequency)
      .slice(0, limit)
      .map(({ question, count, lastAsked }) => ({ question, count, lastAsked }));
  }

  totals(): { questions: number; asks: number } {
    let asks = 0;
    for (const gap of this.gaps.values()) asks += gap.count;
    return { questions: this.gaps.size, asks };
  }

  /** Drops the least asked (then oldest) gaps beyond the cap. */
  private trim(): void {
    if (this.gaps.size <= MAX_GAPS) return;
    const weakest = [...this.gaps.values()].sort(byFrequency).slice(MAX_GAPS);
    for (const gap of weakest) this.gaps.delete(gap.key);
  }

  /** True while a failed save waits for its retry (the gaps are safe in memory meanwhile). */
  get unsaved(): boolean {
    return this.stored.unsaved;
  }

  /** A failed save never costs the asker their answer: it is kept and retried. */
  private save(): void {
    this.stored.save({ version: 1, gaps: [...this.gaps.values()].sort(byFrequency) });
  }
}
