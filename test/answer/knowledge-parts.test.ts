/**
 * The knowledge and its index as parts (what the loading worker passes back and a snapshot keeps):
 * read back, on this thread or in slices, they answer every question exactly as the knowledge
 * loaded and indexed from the files does.
 */
import { appendFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/answer/engine.js';
import { buildKnowledgeIndex, restoreKnowledgeIndex, restoreKnowledgeIndexAsync } from '../../src/answer/knowledge-index.js';
import { packKnowledge, unpackKnowledge } from '../../src/answer/knowledge-parts.js';
import { runInSlices, runToEnd } from '../../src/core/time-slices.js';
import { readQuestions } from '../../src/eval/score.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { generateKnowledge } from '../../src/cli/generate-knowledge.js';
import { createKnowledgeCopy, removeTempDirs } from '../moderation/helpers.js';

afterEach(removeTempDirs);

const BLIND = 'test/fixtures/blind';
const questions = [
  'test/fixtures/questions.yaml',
  ...readdirSync(BLIND)
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => join(BLIND, name)),
].flatMap((file) => readQuestions(file).map((question) => question.q));

function packedRealKnowledge() {
  const result = loadKnowledge('knowledge');
  if (!result.knowledge) throw new Error('the real knowledge has errors');
  return { result, knowledge: result.knowledge, parts: packKnowledge({ result, index: buildKnowledgeIndex(result.knowledge).data() }) };
}

describe('knowledge parts', () => {
  it('GIVEN the real knowledge packed and read back THEN the engine made from the parts answers every fixture question exactly as one built from the files', () => {
    const { result, knowledge, parts } = packedRealKnowledge();
    const unpacked = runToEnd(unpackKnowledge(parts));
    expect(unpacked.result).toEqual(result);
    const restored = unpacked.result.knowledge!;
    expect([...restored.factsById.values()]).toEqual(restored.facts);
    const fromParts = createEngine(restored, { index: restoreKnowledgeIndex(restored, unpacked.index!) });
    const fromFiles = createEngine(knowledge);
    expect(questions.length).toBeGreaterThan(500);
    for (const question of questions) expect(fromParts.ask(question), question).toEqual(fromFiles.ask(question));
  }, 60_000);

  it('GIVEN the parts read back in slices THEN the index restored in pieces answers the same too', async () => {
    const { knowledge, parts } = packedRealKnowledge();
    const unpacked = await runInSlices(unpackKnowledge(parts), 0);
    const restored = unpacked.result.knowledge!;
    const fromParts = createEngine(restored, { index: await restoreKnowledgeIndexAsync(restored, unpacked.index!) });
    const fromFiles = createEngine(knowledge);
    for (const question of questions.slice(0, 200)) expect(fromParts.ask(question), question).toEqual(fromFiles.ask(question));
  });

  it('GIVEN a large knowledge base THEN it is cut into many small parts, and read back whole', () => {
    const { knowledge } = packedRealKnowledge();
    const big = generateKnowledge(knowledge, 2000);
    const index = buildKnowledgeIndex(big).data();
    const parts = packKnowledge({ result: { knowledge: big, problems: [], files: [] }, index });
    expect(parts.length).toBeGreaterThan(12);
    expect(Math.max(...parts.map((part) => part.length))).toBeLessThan(512 * 1024);
    const unpacked = runToEnd(unpackKnowledge(parts));
    expect(unpacked.result.knowledge?.facts).toEqual(big.facts);
    expect(unpacked.index).toEqual(index);
  }, 60_000);

  it('GIVEN a load with errors THEN the parts carry its problems and files, and no knowledge or index', () => {
    const dir = createKnowledgeCopy();
    appendFileSync(join(dir, 'facts', 'aid.yaml'), '\n- id: broken\n  statement: 42\n');
    const result = loadKnowledge(dir);
    expect(result.knowledge).toBeUndefined();
    const unpacked = runToEnd(unpackKnowledge(packKnowledge({ result })));
    expect(unpacked).toEqual({ result });
  });

  it('throws if a part is missing, or the parts are of another layout', () => {
    const { parts } = packedRealKnowledge();
    expect(() => runToEnd(unpackKnowledge(parts.slice(0, -1)))).toThrow(/^unpackKnowledge: part \d+ of \d+ is missing$/);
    expect(() => runToEnd(unpackKnowledge(parts.slice(1)))).toThrow('unpackKnowledge: not knowledge parts of layout azsr-knowledge-parts-1');
    expect(() => runToEnd(unpackKnowledge([...parts, parts[0]!]))).toThrow('unpackKnowledge: 1 parts left over');
  });
});
