/**
 * Run by the build after compiling (scripts/dist.mjs): writes the word lists that the search
 * modules would otherwise work out at every start (see src/search/precomputed.ts) beside them,
 * or into the folder given.
 *   node dist/src/cli/precompute.js [folder]
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EVERY_DAY_FILE, EVERY_DAY_SIZES, LEXICON_FILE, scowlWords } from '../search/lexicon.js';
import { SortedWords } from '../search/sorted-words.js';
import { FOREIGN_STOPWORDS_FILE, foldForeignStopwords } from '../search/stopwords.js';

const texts: Record<string, string> = {
  [FOREIGN_STOPWORDS_FILE]: foldForeignStopwords().join('\n'),
  [LEXICON_FILE]: SortedWords.textOf(scowlWords()),
  [EVERY_DAY_FILE]: SortedWords.textOf(scowlWords(EVERY_DAY_SIZES)),
};
const folder = process.argv[2] ?? fileURLToPath(new URL('../search/', import.meta.url));
for (const [name, text] of Object.entries(texts)) writeFileSync(join(folder, name), text);
