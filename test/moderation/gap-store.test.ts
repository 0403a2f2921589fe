import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { GapStore, MAX_GAPS, MAX_QUESTION_CHARS } from '../../src/moderation/gap-store.js';
import { createTempDir, removeTempDirs } from './helpers.js';

afterEach(removeTempDirs);

const at = (minute: number) => new Date(Date.UTC(2026, 2, 1, 10, minute));

describe('GapStore', () => {
  it('GIVEN spellings of one question THEN they count as one gap, showing the latest wording', () => {
    const gaps = new GapStore(createTempDir());
    gaps.record('Who is Tesić?', at(1));
    gaps.record('who is  TESIC', at(2));
    expect(gaps.mostAsked(10)).toEqual([{ question: 'who is TESIC', count: 2, lastAsked: at(2).toISOString() }]);
    expect(gaps.totals()).toEqual({ questions: 1, asks: 2 });
  });

  it('lists the most frequent first, then the most recent', () => {
    const gaps = new GapStore(createTempDir());
    gaps.record('old once', at(1));
    gaps.record('twice', at(2));
    gaps.record('twice', at(3));
    gaps.record('new once', at(4));
    expect(gaps.mostAsked(10).map((g) => g.question)).toEqual(['twice', 'new once', 'old once']);
    expect(gaps.mostAsked(1)).toHaveLength(1);
  });

  it('ignores questions without words', () => {
    const gaps = new GapStore(createTempDir());
    gaps.record('  ?! ', at(1));
    expect(gaps.totals()).toEqual({ questions: 0, asks: 0 });
  });

  it('GIVEN a new store on the same folder THEN the gaps survive, and only the question is stored', () => {
    const dir = createTempDir();
    new GapStore(dir).record('where is the azerbaijani embassy', at(5));
    const again = new GapStore(dir);
    expect(again.mostAsked(10)).toEqual([{ question: 'where is the azerbaijani embassy', count: 1, lastAsked: at(5).toISOString() }]);
    const stored = JSON.parse(readFileSync(join(dir, 'gaps.json'), 'utf8'));
    expect(Object.keys(stored.gaps[0]).sort()).toEqual(['count', 'firstAsked', 'key', 'lastAsked', 'question']);
  });

  it(`keeps at most ${MAX_GAPS} gaps, dropping the least asked, and trims long questions`, () => {
    const gaps = new GapStore(createTempDir());
    gaps.record('popular question', at(0));
    gaps.record('popular question', at(0));
    for (let i = 0; i <= MAX_GAPS; i++) gaps.record(`one off question ${i}`, at(1));
    expect(gaps.totals().questions).toBe(MAX_GAPS);
    expect(gaps.mostAsked(1)[0]?.question).toBe('popular question');
    gaps.record(`long ${'word '.repeat(200)}`, at(2));
    expect(gaps.mostAsked(MAX_GAPS).every((g) => g.question.length <= MAX_QUESTION_CHARS)).toBe(true);
  });

  it('GIVEN a corrupted gaps.json THEN it is set aside and the store starts empty', () => {
    const dir = createTempDir();
    writeFileSync(join(dir, 'gaps.json'), '{"version":1,"gaps":[{"key":');
    const gaps = new GapStore(dir);
    expect(gaps.totals()).toEqual({ questions: 0, asks: 0 });
    expect(readdirSync(dir).some((name) => name.startsWith('gaps.json.corrupt-'))).toBe(true);
    gaps.record('a fresh start', at(1));
    expect(existsSync(join(dir, 'gaps.json'))).toBe(true);
    expect(new GapStore(dir).totals().questions).toBe(1);
  });
});
