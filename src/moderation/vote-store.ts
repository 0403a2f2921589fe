/**
 * 👍 / 👎 on the facts of answers, counted per fact id and never per person, so moderators see
 * which facts people find wrong or unhelpful. Saved to DATA_DIR/votes.json after each vote.
 */
import { join } from 'node:path';
import { z } from 'zod';
import { readJsonFile, writeJsonAtomic } from '../core/data-file.js';
import { log } from '../core/log.js';
import type { FactVotes, Vote, VoteRecorder, VoteReport } from '../core/services.js';

/** Fact ids arrive from button payloads, which a client can forge: only id-shaped text is kept. */
const FACT_ID = /^[a-z0-9][a-z0-9-]{0,119}$/;
/** An answer cites a handful of facts; more than this in one vote is not a real answer. */
const MAX_FACTS_PER_VOTE = 10;
/** Far above the number of facts; bounds the file if ids are invented. */
export const MAX_VOTED_FACTS = 5000;

const countsSchema = z.object({
  up: z.number().int().nonnegative(),
  down: z.number().int().nonnegative(),
  lastVoted: z.string(),
});
const votesFileSchema = z.object({ version: z.literal(1), facts: z.record(z.string(), countsSchema) });
type Counts = z.infer<typeof countsSchema>;

/** 👍 / 👎 counts per fact id; services.votes and services.voteReport. */
export class VoteStore implements VoteRecorder, VoteReport {
  readonly file: string;
  private readonly facts = new Map<string, Counts>();

  /** Reads `votes.json` in `dataDir`; a missing file is no votes, a corrupt one is set aside. */
  constructor(dataDir: string) {
    this.file = join(dataDir, 'votes.json');
    const stored = readJsonFile(this.file, votesFileSchema, () => ({ version: 1 as const, facts: {} }));
    for (const [id, counts] of Object.entries(stored.facts)) this.facts.set(id, counts);
  }

  record(factIds: readonly string[], vote: Vote, at: Date): void {
    const ids = [...new Set(factIds)].filter((id) => FACT_ID.test(id)).slice(0, MAX_FACTS_PER_VOTE);
    let changed = false;
    for (const id of ids) {
      let counts = this.facts.get(id);
      if (!counts) {
        if (this.facts.size >= MAX_VOTED_FACTS) continue;
        counts = { up: 0, down: 0, lastVoted: '' };
        this.facts.set(id, counts);
      }
      counts[vote]++;
      counts.lastVoted = at.toISOString();
      changed = true;
    }
    if (changed) this.save();
  }

  /** The counts for one fact (zeros when it has none). */
  votesFor(factId: string): FactVotes {
    const counts = this.facts.get(factId);
    return { factId, up: counts?.up ?? 0, down: counts?.down ?? 0 };
  }

  mostDownvoted(limit: number): FactVotes[] {
    return [...this.facts.entries()]
      .filter(([, counts]) => counts.down > 0)
      .sort(([a, x], [b, y]) => y.down - x.down || x.up - y.up || a.localeCompare(b))
      .slice(0, limit)
      .map(([factId, { up, down }]) => ({ factId, up, down }));
  }

  private save(): void {
    try {
      writeJsonAtomic(this.file, { version: 1, facts: Object.fromEntries(this.facts) });
    } catch (error) {
      // A lost vote is a small loss; failing the button press over it would be a bigger one.
      log.warn('could not save the votes', { file: this.file, error });
    }
  }
}
