/** Reading sources.yaml: the documents facts cite, checked for duplicate ids. */
import { join } from 'node:path';
import type { LoadContext } from './load-context.js';
import { type SourceEntry, sourceSchema, sourcesFileSchema } from './schema.js';
import type { Source } from './types.js';
import { readYamlFile } from './yaml-file.js';

export interface LoadedSources {
  file: string;
  sources: Map<string, Source>;
  /** Where each source's entry starts, for warnings about it. */
  sourceLines: Map<string, number>;
}

export function readSources(context: LoadContext): LoadedSources {
  const file = join(context.dir, 'sources.yaml');
  const loaded: LoadedSources = { file, sources: new Map(), sourceLines: new Map() };
  const text = context.readText(file);
  if (text === undefined) return loaded;
  context.files.push(file);
  const parsed = readYamlFile(file, text, sourcesFileSchema, { eachItem: sourceSchema, cache: context.yamlCache });
  context.problems.push(...parsed.problems);
  parsed.value?.forEach((entry, index) => {
    if (!entry) return;
    if (loaded.sources.has(entry.id)) {
      context.problems.push({
        severity: 'error',
        file,
        ...parsed.lineOf([index, 'id']),
        message: `duplicate source id "${entry.id}"`,
        hint: 'give each source its own id',
      });
      return;
    }
    loaded.sourceLines.set(entry.id, parsed.lineOf([index]).line);
    loaded.sources.set(entry.id, toSource(entry));
  });
  return loaded;
}

function toSource(entry: SourceEntry): Source {
  return {
    id: entry.id,
    title: entry.title,
    publisher: entry.publisher,
    author: entry.author,
    published: entry.published,
    url: entry.url,
    licence: entry.licence,
    names: entry.names,
    ...(entry.published_note ? { publishedNote: entry.published_note } : {}),
  };
}
