/**
 * A fingerprint of a knowledge folder: a hash of every file loadKnowledge reads there, with its
 * path and the size limit, so that equal fingerprints mean the same load result. A saved load
 * (see src/answer/knowledge-snapshot.ts) is used only while the fingerprint is unchanged.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_MAX_FILE_BYTES, listFactFiles, type KnowledgeReadOptions } from './read-file.js';
import type { Problem } from './types.js';

/** The fingerprint, or undefined when a file cannot be read or is over the limit (only a full load can say why). */
export function knowledgeFingerprint(dir: string, options: KnowledgeReadOptions = {}): string | undefined {
  const limit = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const problems: Problem[] = [];
  // The files loadKnowledge reads, in its order; glossary.yaml may be missing.
  const glossary = join(dir, 'glossary.yaml');
  const files = [join(dir, 'sources.yaml'), ...listFactFiles(dir, problems), join(dir, 'aliases.yaml'), glossary];
  if (problems.length > 0) return undefined;
  const hash = createHash('sha256').update(JSON.stringify({ dir, limit }));
  for (const file of files) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch (error) {
      if (file === glossary && (error as NodeJS.ErrnoException).code === 'ENOENT') {
        hash.update(`\0${file}\0missing`);
        continue;
      }
      return undefined;
    }
    if (bytes.length > limit) return undefined;
    hash.update(`\0${file}\0${bytes.length}\0`).update(bytes);
  }
  return hash.digest('hex');
}
