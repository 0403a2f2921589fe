/**
 * The knowledge snapshot in DATA_DIR: a start with the same files and build reads it instead of
 * parsing and indexing them; anything else (an edit, another build, a damaged file) loads the
 * files in full and saves a new one, and answers never change.
 */
import { appendFileSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { KnowledgeStore } from '../../src/answer/knowledge-store.js';
import { log } from '../../src/core/log.js';
import { createKnowledgeCopy, createTempDir, NEW_FACT_ID, NEW_FACT_YAML, removeTempDirs } from '../moderation/helpers.js';

afterEach(() => {
  vi.restoreAllMocks();
  removeTempDirs();
});

const QUESTION = 'when did Aliyev visit Niš';

function setUp(codeVersion = 'build-1') {
  const dir = createKnowledgeCopy();
  const file = join(createTempDir(), 'data', 'knowledge-snapshot.bin');
  const start = (version = codeVersion) => {
    const store = new KnowledgeStore(dir, { snapshot: { file, codeVersion: version } });
    const outcome = store.reload();
    expect(outcome.ok).toBe(true);
    return { store, outcome };
  };
  return { dir, file, start };
}

describe('the knowledge snapshot', () => {
  it('GIVEN a first start THEN the files are loaded and a snapshot saved; GIVEN the next start THEN it reads the snapshot and answers the same', () => {
    const { file, start } = setUp();
    const first = start();
    expect(first.outcome.fromSnapshot).toBeUndefined();
    expect(existsSync(file)).toBe(true);
    const second = start();
    expect(second.outcome.fromSnapshot).toBe(true);
    expect(second.outcome).toMatchObject({ facts: first.outcome.facts, sources: first.outcome.sources, problems: first.outcome.problems });
    expect(second.store.engine().ask(QUESTION)).toEqual(first.store.engine().ask(QUESTION));
    expect(readdirSync(join(file, '..')).sort()).toEqual(['knowledge-snapshot.bin', 'knowledge-yaml-cache.bin']); // no temporary file left
  });

  it('GIVEN a knowledge file edited since THEN the files are loaded, and the new snapshot is used next time', () => {
    const { dir, start } = setUp();
    start();
    appendFileSync(join(dir, 'facts', 'visits.yaml'), NEW_FACT_YAML.replace(/^/, '\n'));
    const edited = start();
    expect(edited.outcome.fromSnapshot).toBeUndefined();
    expect(edited.store.engine().knowledge.factsById.has(NEW_FACT_ID)).toBe(true);
    const next = start();
    expect(next.outcome.fromSnapshot).toBe(true);
    expect(next.store.engine().knowledge.factsById.has(NEW_FACT_ID)).toBe(true);
  });

  it('GIVEN a fact file added, or the glossary removed, THEN the snapshot is not used', () => {
    const { dir, start } = setUp();
    start();
    writeFileSync(join(dir, 'facts', 'festivals.yaml'), NEW_FACT_YAML);
    expect(start().outcome.fromSnapshot).toBeUndefined();
    start();
    rmSync(join(dir, 'glossary.yaml'));
    expect(start().outcome.fromSnapshot).toBeUndefined();
  });

  it('GIVEN another build THEN the snapshot of the earlier one is not used', () => {
    const { start } = setUp('build-1');
    start('build-1');
    expect(start('build-2').outcome.fromSnapshot).toBeUndefined();
    expect(start('build-2').outcome.fromSnapshot).toBe(true);
  });

  it('GIVEN a damaged snapshot THEN a warning, the files are loaded, and a good snapshot replaces it', () => {
    const warnings = vi.spyOn(log, 'warn');
    const { file, start } = setUp();
    start();
    writeFileSync(file, 'not a snapshot');
    const damaged = start();
    expect(damaged.outcome.fromSnapshot).toBeUndefined();
    expect(warnings).toHaveBeenCalledWith('knowledge snapshot unreadable; loading the files instead', expect.objectContaining({ file }));
    expect(start().outcome.fromSnapshot).toBe(true);
  });

  it('GIVEN DATA_DIR cannot be written THEN the knowledge still loads, with a warning that the next start loads in full', () => {
    const warnings = vi.spyOn(log, 'warn');
    const { dir } = setUp();
    const dataDir = join(createTempDir(), 'data');
    writeFileSync(dataDir, ''); // a file where DATA_DIR should be a folder
    const blocked = join(dataDir, 'knowledge-snapshot.bin');
    const store = new KnowledgeStore(dir, { snapshot: { file: blocked, codeVersion: 'build-1' } });
    expect(store.reload().ok).toBe(true);
    expect(store.engine().ask(QUESTION).answered).toBe(true);
    expect(warnings).toHaveBeenCalledWith(
      'could not save the knowledge snapshot; the next start loads the files in full',
      expect.objectContaining({ file: blocked }),
    );
  });

  it('GIVEN a start-up load with no snapshot THEN it answers before the warnings and the snapshot; finishStartUp adds the warnings and saves it', () => {
    const { dir, file, start } = setUp();
    const full = start().outcome;
    expect(full.problems.some((problem) => problem.severity === 'warning')).toBe(true);
    rmSync(file);

    const store = new KnowledgeStore(dir, { snapshot: { file, codeVersion: 'build-1' } });
    const outcome = store.reloadForStartUp();
    expect(outcome.fromSnapshot).toBeUndefined();
    expect(store.engine().ask(QUESTION).answered).toBe(true);
    expect(existsSync(file)).toBe(false);
    expect(outcome.problems).toEqual([]);

    store.finishStartUp();
    expect(existsSync(file)).toBe(true);
    expect(store.lastReload?.problems).toEqual(full.problems);
    const next = start();
    expect(next.outcome.fromSnapshot).toBe(true);
    expect(next.outcome.problems).toEqual(full.problems);
  });

  it('GIVEN the snapshot current THEN a start-up load reads it and leaves nothing to finish', () => {
    const { file, start, dir } = setUp();
    const full = start().outcome;
    const store = new KnowledgeStore(dir, { snapshot: { file, codeVersion: 'build-1' } });
    const outcome = store.reloadForStartUp();
    expect(outcome.fromSnapshot).toBe(true);
    expect(outcome.problems).toEqual(full.problems);
    rmSync(file);
    store.finishStartUp();
    expect(existsSync(file)).toBe(false);
  });

  it('GIVEN a knowledge file edited after a start-up load and before finishStartUp THEN no snapshot is saved, and the next start answers from the edit', () => {
    const { dir, file, start } = setUp();
    const store = new KnowledgeStore(dir, { snapshot: { file, codeVersion: 'build-1' } });
    store.reloadForStartUp();
    appendFileSync(join(dir, 'facts', 'visits.yaml'), NEW_FACT_YAML.replace(/^/, '\n'));
    store.finishStartUp();
    expect(existsSync(file)).toBe(false);
    const next = start();
    expect(next.outcome.fromSnapshot).toBeUndefined();
    expect(next.store.engine().knowledge.factsById.has(NEW_FACT_ID)).toBe(true);
  });

  it('GIVEN a snapshot of older files WHEN a start-up load finds the files edited THEN it loads them, never the snapshot', () => {
    const { dir, file, start } = setUp();
    start();
    appendFileSync(join(dir, 'facts', 'visits.yaml'), NEW_FACT_YAML.replace(/^/, '\n'));
    const store = new KnowledgeStore(dir, { snapshot: { file, codeVersion: 'build-1' } });
    expect(store.reloadForStartUp().fromSnapshot).toBeUndefined();
    expect(store.engine().knowledge.factsById.has(NEW_FACT_ID)).toBe(true);
    store.finishStartUp();
    expect(start().store.engine().knowledge.factsById.has(NEW_FACT_ID)).toBe(true);
  });

  it('GIVEN a reload after a start-up load THEN finishStartUp leaves the knowledge and the snapshot of that reload alone', () => {
    const { dir, file } = setUp();
    const store = new KnowledgeStore(dir, { snapshot: { file, codeVersion: 'build-1' } });
    store.reloadForStartUp();
    writeFileSync(join(dir, 'facts', 'festivals.yaml'), NEW_FACT_YAML);
    const reloaded = store.reload();
    const saved = readFileSync(file);
    store.finishStartUp();
    expect(store.lastReload).toBe(reloaded);
    expect(readFileSync(file)).toEqual(saved);
    expect(store.engine().knowledge.factsById.has(NEW_FACT_ID)).toBe(true);
  });

  it('GIVEN a reload in the worker with the files unchanged THEN it reads the snapshot; GIVEN them edited THEN the files, and the worker saves the new snapshot', async () => {
    const { dir, start } = setUp();
    const { store } = start();
    expect((await store.reloadOffThread()).fromSnapshot).toBe(true);
    writeFileSync(join(dir, 'facts', 'festivals.yaml'), NEW_FACT_YAML);
    const edited = await store.reloadOffThread();
    expect(edited.fromSnapshot).toBeUndefined();
    expect(store.engine().knowledge.factsById.has(NEW_FACT_ID)).toBe(true);
    expect(start().outcome.fromSnapshot).toBe(true);
  }, 60_000);
});
