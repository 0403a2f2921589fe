import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { VoteStore } from '../../src/moderation/vote-store.js';
import { createTempDir, removeTempDirs } from './helpers.js';

afterEach(removeTempDirs);

const now = new Date('2026-03-01T10:00:00Z');

describe('VoteStore', () => {
  it('counts 👍 and 👎 per fact and lists the most 👎 first', () => {
    const votes = new VoteStore(createTempDir());
    votes.record(['fact-a', 'fact-b'], 'down', now);
    votes.record(['fact-a'], 'down', now);
    votes.record(['fact-b'], 'up', now);
    votes.record(['fact-c'], 'up', now);
    expect(votes.mostDownvoted(10)).toEqual([
      { factId: 'fact-a', up: 0, down: 2 },
      { factId: 'fact-b', up: 1, down: 1 },
    ]);
    expect(votes.votesFor('fact-c')).toEqual({ factId: 'fact-c', up: 1, down: 0 });
  });

  it('GIVEN a new store on the same folder THEN the votes survive', () => {
    const dir = createTempDir();
    new VoteStore(dir).record(['fact-a'], 'down', now);
    expect(new VoteStore(dir).mostDownvoted(5)).toEqual([{ factId: 'fact-a', up: 0, down: 1 }]);
  });

  it('ignores ids that are not fact-id shaped and counts a repeated id once per vote', () => {
    const votes = new VoteStore(createTempDir());
    votes.record(['../etc', 'Fact A', '', 'fact-a', 'fact-a'], 'down', now);
    expect(votes.mostDownvoted(10)).toEqual([{ factId: 'fact-a', up: 0, down: 1 }]);
  });

  it('GIVEN a corrupted votes.json THEN it is set aside and the store starts empty', () => {
    const dir = createTempDir();
    writeFileSync(join(dir, 'votes.json'), '{"version":1,"facts":{"fact-a":{"up":-3}}}');
    const votes = new VoteStore(dir);
    expect(votes.mostDownvoted(10)).toEqual([]);
    expect(readdirSync(dir).some((name) => name.startsWith('votes.json.corrupt-'))).toBe(true);
  });
});
