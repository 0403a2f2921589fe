/**
 * Reads one YAML file and validates it with a zod schema, turning every YAML and zod problem into
 * a Problem with file, line and column. Nothing throws: a bad file yields problems, not a crash.
 */
import { createRequire } from 'node:module';
import type { Document, Node } from 'yaml';
import type { z } from 'zod';
import { capProblems, MAX_ENTRY_PROBLEMS_PER_FILE, MAX_SYNTAX_ERRORS_PER_FILE, syntaxHint } from './cap-problems.js';
import type { Problem } from './types.js';

type Path = readonly PropertyKey[];

type Yaml = typeof import('yaml');
let yamlLibrary: Yaml | undefined;
/** The yaml library (CommonJS), loaded on the first file read: a start from the knowledge snapshot never reads one. */
const yaml = (): Yaml => (yamlLibrary ??= createRequire(import.meta.url)('yaml') as Yaml);

export interface ParsedFile<T> {
  value: T | undefined;
  problems: Problem[];
  /** 1-based line of the node at a path (the nearest existing ancestor when it is missing). */
  lineOf(path: Path): { line: number; column: number };
}

const FIELD_HINTS = new Map(
  Object.entries({
    date: 'write "YYYY", "YYYY-MM", "YYYY-MM-DD" or a range "FROM/TO", in quotes',
    sources: 'list source ids from sources.yaml, e.g. sources: [wikipedia]',
    statement: 'write the fact in one to three sentences of our own words',
    section: 'name the heading in the source where the fact is stated',
    id: 'use lowercase letters, digits and dashes; ids must stay stable',
    url: 'paste the full link, starting with https://',
  }),
);

function describePath(path: Path): string {
  return path.map((part) => (typeof part === 'number' ? `entry ${part + 1}` : `"${String(part)}"`)).join(', ');
}

type Position = { line: number; column: number };

/** A YAML file read without errors, as plain data: what it holds, and where each of its nodes is. */
export interface ParsedYaml {
  data: unknown;
  /** Of every node's path (pathKey), its position as lineOf gives it. */
  positions: Map<string, Position>;
}

/** Files parsed by an earlier load (see yaml-cache.ts), so that one unchanged need not be parsed again. */
export interface YamlCache {
  /** The file as parsed before, when `text` is exactly the text it was parsed from. */
  get(file: string, text: string): ParsedYaml | undefined;
  /** Keeps a file just parsed without errors (parsed again when the cache is saved: see parseForCache). */
  remember(file: string, text: string): void;
}

export interface ReadOptions {
  /** For a list file: validate entry by entry with this schema; invalid entries are left as holes. */
  eachItem?: z.ZodType;
  /** Where an unchanged file may be found already parsed, and a parsed one is kept. */
  cache?: YamlCache | undefined;
}

/** The key of a node's path in ParsedYaml.positions. */
export const pathKey = (path: Path): string => JSON.stringify(path);

/** Where a node is: the parsed YAML's own answer (nodePosition), or the file's cached positions. */
function cachedLineOf(positions: ReadonlyMap<string, Position>): (path: Path) => Position {
  return (path) => {
    // As nodePosition: a path that is not there gives its nearest ancestor's position.
    for (let depth = path.length; depth >= 0; depth--) {
      const found = positions.get(pathKey(path.slice(0, depth)));
      if (found) return found;
    }
    return { line: 1, column: 1 };
  };
}

/** The YAML parsed (or found in the cache), with its syntax errors; `data` only when there are none. */
function parseYaml(file: string, text: string, cache: YamlCache | undefined): { data?: unknown; problems: Problem[]; lineOf(path: Path): Position } {
  const cached = cache?.get(file, text);
  if (cached) return { data: cached.data, problems: [], lineOf: cachedLineOf(cached.positions) };
  const { doc, lineOf } = parseWithPositions(text);
  const problems: Problem[] = [];

  for (const error of doc.errors) {
    const [start] = error.linePos ?? [];
    const line = start?.line ?? 1;
    problems.push({
      severity: 'error',
      file,
      line,
      column: start?.col ?? 1,
      message: `the YAML cannot be read: ${error.message.split('\n')[0]}`,
      hint: syntaxHint(text, line),
    });
  }
  if (problems.length > 0) return { problems: capProblems(problems, MAX_SYNTAX_ERRORS_PER_FILE, 'YAML error'), lineOf };
  cache?.remember(file, text);
  return { data: doc.toJS() ?? [], problems, lineOf };
}

