/**
 * Reading names and spellings (aliases.yaml), then the domain vocabulary in four languages
 * (glossary.yaml, optional): one kind of group, read the same way, kept apart so each file stays
 * readable.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { LoadContext } from './load-context.js';
import { aliasesFileSchema, aliasGroupSchema } from './schema.js';
import type { AliasFile } from './warnings.js';
import { readYamlFile } from './yaml-file.js';

export interface LoadedAliases {
  /** Every group of both files, aliases.yaml's first. */
  aliases: string[][];
  /** Which groups each file holds, and where each is written. */
  aliasFiles: AliasFile[];
}

export function readAliasGroups(context: LoadContext): LoadedAliases {
  const loaded: LoadedAliases = { aliases: [], aliasFiles: [] };
  for (const name of ['aliases.yaml', 'glossary.yaml']) {
    const file = join(context.dir, name);
    if (name === 'glossary.yaml' && !existsSync(file)) continue;
    const text = context.readText(file);
    if (text === undefined) continue;
    context.files.push(file);
    const parsed = readYamlFile(file, text, aliasesFileSchema, { eachItem: aliasGroupSchema, cache: context.yamlCache });
    context.problems.push(...parsed.problems);
    const groups = (parsed.value ?? []).filter((group): group is string[] => Array.isArray(group));
    loaded.aliasFiles.push({ file, first: loaded.aliases.length, count: groups.length, lineOf: parsed.lineOf });
    loaded.aliases.push(...groups);
  }
  return loaded;
}
