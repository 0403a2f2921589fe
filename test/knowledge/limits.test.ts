/** Knowledge files that are too large, broken by one character, or links in a loop: one clear error each. */
import { appendFileSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_ENTRY_PROBLEMS_PER_FILE } from '../../src/knowledge/cap-problems.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { KnowledgeStore } from '../../src/answer/knowledge-store.js';
import { createKnowledgeCopy, removeTempDirs } from '../moderation/helpers.js';

afterEach(removeTempDirs);

const errorsOf = (dir: string, options = {}) => loadKnowledge(dir, options).problems.filter((p) => p.severity === 'error');

describe('knowledge file size limit', () => {
  it('GIVEN a file over the limit THEN one error names the file, its size and the setting to raise, and the other files load', () => {
    const dir = createKnowledgeCopy();
    const huge = join(dir, 'facts', 'huge.yaml');
    writeFileSync(huge, `# ${'x'.repeat(300 * 1024)}\n`);
    const errors = errorsOf(dir, { maxFileBytes: 100 * 1024 });
    expect(errors).toEqual([
      expect.objectContaining({
        file: huge,
        message: 'cannot be read: it is 300 KB, over the 100 KB limit for one knowledge file',
        hint: 'split it into several files in facts/ (one per theme), or raise KNOWLEDGE_MAX_FILE_MB if it really must be this large',
      }),
    ]);
  });

  it('GIVEN the default limit THEN the real knowledge loads', () => {
    expect(new KnowledgeStore('./knowledge').reload().ok).toBe(true);
  });
});

describe('one bad character, one error', () => {
  it('GIVEN a tab at the start of a line THEN exactly one error, at that line, saying to replace the tab', () => {
    const dir = createKnowledgeCopy();
    const file = join(dir, 'facts', 'defence.yaml');
    const lines = readFileSync(file, 'utf8').split('\n');
    const index = lines.findIndex((line) => line.startsWith('- id:'));
    lines[index] = `\t${lines[index]}`;
    writeFileSync(file, lines.join('\n'));
    const errors = errorsOf(dir);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      file,
      line: index + 1,
      hint: 'YAML does not allow tab characters for indentation: replace the tab on this line with spaces',
    });
    expect(errors[0]?.message).toMatch(
      /^the YAML cannot be read: Tabs are not allowed as indentation.* \(and \d+ more YAML errors? in this file, most likely caused by this one: fix it first\)$/,
    );
  });

  it('GIVEN a file of a thousand broken entries THEN the errors for it are capped, the last saying how many more', () => {
    const dir = createKnowledgeCopy();
    appendFileSync(join(dir, 'facts', 'aid.yaml'), Array.from({ length: 1000 }, (_, i) => `\n- id: broken-${i}\n  statement: 42\n`).join(''));
    const errors = errorsOf(dir).filter((p) => p.file.endsWith('aid.yaml'));
    expect(errors).toHaveLength(MAX_ENTRY_PROBLEMS_PER_FILE);
    expect(errors.at(-1)?.message).toMatch(/\(and \d{3,} more problems in this file, most likely caused by this one: fix it first\)$/);
    expect(JSON.stringify(errors).length).toBeLessThan(20_000);
  });
});

describe('symbolic link loops', () => {
  it('GIVEN a fact file that links to itself THEN that file is reported as a link loop, and the other facts are read', () => {
    const dir = createKnowledgeCopy();
    symlinkSync('loop.yaml', join(dir, 'facts', 'loop.yaml'));
    const errors = errorsOf(dir);
    expect(errors).toEqual([
      expect.objectContaining({ file: join(dir, 'facts', 'loop.yaml'), message: 'cannot be read: it is a symbolic link loop (it points back to itself)' }),
    ]);
  });

  it('GIVEN facts/ is a link to itself THEN it is reported as a link loop, not as a missing folder', () => {
    const dir = createKnowledgeCopy();
    rmSync(join(dir, 'facts'), { recursive: true });
    symlinkSync('facts', join(dir, 'facts'));
    const errors = errorsOf(dir);
    expect(errors.map((e) => e.message)).toContain('the facts folder cannot be read: it is a symbolic link loop (it points back to itself)');
    expect(errors.map((e) => e.message)).not.toContain('the facts folder is missing');
  });
});
