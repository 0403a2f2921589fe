/**
 * The knowledge files as an earlier load parsed them, kept beside the knowledge snapshot: after an
 * edit of one file, the start that follows parses that file and takes the others from here, which
 * is most of the YAML's cost. A file is taken only when its text is byte for byte the text it was
 * parsed from (a hash of it, with its path), and only by the build that wrote the cache; files
 * with YAML errors are never kept. What is validated, and every check across files, runs as ever.
 */
import { createHash } from 'node:crypto';
import { deserialize, serialize } from 'node:v8';
import { type ParsedYaml, parseForCache, type YamlCache } from './yaml-file.js';

/** Changes whenever the layout does, so a cache of another layout is never misread. */
const FORMAT = 'azsr-yaml-cache-2';

/** One file: a hash of its text, and what it parsed to, serialised on its own (read only when used). */
interface Entry {
  hash: string;
  parsed: Uint8Array;
}

/** A file this load parsed, to be parsed again for the cache when it is saved. */
interface Parsed {
  hash: string;
  text: string;
}

interface Saved {
  format: string;
  /** The build and Node version it was written by. */
  version: string;
  files: [string, Entry][];
}

const hashOf = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * Larger files are not kept: parsing one again for the cache, once the bot answers, would hold it
 * for a second or more. Real knowledge files are tens of KB.
 */
export const MAX_CACHED_FILE_CHARS = 1_000_000;

export class YamlFileCache implements YamlCache {
  private readonly saved = new Map<string, Entry>();
  private readonly remembered = new Map<string, Entry | Parsed>();

  /** An empty cache for the build `version`, or the one in `bytes` when it is of that build. */
  constructor(
    private readonly version: string,
    bytes?: Uint8Array,
  ) {
    if (!bytes) return;
    const saved = deserialize(bytes) as Partial<Saved> | undefined;
    if (saved?.format !== FORMAT || saved.version !== version || !Array.isArray(saved.files)) return;
    for (const [file, entry] of saved.files) this.saved.set(file, entry);
  }

  get(file: string, text: string): ParsedYaml | undefined {
    const entry = this.saved.get(file);
    if (!entry || entry.hash !== hashOf(text)) return undefined;
    let parsed: ParsedYaml;
    try {
      parsed = deserialize(entry.parsed) as ParsedYaml;
    } catch {
      return undefined; // damaged: the file is parsed
    }
    if (!(parsed?.positions instanceof Map)) return undefined;
    // Kept for the next load as it is: this load used it unchanged.
    this.remembered.set(file, entry);
    return parsed;
  }

  remember(file: string, text: string): void {
    if (text.length > MAX_CACHED_FILE_CHARS) return;
    this.remembered.set(file, { hash: hashOf(text), text });
  }

  /** The files this load read without errors, as bytes to save (files no longer read drop out). */
  toBytes(): Uint8Array {
    const files: [string, Entry][] = [];
    for (const [file, entry] of this.remembered) {
      const kept = 'text' in entry ? parsedEntry(entry) : entry;
      if (kept) files.push([file, kept]);
    }
    return serialize({ format: FORMAT, version: this.version, files } satisfies Saved);
  }
}

function parsedEntry({ hash, text }: Parsed): Entry | undefined {
  const parsed = parseForCache(text);
  if (!parsed) return undefined;
  try {
    return { hash, parsed: serialize(parsed) };
  } catch {
    return undefined; // something YAML made that cannot be serialised: the file is parsed every time
  }
}
