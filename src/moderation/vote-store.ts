/**
 * 👍 / 👎 on the facts of answers, counted per fact id, so moderators see which facts people find
 * wrong or unhelpful. One vote per person per fact: a second vote replaces the first. Who voted is
 * kept only as a salted hash (the salt is random per data folder), never as the user id itself.
 * Saved to DATA_DIR/votes.json after each vote.
 */
import { createHash, randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { z } from 'zod';
import { DurableRecord, type DurableRecordOptions } from '../core/durable-record.js';
import type { FactVotes, Vote, VoteRecorder, VoteReport } from '../core/services.js';
// Presses are read by vote-button.ts; the store checks again, since it bounds what it keeps on disk.
import { FACT_ID, MAX_FACTS_PER_VOTE } from './vote-button.js';
/** Far above the number of facts; bounds the file if ids are invented. */
export const MAX_VOTED_FACTS = 5000;

const countsSchema = z.object({
  up: z.number().int().nonnegative(),
  down: z.number().int().nonnegative(),
  lastVoted: z.string(),
});
const votesFileSchema = z.object({
  version: z.literal(1),
  facts: z.record(z.string(), countsSchema),
  /** Random per data folder, so a hash cannot be matched against hashes of known user ids elsewhere. */
  salt: z.string().optional(),
  /** Per fact id: each voter's hash and their current vote. */
  voters: z.record(z.string(), z.record(z.string(), z.enum(['up', 'down']))).optional(),
});
type Counts = z.infer<typeof countsSchema>;

/** 👍 / 👎 counts per fact id; services.votes and services.voteReport. */
export class VoteStore implements VoteRecorder, VoteReport {
  readonly file: string;
  private readonly facts = new Map<string, Counts>();
  private readonly stored: DurableRecord<typeof votesFileSchema>;
  private readonly voters = new Map<string, Record<string, Vote>>();
  private readonly salt: string;

  /** Reads `votes.json` in `dataDir`; a missing file is no votes, a corrupt one is set aside. */
  constructor(dataDir: string, options: DurableRecordOptions = {}) {
    this.file = join(dataDir, 'votes.json');
    this.stored = new DurableRecord(this.file, votesFileSchema, 'votes', options);
    const stored = this.stored.read(() => ({ version: 1 as const, facts: {} }));
    for (const [id, counts] of Object.entries(stored.facts)) this.facts.set(id, counts);
    for (const [id, byVoter] of Object.entries(stored.voters ?? {})) this.voters.set(id, byVoter);
    this.salt = stored.salt ?? randomBytes(16).toString('hex');
  }

  /** The stored form of a voter: a salted hash, never the id. */
  private hashOf(voter: string): string {
    return createHash('sha256').update(`${this.salt}:${voter}`).digest('base64url').slice(0, 22);
  }

  /** `voter` is the platform and user id (`discord:123`); only its salted hash is kept. */
  record(factIds: readonly string[], vote: Vote, at: Date, voter: string): void {
    const ids = [...new Set(factIds)].filter((id) => FACT_ID.test(id)).slice(0, MAX_FACTS_PER_VOTE);
    const who = this.hashOf(voter);
    let changed = false;
    for (const id of ids) {
      let counts = this.facts.get(id);
      if (!counts) {
        if (this.facts.size >= MAX_VOTED_FACTS) continue;
        counts = { up: 0, down: 0, lastVoted: '' };
        this.facts.set(id, counts);
      }
      const byVoter = this.voters.get(id) ?? {};
      const previous = byVoter[who];
      if (previous === vote) continue;
      if (previous) counts[previous] = Math.max(0, counts[previous] - 1);
      counts[vote]++;
      counts.lastVoted = at.toISOString();
      byVoter[who] = vote;
      this.voters.set(id, byVoter);
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

  /** A failed save never fails the button press: the votes are kept and saved again later. */
  private save(): void {
    this.stored.save({ version: 1, facts: Object.fromEntries(this.facts), salt: this.salt, voters: Object.fromEntries(this.voters) });
  }
}
