/**
 * A child process for the kill -9 test: writes two different versions of a record over and over
 * through writeJsonAtomic, printing a line after each, until it is killed.
 */
import { writeJsonAtomic } from '../../src/core/data-file.js';

const file = process.argv[2];
if (!file) throw new Error('write-loop: pass the file to write');
const big = (tag: string) => ({
  version: 1,
  tag,
  gaps: Array.from({ length: 2000 }, (_, i) => ({ key: `${tag}-${i}`, question: `question ${i} `.repeat(5) })),
});
const versions = [big('old'), big('new')];
for (let i = 0; ; i++) {
  writeJsonAtomic(file, versions[i % 2]);
  process.stdout.write(`${i}\n`);
}
