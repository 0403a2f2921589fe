/**
 * The knowledge files as an earlier load parsed them, kept beside the knowledge snapshot: after an
 * edit of one file, the start that follows parses that file and takes the others from here, which
 * is most of the YAML's cost. A file is taken only when its text is byte for byte the text it was
 * parsed from (a hash of it, with its path), and only by the build that wrote the cache; files
 * with YAML errors are never kept. What is validated, and every check across files, runs as ever.
 */
import { createHash } from 'node:crypto';
import { deserialize, serialize } from 'node:v8';
import type { ParsedYaml, YamlCache } from './yaml-file.js';

/** Changes whenever the layout does, so a cache of another layout is never misread. */
const FORMAT = 'azsr-yaml-cache-1';

interface Saved {
  format: string;
  /** The build and Node version it was written by. */
  version: string;
  files: { file: string; hash: string; parsed: ParsedYaml }[];
}

const hashOf = (text: string) => createHash('sha256').update(text).digest('hex');

export class YamlFileCache implements YamlCache {
  private readonly saved = new Map<string, { hash: string; parsed: ParsedYaml }>();
  private readonly remembered = new Map<string, { hash: string; parsed: () => ParsedYaml }>();

  /** An empty cache for the build `version`, or the one in `bytes` when it is of that build. */
  constructor(
    private readonly version: string,
    bytes?: Uint8Array,
  ) {
    if (!bytes) return;
    const saved = deserialize(bytes) as Partial<Saved> | undefined;
    if (saved?.format !== FORMAT || saved.version !== version || !Array.isArray(saved.files)) return;
    for (const { file, hash, parsed } of saved.files) this.saved.set(file, { hash, parsed });
  }

  get(file: string, text: string): ParsedYaml | undefined {
    const entry = this.saved.get(file);
    if (!entry) return undefined;
    const hash = hashOf(text);
    if (entry.hash !== hash) return undefined;
    // Kept for the next load as it is: this load used it unchanged.
    this.remembered.set(file, { hash, parsed: () => entry.parsed });
    return entry.parsed;
  }

  remember(file: string, text: string, parsed: () => ParsedYaml): void {
    this.remembered.set(file, { hash: hashOf(text), parsed });
  }

  /** The files this load read without errors, as bytes to save (files no longer read drop out). */
  toBytes(): Uint8Array {
    const files = [...this.remembered].map(([file, { hash, parsed }]) => ({ file, hash, parsed: parsed() }));
    return serialize({ format: FORMAT, version: this.version, files } satisfies Saved);
  }
}
