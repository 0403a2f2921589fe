import { describe, expect, it } from 'vitest';
import { runInSlices, runToEnd, type Steps } from '../../src/core/time-slices.js';

function* counting(steps: number, seen: string[]): Steps<number> {
  for (let i = 0; i < steps; i++) {
    seen.push(`step ${i}`);
    yield;
  }
  return steps;
}

describe('time slices', () => {
  it('GIVEN runToEnd THEN every step runs at once and the result is returned', () => {
    const seen: string[] = [];
    expect(runToEnd(counting(3, seen))).toBe(3);
    expect(seen).toEqual(['step 0', 'step 1', 'step 2']);
  });

  it('GIVEN runInSlices THEN work queued meanwhile runs between slices, before the steps are done', async () => {
    const seen: string[] = [];
    const done = runInSlices(counting(3, seen), 0);
    setImmediate(() => seen.push('other work'));
    expect(await done).toBe(3);
    expect(seen.indexOf('other work')).toBeGreaterThan(0);
    expect(seen.indexOf('other work')).toBeLessThan(seen.length - 1);
  });

  it('GIVEN a step that throws THEN runInSlices rejects with its error', async () => {
    function* failing(): Steps<void> {
      yield;
      throw new Error('step failed');
    }
    await expect(runInSlices(failing(), 0)).rejects.toThrow('step failed');
  });
});
