/**
 * The cache of parsed knowledge files: a load that takes unchanged files from it gives exactly
 * the result of a load that parses them all, problems and their lines included; a changed file,
 * a file with YAML errors or another build's cache is never taken from it.
 */
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { KnowledgeStore } from '../../src/answer/knowledge-store.js';
import { log } from '../../src/core/log.js';
import { loadKnowledge, readKnowledge } from '../../src/knowledge/load.js';
import { MAX_CACHED_FILE_CHARS, YamlFileCache } from '../../src/knowledge/yaml-cache.js';
import { createKnowledgeCopy, createTempDir, NEW_FACT_ID, NEW_FACT_YAML, removeTempDirs } from '../moderation/helpers.js';

afterEach(() => {
  vi.restoreAllMocks();
  removeTempDirs();
});

/** Loads `dir` with the cache in `bytes` (none: empty) and returns the result and the cache to save. */
function loadWithCache(dir: string, bytes?: Uint8Array, version = 'build-1') {
  const cache = new YamlFileCache(version, bytes);
  const { result, warnings } = readKnowledge(dir, {}, cache);
  result.problems.push(...warnings());
  return { result, cache, bytes: cache.toBytes() };
}

describe('the cache of parsed knowledge files', () => {
  it('GIVEN one file edited since the cache was saved THEN the load equals a load without the cache', () => {
    const dir = createKnowledgeCopy();
    const first = loadWithCache(dir);
    expect(first.result).toEqual(loadKnowledge(dir));
    appendFileSync(join(dir, 'facts', 'visits.yaml'), NEW_FACT_YAML.replace(/^/, '\n'));
    const second = loadWithCache(dir, first.bytes);
    expect(second.result.knowledge?.factsById.has(NEW_FACT_ID)).toBe(true);
    expect(second.result).toEqual(loadKnowledge(dir));
  });

  it('GIVEN errors in cached files and across files THEN the same problems at the same lines as without the cache', () => {
    const dir = createKnowledgeCopy();
    const aid = join(dir, 'facts', 'aid.yaml');
    // An impossible date, a missing statement, an unknown field: all in a file that parses.
    writeFileSync(
      aid,
      readFileSync(aid, 'utf8')
        .replace('  date: "2014-05"', '  date: "2014-13"')
        .replace(/ {2}statement: >-\n {4}In May 2020 Azerbaijan gave Serbia medical equipment[^\n]*\n/, '')
        .replace('- id: azvirt-helps-needy-families-belgrade-2020', '- id: azvirt-helps-needy-families-belgrade-2020\n  colour: blue'),
    );
    const first = loadWithCache(dir);
    // A duplicate of a cached fact's id, in the file edited next.
    appendFileSync(join(dir, 'facts', 'visits.yaml'), `\n${NEW_FACT_YAML.replace(NEW_FACT_ID, 'flood-aid-2014-400000-euros-rusi')}`);
    const second = loadWithCache(dir, first.bytes);
    const uncached = loadKnowledge(dir);
    expect(uncached.problems.filter((problem) => problem.severity === 'error').length).toBeGreaterThanOrEqual(4);
    expect(second.result).toEqual(uncached);
  });

  it('GIVEN a file changed without changing its size THEN it is parsed again', () => {
    const dir = createKnowledgeCopy();
    const file = join(dir, 'facts', 'aid.yaml');
    const { bytes } = loadWithCache(dir);
    writeFileSync(file, readFileSync(file, 'utf8').replace('two\n    planes', 'six\n    planes'));
    const cache = new YamlFileCache('build-1', bytes);
    expect(cache.get(file, readFileSync(file, 'utf8'))).toBeUndefined();
    expect(cache.get(join(dir, 'facts', 'visits.yaml'), readFileSync(join(dir, 'facts', 'visits.yaml'), 'utf8'))).toBeDefined();
    const { result } = loadWithCache(dir, bytes);
    expect(result.knowledge?.factsById.get('flood-aid-2014-400000-euros-rusi')?.statement).toMatch(/sent six planes/);
  });

  it('GIVEN a file with a YAML error THEN it is not kept, and the next load reports the same errors', () => {
    const dir = createKnowledgeCopy();
    const file = join(dir, 'facts', 'aid.yaml');
    appendFileSync(file, '\n- id: [unclosed\n');
    const first = loadWithCache(dir);
    expect(new YamlFileCache('build-1', first.bytes).get(file, readFileSync(file, 'utf8'))).toBeUndefined();
    expect(loadWithCache(dir, first.bytes).result).toEqual(first.result);
  });

  it('GIVEN a file over the size kept THEN it is parsed every time, the others still kept', () => {
    const cache = new YamlFileCache('build-1');
    const large = `- [${'word, '.repeat(MAX_CACHED_FILE_CHARS / 6)}word]\n`;
    cache.remember('large.yaml', large);
    cache.remember('small.yaml', '- [a, b]\n');
    const next = new YamlFileCache('build-1', cache.toBytes());
    expect(next.get('large.yaml', large)).toBeUndefined();
    expect(next.get('small.yaml', '- [a, b]\n')?.data).toEqual([['a', 'b']]);
  });

  it("GIVEN another build's cache THEN nothing is taken from it", () => {
    const dir = createKnowledgeCopy();
    const { bytes } = loadWithCache(dir, undefined, 'build-1');
    const file = join(dir, 'sources.yaml');
    expect(new YamlFileCache('build-1', bytes).get(file, readFileSync(file, 'utf8'))).toBeDefined();
    expect(new YamlFileCache('build-2', bytes).get(file, readFileSync(file, 'utf8'))).toBeUndefined();
  });

  it('GIVEN a knowledge edit and a snapshot of the earlier files THEN the start-up load answers from the edit; a damaged cache is only a warning', () => {
    const warnings = vi.spyOn(log, 'warn');
    const dir = createKnowledgeCopy();
    const dataDir = createTempDir();
    const snapshot = { file: join(dataDir, 'knowledge-snapshot.bin'), codeVersion: 'build-1' };
    new KnowledgeStore(dir, { snapshot }).reload();
    appendFileSync(join(dir, 'facts', 'visits.yaml'), NEW_FACT_YAML.replace(/^/, '\n'));
    const store = new KnowledgeStore(dir, { snapshot });
    const outcome = store.reloadForStartUp();
    store.finishStartUp();
    expect(outcome.fromSnapshot).toBeUndefined();
    expect(store.engine().knowledge.factsById.has(NEW_FACT_ID)).toBe(true);
    expect(outcome.problems).toEqual(loadKnowledge(dir).problems);

    writeFileSync(join(dataDir, 'knowledge-yaml-cache.bin'), 'not a cache');
    appendFileSync(join(dir, 'facts', 'visits.yaml'), '\n# edited again\n');
    const damaged = new KnowledgeStore(dir, { snapshot });
    expect(damaged.reload().ok).toBe(true);
    expect(damaged.engine().knowledge.factsById.has(NEW_FACT_ID)).toBe(true);
    expect(warnings).toHaveBeenCalledWith(
      'parsed knowledge files unreadable; parsing them all',
      expect.objectContaining({ file: join(dataDir, 'knowledge-yaml-cache.bin') }),
    );
  });
});
