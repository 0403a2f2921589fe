/**
 * The originality check: the run-finder on small texts, and the whole knowledge against the source
 * documents in ../shared/sources when that folder is there (it is not part of the repository).
 */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../src/knowledge/load.js';
import {
  checkOriginality,
  longestRunInSources,
  longestSharedRun,
  readSourceTexts,
  textWords,
  unquotedPieces,
  type SourceText,
} from '../src/knowledge/originality.js';
import type { Fact } from '../src/knowledge/types.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const sourcesDir = resolve(repoRoot, '../shared/sources');

const doc = (name: string, text: string): SourceText => ({ name, words: textWords(text) });
const fact = (id: string, statement: string): Fact => ({
  id,
  statement,
  sources: [],
  section: 's',
  people: [],
  places: [],
  orgs: [],
  tags: [],
  disagreesWith: [],
  file: 'facts/x.yaml',
  line: 3,
});

describe('longestSharedRun', () => {
  it('GIVEN two word lists THEN the longest run of consecutive shared words', () => {
    expect(longestSharedRun(['a', 'b', 'c', 'x', 'd', 'e'], ['z', 'a', 'b', 'c', 'd', 'e'])).toEqual(['a', 'b', 'c']);
  });

  it('GIVEN nothing shared THEN an empty run', () => {
    expect(longestSharedRun(['a', 'b'], ['c', 'd'])).toEqual([]);
    expect(longestSharedRun([], ['c'])).toEqual([]);
  });
});

describe('longestRunInSources', () => {
  const rusi = doc('rusi.txt', 'Azerbaijan opened its embassy in Belgrade in 2010, while Serbia opened its embassy in Baku in 2011.');

  it('GIVEN case, accents, punctuation, quotes and dashes that differ THEN the words still match', () => {
    const run = longestRunInSources('AZERBAIJAN opened, its embassy—in Belgrade (in 2010)!', [rusi]);
    expect(run).toEqual({ words: ['azerbaijan', 'opened', 'its', 'embassy', 'in', 'belgrade', 'in', '2010'], document: 'rusi.txt' });
    expect(longestRunInSources("Belgrade's Bajrakli mosque", [doc('d.txt', 'restored Belgrade’s Bajrakli mosque')])?.words).toHaveLength(3);
  });

  it('GIVEN a possessive THEN it counts as one word, as a reader counts it', () => {
    expect(textWords("Azerbaijan's embassy")).toEqual(['azerbaijans', 'embassy']);
  });

  it('GIVEN text in quotation marks THEN it is skipped and no run crosses it', () => {
    expect(unquotedPieces('Aliyev called him "my dear friend" in Belgrade')).toEqual([
      ['aliyev', 'called', 'him'],
      ['in', 'belgrade'],
    ]);
    expect(unquotedPieces("an 'Azerbaijani room' opened; Azerbaijan's donation")).toEqual([['an'], ['opened', 'azerbaijans', 'donation']]);
    const quoted = 'RUSI wrote: "Azerbaijan opened its embassy in Belgrade in 2010, while Serbia opened" it.';
    expect(longestRunInSources(quoted, [rusi])?.words.length ?? 0).toBeLessThan(3);
  });

  it('GIVEN several documents THEN the longest run and the document it is in', () => {
    const other = doc('other.txt', 'Serbia opened its embassy in Baku');
    expect(longestRunInSources('Serbia opened its embassy in Baku in 2011.', [other, rusi])).toEqual({
      words: ['serbia', 'opened', 'its', 'embassy', 'in', 'baku', 'in', '2011'],
      document: 'rusi.txt',
    });
  });
});

describe('checkOriginality', () => {
  const rusi = doc('rusi-2020.txt', 'Azerbaijan opened its embassy in Belgrade in 2010, while Serbia opened its embassy in Baku in 2011.');

  it('GIVEN a statement sharing 8 words in a row THEN an error with file, line, fact id, the run and the document', () => {
    const { problems } = checkOriginality([fact('copied', 'Azerbaijan opened its embassy in Belgrade in 2010.')], [rusi]);
    expect(problems).toEqual([
      expect.objectContaining({
        severity: 'error',
        file: 'facts/x.yaml',
        line: 3,
        message: 'fact "copied": 8 words in a row copied from rusi-2020.txt: "azerbaijan opened its embassy in belgrade in 2010"',
      }),
    ]);
  });

  it('GIVEN 7 words in a row THEN no problem, and the run is still reported', () => {
    const result = checkOriginality([fact('own', 'RUSI says Azerbaijan opened its embassy in Belgrade in the year 2010.')], [rusi]);
    expect(result.problems).toEqual([]);
    expect(result.runs[0]?.run.words).toHaveLength(7);
  });
});

describe.skipIf(!existsSync(sourcesDir))('the knowledge against ../shared/sources', () => {
  it('GIVEN every statement THEN none shares 8 or more words in a row with a source document', () => {
    const loaded = loadKnowledge(resolve(repoRoot, 'knowledge'));
    expect(loaded.knowledge).toBeDefined();
    const { problems } = checkOriginality(loaded.knowledge!.facts, readSourceTexts(sourcesDir));
    expect(problems.map((problem) => problem.message)).toEqual([]);
  });
});
