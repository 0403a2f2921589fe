/**
 * What every front end's contract run is given: the real knowledge, a fixed clock (15 February
 * 2026), and real gap, vote and daily-channel stores in a temp folder, so a scenario can check
 * what was recorded.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Services } from '../../src/answer/services.js';
import { DailySettingsFile } from '../../src/daily/settings-file.js';
import type { Knowledge } from '../../src/knowledge/types.js';
import { GapStore } from '../../src/moderation/gap-store.js';
import { VoteStore } from '../../src/moderation/vote-store.js';
import { realKnowledge } from '../helpers.js';

export interface World {
  services: Services;
  knowledge: Knowledge;
  votes: VoteStore;
  /** The daily post's channels, by server or workspace; posted at 09:00, Europe/Belgrade by default. */
  daily: DailySettingsFile;
  /** How many votes reached the recorder. */
  recordedVotes(): number;
  cleanup(): void;
}

export function createWorld(): World {
  const dir = mkdtempSync(join(tmpdir(), 'azsr-contract-'));
  const store = realKnowledge();
  const votes = new VoteStore(dir);
  const gaps = new GapStore(dir);
  const daily = DailySettingsFile.in(dir, { time: '09:00', timeZone: 'Europe/Belgrade', discordChannelIds: [], slackChannelIds: [] });
  let recorded = 0;
  const services: Services = {
    engine: () => store.engine(),
    now: () => new Date('2026-02-15T10:00:00Z'),
    timeZone: 'Europe/Belgrade',
    gaps,
    gapReport: gaps,
    votes: {
      record: (...vote) => {
        recorded++;
        votes.record(...vote);
      },
    },
    voteReport: votes,
    daily,
  };
  return {
    services,
    knowledge: store.engine().knowledge,
    votes,
    daily,
    recordedVotes: () => recorded,
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}