/**
 * The text parsed for a YamlCache: what readYamlFile would make of it, with the position of every
 * node; undefined when it has YAML errors. Run when the cache is saved, after start-up, so that
 * the load itself pays nothing for the cache and holds no parsed document for it.
 */
export function parseForCache(text: string): ParsedYaml | undefined {
  const { doc, lineOf } = parseWithPositions(text);
  if (doc.errors.length > 0) return undefined;
  return { data: doc.toJS() ?? [], positions: allPositions(doc, lineOf) };
}

/** The YAML document of a text, and the line and column of any node in it. */
function parseWithPositions(text: string) {
  const { LineCounter, parseDocument } = yaml();
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
  const position = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  return { doc, lineOf: (path: Path): Position => nodePosition(doc, path, position) };
}

export function readYamlFile<S extends z.ZodType>(file: string, text: string, schema: S, options: ReadOptions = {}): ParsedFile<z.output<S>> {
  const { data, problems, lineOf } = parseYaml(file, text, options.cache);
  if (problems.length > 0) return { value: undefined, problems, lineOf };
  if (options.eachItem && Array.isArray(data)) {
    // Entry by entry, so one bad entry does not hide the problems (or the facts) of the others.
    const items: unknown[] = [];
    data.forEach((item, index) => {
      const result = options.eachItem!.safeParse(item);
      if (result.success) items[index] = result.data;
      else problems.push(...issuesToProblems(file, result.error.issues, [index], lineOf));
    });
    return { value: items as z.output<S>, problems: capProblems(problems, MAX_ENTRY_PROBLEMS_PER_FILE, 'problem'), lineOf };
  }
  const result = schema.safeParse(data);
  if (result.success) return { value: result.data, problems, lineOf };
  problems.push(...issuesToProblems(file, result.error.issues, [], lineOf));
  return { value: undefined, problems, lineOf };
}

function issuesToProblems(
  file: string,
  issues: readonly z.core.$ZodIssue[],
  prefix: PropertyKey[],
  lineOf: (path: Path) => { line: number; column: number },
): Problem[] {
  const problems: Problem[] = [];
  for (const issue of issues) {
    const path = [...prefix, ...issue.path];
    const field = [...path].reverse().find((part) => typeof part === 'string');
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        problems.push({
          severity: 'error',
          file,
          ...lineOf([...path, key]),
          message: `${describePath(path)}: unknown field "${key}"`,
          hint: 'check the spelling; the fields are listed in docs/knowledge-format.md',
        });
      }
      continue;
    }
    problems.push({
      severity: 'error',
      file,
      ...lineOf(path),
      message: `${describePath(path)} ${issue.message}`,
      hint: (typeof field === 'string' && FIELD_HINTS.get(field)) || 'see docs/knowledge-format.md for the format',
    });
  }
  return problems;
}

/** The position lineOf gives for the path of every node in the document. */
function allPositions(doc: Document, lineOf: (path: Path) => Position): Map<string, Position> {
  const { isMap, isSeq, isScalar } = yaml();
  const positions = new Map<string, Position>();
  const visit = (node: unknown, path: PropertyKey[]) => {
    positions.set(pathKey(path), lineOf(path));
    if (isSeq(node)) {
      node.items.forEach((item, index) => {
        visit(item, [...path, index]);
      });
    } else if (isMap(node))
      for (const pair of node.items) if (isScalar(pair.key) && typeof pair.key.value === 'string') visit(pair.value, [...path, pair.key.value]);
  };
  visit(doc.contents, []);
  return positions;
}

/** Finds the node (or, for a map key, the key itself) at a path, falling back to its parent. */
function nodePosition(doc: Document, path: Path, position: (offset: number) => { line: number; column: number }): { line: number; column: number } {
  const { isMap, isPair, isScalar } = yaml();
  for (let depth = path.length; depth >= 0; depth--) {
    const prefix = path.slice(0, depth);
    const parent = depth > 0 ? doc.getIn(prefix.slice(0, -1) as unknown[], true) : undefined;
    const last = prefix[prefix.length - 1];
    if (isMap(parent) && last !== undefined) {
      const pair = parent.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === last);
      const key = pair?.key as Node | undefined;
      if (key?.range) return position(key.range[0]);
    }
    const node = (depth === 0 ? doc.contents : doc.getIn(prefix as unknown[], true)) as Node | null | undefined;
    if (node && typeof node === 'object' && 'range' in node && node.range) return position(node.range[0]);
  }
  return { line: 1, column: 1 };
}
