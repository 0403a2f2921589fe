/**
 * The dependency rules in .dependency-cruiser.cjs (npm run deps, part of npm run check) fail on
 * what they forbid: each case writes a tiny tree into a temp folder and runs the real depcruise
 * CLI on it with the project's own config.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const DEPCRUISE = join(ROOT, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');
const TSCONFIG = JSON.stringify({ compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', strict: true } });

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Writes `files` (path → source) into a fresh folder beside the project's config and cruises it. */
function cruise(files: Record<string, string>): { status: number | null; output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'azsr-deps-'));
  dirs.push(dir);
  writeFileSync(join(dir, 'tsconfig.json'), TSCONFIG);
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  for (const [path, source] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), source);
  }
  const result = spawnSync(process.execPath, [DEPCRUISE, 'src', '--config', join(ROOT, '.dependency-cruiser.cjs')], { cwd: dir, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('dependency rules', () => {
  it('GIVEN imports that point one way THEN no violation', () => {
    const result = cruise({
      'src/core/reply.ts': 'export const reply = 1;\n',
      'src/answer/engine.ts': "import { reply } from '../core/reply.js';\nexport const engine = reply;\n",
    });
    expect(result.output).toContain('no dependency violations found');
    expect(result.status).toBe(0);
  });

  it('GIVEN an import cycle THEN no-circular fails', () => {
    const result = cruise({
      'src/answer/a.ts': "import { b } from './b.js';\nexport const a = () => b;\n",
      'src/answer/b.ts': "import { a } from './a.js';\nexport const b = () => a;\n",
    });
    expect(result.output).toContain('no-circular');
    expect(result.status).not.toBe(0);
  });

  it('GIVEN src/core importing a feature, even only a type THEN core-imports-no-feature fails', () => {
    const result = cruise({
      'src/answer/engine.ts': 'export interface Engine { ask(question: string): string }\n',
      'src/core/services.ts': "import type { Engine } from '../answer/engine.js';\nexport interface Services { engine(): Engine }\n",
    });
    expect(result.output).toContain('core-imports-no-feature: src/core/services.ts → src/answer/engine.ts');
    expect(result.status).not.toBe(0);
  });

  it('GIVEN a platform library imported outside src/adapters THEN platform-libraries-only-in-adapters fails', () => {
    const result = cruise({
      'src/adapters/discord/client.ts': "import { Client } from 'discord.js';\nexport const client = Client;\n",
      'src/daily/post.ts': "import { Client } from 'discord.js';\nexport const post = Client;\n",
    });
    expect(result.output).toContain('platform-libraries-only-in-adapters: src/daily/post.ts');
    expect(result.output).not.toContain('src/adapters/discord/client.ts');
    expect(result.status).not.toBe(0);
  });
});
