/** One way to read, check and answer a 👍 / 👎 press, whichever platform it came from. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { APOLOGY } from '../../src/core/errors.js';
import { log } from '../../src/core/log.js';
import { packFactIds, readVote } from '../../src/moderation/vote-button.js';
import { handleVote, VOTE_REPLIES, type VoteEvent } from '../../src/moderation/vote-handler.js';
import { VoteStore } from '../../src/moderation/vote-store.js';
import { createTestServices } from '../helpers.js';
import { createTempDir, removeTempDirs } from './helpers.js';

afterEach(() => {
  removeTempDirs();
  vi.restoreAllMocks();
});

const NIS = 'aliyev-working-visit-nis-2023';
const press = (overrides: Partial<VoteEvent> = {}): VoteEvent => ({ platform: 'discord', userId: '444', vote: 'up', facts: NIS, ...overrides });

describe('vote buttons', () => {
  it('packs the leading fact ids that fit, at most ten', () => {
    expect(packFactIds(['a-1', 'b-2', 'c-3'], 7)).toBe('a-1,b-2');
    expect(packFactIds(['a-very-long-id'], 5)).toBe('');
    expect(
      packFactIds(
        Array.from({ length: 12 }, (_, i) => `f${i}`),
        2000,
      ).split(','),
    ).toHaveLength(10);
  });

  it('reads exactly what the bot writes, and nothing else', () => {
    expect(readVote('down', `${NIS},b-2,${NIS}`)).toEqual({ vote: 'down', factIds: [NIS, 'b-2'] });
    for (const [vote, facts] of [
      ['sideways', NIS],
      ['up', ''],
      ['up', ','],
      ['up', '../../etc'],
      ['up', 'Not An Id'],
      ['up', 12],
      ['up', { a: 1 }],
      ['up', undefined],
      ['up', Array.from({ length: 11 }, (_, i) => `f${i}`).join(',')],
    ]) {
      expect(readVote(vote, facts)).toBeUndefined();
    }
  });
});

describe('handleVote', () => {
  it('GIVEN presses of a known fact THEN one vote per person, the latest counting, each thanked privately', () => {
    const votes = new VoteStore(createTempDir());
    const services = createTestServices({ votes });
    for (let i = 0; i < 3; i++) expect(handleVote(services, press())).toMatchObject({ body: VOTE_REPLIES.recorded, private: true });
    expect(votes.votesFor(NIS)).toEqual({ factId: NIS, up: 1, down: 0 });
    handleVote(services, press({ platform: 'slack', userId: '444' }));
    handleVote(services, press({ vote: 'down' }));
    expect(votes.votesFor(NIS)).toEqual({ factId: NIS, up: 1, down: 1 });
  });

  it('GIVEN a malformed press or one without a user THEN says it could not be read and records nothing', () => {
    const record = vi.fn();
    const services = createTestServices({ votes: { record } });
    for (const event of [press({ vote: 'sideways' }), press({ facts: 12 }), press({ facts: '../x' }), press({ userId: undefined })]) {
      expect(handleVote(services, event)).toMatchObject({ kind: 'error', body: VOTE_REPLIES.malformed, private: true });
    }
    expect(record).not.toHaveBeenCalled();
  });

  it('GIVEN facts no longer in the knowledge THEN says so; GIVEN some still there THEN records only those', () => {
    const record = vi.fn();
    const services = createTestServices({ votes: { record } });
    expect(handleVote(services, press({ facts: 'no-such-fact' })).body).toBe(VOTE_REPLIES.goneFacts);
    expect(record).not.toHaveBeenCalled();
    expect(handleVote(services, press({ facts: `no-such-fact,${NIS}` })).body).toBe(VOTE_REPLIES.recorded);
    expect(record).toHaveBeenCalledWith([NIS], 'up', expect.any(Date), 'discord:444');
  });

  it('GIVEN a bot that keeps no votes THEN says nothing was recorded', () => {
    expect(handleVote(createTestServices(), press()).body).toBe(VOTE_REPLIES.notKept);
  });

  it('GIVEN recording fails THEN logs it without who voted, and the voter gets the apology', () => {
    const errors = vi.spyOn(log, 'error').mockImplementation(() => undefined);
    const services = createTestServices({
      votes: {
        record: () => {
          throw new Error('disk full');
        },
      },
    });
    expect(handleVote(services, press({ userId: '987654321' }))).toMatchObject({ body: APOLOGY, private: true });
    expect(errors).toHaveBeenCalledWith('could not record a vote', expect.objectContaining({ platform: 'discord' }));
    expect(JSON.stringify(errors.mock.calls)).not.toContain('987654321');
  });
});
