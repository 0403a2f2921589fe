import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** Every variable the config schemas read, from the source itself. */
function settingNames(): string[] {
  const source = readFileSync('src/config.ts', 'utf8');
  return [...new Set([...source.matchAll(/^\s+([A-Z][A-Z0-9_]+): /gm)].map((match) => match[1] as string))];
}

describe('settings documentation', () => {
  it('GIVEN the settings src/config.ts validates THEN .env.example and the README list every one', () => {
    const names = settingNames();
    expect(names).toEqual(expect.arrayContaining(['DISCORD_TOKEN', 'HEALTH_PORT', 'HEALTH_HOST']));
    const example = readFileSync('.env.example', 'utf8');
    const readme = readFileSync('README.md', 'utf8');
    expect(names.filter((name) => !new RegExp(`^${name}=`, 'm').test(example))).toEqual([]);
    expect(names.filter((name) => !readme.includes(`| \`${name}\` |`))).toEqual([]);
  });
});
