/** The fingerprint of a knowledge folder changes with anything the load reads, and with nothing else. */
import { appendFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { knowledgeFingerprint } from '../../src/knowledge/fingerprint.js';
import { createKnowledgeCopy, removeTempDirs } from '../moderation/helpers.js';

afterEach(removeTempDirs);

describe('knowledgeFingerprint', () => {
  it('GIVEN the same files THEN the same fingerprint; GIVEN an editor backup or a note beside them THEN still the same', () => {
    const dir = createKnowledgeCopy();
    const before = knowledgeFingerprint(dir);
    expect(before).toMatch(/^[0-9a-f]{64}$/);
    writeFileSync(join(dir, 'facts', 'visits.yaml~'), 'backup');
    writeFileSync(join(dir, 'README.md'), 'notes');
    expect(knowledgeFingerprint(dir)).toBe(before);
  });

  it.each([
    ['a fact file edited', (dir: string) => appendFileSync(join(dir, 'facts', 'visits.yaml'), '\n# edited\n')],
    ['a fact file added', (dir: string) => writeFileSync(join(dir, 'facts', 'more.yaml'), '[]\n')],
    ['a fact file removed', (dir: string) => rmSync(join(dir, 'facts', 'aid.yaml'))],
    ['the sources edited', (dir: string) => appendFileSync(join(dir, 'sources.yaml'), '\n# edited\n')],
    ['the aliases edited', (dir: string) => appendFileSync(join(dir, 'aliases.yaml'), '\n# edited\n')],
    ['the glossary removed', (dir: string) => rmSync(join(dir, 'glossary.yaml'))],
  ])('GIVEN %s THEN the fingerprint changes', (_, change) => {
    const dir = createKnowledgeCopy();
    const before = knowledgeFingerprint(dir);
    change(dir);
    expect(knowledgeFingerprint(dir)).not.toBe(before);
  });

  it('GIVEN another size limit THEN another fingerprint; GIVEN a file over it, or no facts folder, THEN none', () => {
    const dir = createKnowledgeCopy();
    expect(knowledgeFingerprint(dir, { maxFileBytes: 1024 * 1024 })).not.toBe(knowledgeFingerprint(dir));
    expect(knowledgeFingerprint(dir, { maxFileBytes: 1024 })).toBeUndefined();
    rmSync(join(dir, 'facts'), { recursive: true });
    expect(knowledgeFingerprint(dir)).toBeUndefined();
  });
});
