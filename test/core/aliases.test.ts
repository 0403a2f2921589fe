import { describe, expect, it } from 'vitest';
import { buildAliasMap } from '../../src/search/aliases.js';
import { words } from '../../src/search/normalize.js';

describe('buildAliasMap', () => {
  const aliases = buildAliasMap([
    ['Aliyev', 'Alijev', 'Əliyev', 'Алиев'],
    ['visit', 'poset*'],
    ['Serbian Language and Culture Center', 'Serbian Language and Culture Centre'],
    ['Serbia', 'Serbian', 'Srbija'],
  ]);
  const canon = (text: string) => aliases.canonicalize(words(text)).join(' ');

  it('rewrites every spelling of a group to its first spelling', () => {
    expect(canon('Alijev')).toBe('aliyev');
    expect(canon('Əliyev')).toBe('aliyev');
    expect(canon('Алиев')).toBe('aliyev');
  });

  it('GIVEN a spelling ending in * THEN it matches any word it begins', () => {
    expect(canon('posetio posetila')).toBe('visit visit');
  });

  it('keeps a multi-word first spelling whole, so its words are not rewritten one by one', () => {
    expect(canon('Serbian Language and Culture Centre')).toBe('serbian language and culture center');
    expect(canon('Serbian Language and Culture Center')).toBe('serbian language and culture center');
    expect(canon('Serbian president')).toBe('serbia president');
  });
});

describe('word beginnings', () => {
  const aliases = buildAliasMap([
    ['motorway', 'auto-put*'],
    ['money', 'pul*'],
    ['according to', 'prema'],
  ]);
  const canon = (text: string) => aliases.canonicalize(words(text)).join(' ');

  it('GIVEN a beginning of several words THEN every word counts, not just the first', () => {
    expect(canon('auto-putevi Srbije')).toBe('motorway srbije');
    expect(canon('an automatic gearbox')).toBe('an automatic gearbox');
  });

  it('GIVEN a common English word THEN no beginning catches it', () => {
    expect(canon('pulu verdi')).toBe('money verdi');
    expect(canon('pull the lever')).toBe('pull the lever');
  });

  it('GIVEN a stop word alone THEN it is not rewritten as a word of a group', () => {
    expect(
      buildAliasMap([['agreement', 'accord']])
        .canonicalize(words('according to RUSI'))
        .join(' '),
    ).toBe('according to rusi');
  });
});
