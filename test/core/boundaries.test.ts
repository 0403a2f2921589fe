import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('the core', () => {
  it('never imports a platform library: only src/adapters may', () => {
    const offenders = [...sourceFiles('src'), ...sourceFiles('commands')]
      .filter((file) => !file.startsWith(join('src', 'adapters')))
      .filter((file) => /from ['"](discord\.js|@discordjs\/[^'"]+|@slack\/[^'"]+)['"]/.test(readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('reads process.env only where config is loaded', () => {
    const readers = sourceFiles('src').filter((file) => /process\.env\b/.test(readFileSync(file, 'utf8')));
    expect(readers.sort()).toEqual(readers.filter((file) => /src\/(main|cli\/[a-z-]+|config|adapters\/discord\/register)\.ts$/.test(file)).sort());
  });
});
