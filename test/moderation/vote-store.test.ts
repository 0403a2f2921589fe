import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { VoteStore } from '../../src/moderation/vote-store.js';
import { createTempDir, removeTempDirs } from './helpers.js';

afterEach(removeTempDirs);

const now = new Date('2026-03-01T10:00:00Z');

describe('VoteStore', () => {
  it('counts 👍 and 👎 per fact and lists the most 👎 first', () => {
    const votes = new VoteStore(createTempDir());
    votes.record(['fact-a', 'fact-b'], 'down', now, 'voter-1');
    votes.record(['fact-a'], 'down', now, 'voter-2');
    votes.record(['fact-b'], 'up', now, 'voter-3');
    votes.record(['fact-c'], 'up', now, 'voter-4');
    expect(votes.mostDownvoted(10)).toEqual([
      { factId: 'fact-a', up: 0, down: 2 },
      { factId: 'fact-b', up: 1, down: 1 },
    ]);
    expect(votes.votesFor('fact-c')).toEqual({ factId: 'fact-c', up: 1, down: 0 });
  });

  it('GIVEN a new store on the same folder THEN the votes survive', () => {
    const dir = createTempDir();
    new VoteStore(dir).record(['fact-a'], 'down', now, 'discord:444');
    expect(new VoteStore(dir).mostDownvoted(5)).toEqual([{ factId: 'fact-a', up: 0, down: 1 }]);
  });

  it('ignores ids that are not fact-id shaped and counts a repeated id once per vote', () => {
    const votes = new VoteStore(createTempDir());
    votes.record(['../etc', 'Fact A', '', 'fact-a', 'fact-a'], 'down', now, 'voter-5');
    expect(votes.mostDownvoted(10)).toEqual([{ factId: 'fact-a', up: 0, down: 1 }]);
  });

  it('GIVEN one person votes again THEN their second vote replaces the first, and only a hash of who voted is stored', () => {
    const dir = createTempDir();
    const votes = new VoteStore(dir);
    for (let i = 0; i < 5; i++) votes.record(['fact-a'], 'down', now, 'discord:444444444444444444');
    expect(votes.votesFor('fact-a')).toEqual({ factId: 'fact-a', up: 0, down: 1 });
    votes.record(['fact-a'], 'up', now, 'discord:444444444444444444');
    expect(votes.votesFor('fact-a')).toEqual({ factId: 'fact-a', up: 1, down: 0 });
    votes.record(['fact-a'], 'down', now, 'slack:U0123');
    expect(votes.votesFor('fact-a')).toEqual({ factId: 'fact-a', up: 1, down: 1 });
    const reopened = new VoteStore(dir);
    reopened.record(['fact-a'], 'down', now, 'slack:U0123');
    expect(reopened.votesFor('fact-a')).toEqual({ factId: 'fact-a', up: 1, down: 1 });
    const text = readFileSync(join(dir, 'votes.json'), 'utf8');
    expect(text).not.toContain('444444444444444444');
    expect(text).not.toContain('U0123');
  });

  it('GIVEN a corrupted votes.json THEN it is set aside and the store starts empty', () => {
    const dir = createTempDir();
    writeFileSync(join(dir, 'votes.json'), '{"version":1,"facts":{"fact-a":{"up":-3}}}');
    const votes = new VoteStore(dir);
    expect(votes.mostDownvoted(10)).toEqual([]);
    expect(readdirSync(dir).some((name) => name.startsWith('votes.json.corrupt-'))).toBe(true);
  });
});
