import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const exec = promisify(execFile);
const TSX = join('node_modules', '.bin', 'tsx');

/** Runs the command-line interface as a person would, with an isolated environment. */
async function azsr(args: string[], options: { env?: Record<string, string> } = {}) {
  try {
    const { stdout, stderr } = await exec(TSX, ['src/cli/main.ts', ...args], { env: { PATH: process.env.PATH ?? '', ...options.env }, timeout: 20_000 });
    return { stdout, stderr, code: 0 };
  } catch (error) {
    const failed = error as { stdout: string; stderr: string; code: number };
    return { stdout: failed.stdout, stderr: failed.stderr, code: failed.code };
  }
}

describe('npm run azsr', () => {
  it('GIVEN ask THEN the answer and its citation for a person', async () => {
    const { stdout, code } = await azsr(['ask', 'when did Aliyev visit Niš']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^2023: /);
    expect(stdout).toMatch(/Source: Azerbaijan–Serbia relations\. By Wikipedia contributors\. Wikipedia, 2024\. https:\/\/en\.wikipedia\.org/);
  });

  it('GIVEN ask --json THEN one JSON object with the agreed fields', async () => {
    const { stdout } = await azsr(['ask', '--json', 'when did Aliyev visit Niš']);
    const result = JSON.parse(stdout);
    expect(Object.keys(result)).toEqual(['question', 'answered', 'answer', 'citations', 'facts', 'ms']);
    expect(result).toMatchObject({ question: 'when did Aliyev visit Niš', answered: true });
    expect(result.citations[0]).toEqual({
      source: 'wikipedia',
      title: 'Azerbaijan–Serbia relations',
      author: 'Wikipedia contributors',
      publisher: 'Wikipedia',
      published: '2024',
      url: 'https://en.wikipedia.org/wiki/Azerbaijan%E2%80%93Serbia_relations',
    });
    expect(result.facts[0]).toMatchObject({ date: '2023', sources: ['wikipedia'] });
    expect(typeof result.ms).toBe('number');
  });
});

describe('npm run azsr (processes)', () => {
  it('GIVEN --json and questions on standard input THEN one JSON line each, in order', async () => {
    const { spawn } = await import('node:child_process');
    const child = spawn(TSX, ['src/cli/main.ts', 'ask', '--json'], { env: { PATH: process.env.PATH ?? '' } });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
    });
    // "constructor" once crashed the batch and lost the rest of its input.
    child.stdin.end('when did Aliyev visit Niš\nwhat is the recipe for plov constructor\nwhich serbian city is twinned with shusha\n');
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    const lines = out
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.map((l) => l.answered)).toEqual([true, false, true]);
    expect(lines[2].answer).toMatch(/Novi Pazar/);
  });

  it('GIVEN today --date 02-15 THEN the Statehood Day visit', async () => {
    const { stdout, code } = await azsr(['today', '--date', '02-15']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/15 February/);
    expect(stdout).toMatch(/Statehood Day/);
  });

  it('GIVEN explain THEN the terms, unknown words marked, and the candidates with their coverage', async () => {
    const { stdout, code } = await azsr(['explain', 'who is the mayor of novi pazar']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/terms: +mayor\? \(/);
    expect(stdout).toMatch(/asks for: mayor \(not in the knowledge, so no fact can answer\)/);
    expect(stdout).toMatch(/\d+% \(does not fit the intent\) +novi-pazar-[a-z0-9-]+ +matched: .*pazar/);
    expect(stdout).toMatch(/\[knowledge\/facts\/culture\.yaml:\d+\]/);
  });

  it('GIVEN knowledge check on the project knowledge THEN it passes', async () => {
    const { stdout, code } = await azsr(['knowledge', 'check']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/knowledge check passed: \d+ facts, 5 sources; 0 errors/);
  });

  it('GIVEN a broken knowledge folder THEN ask exits non-zero naming the file and line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'azsr-cli-'));
    cpSync('knowledge', dir, { recursive: true });
    writeFileSync(
      join(dir, 'facts', 'broken.yaml'),
      [
        '- id: empty-fact',
        '  statement: ""',
        '  sources: [wikipedia]',
        '  section: x',
        '- id: broken-fact',
        '  statement: A fact.',
        '  sources: [nowhere]',
        '  section: x',
        '',
      ].join('\n'),
    );
    const { stderr, code } = await azsr(['ask', 'when did Aliyev visit Niš'], { env: { KNOWLEDGE_DIR: dir } });
    expect(code).toBe(1);
    expect(stderr).toMatch(/broken\.yaml:2:\d+\s+error\s+entry 1, "statement" is empty/);
    expect(stderr).toMatch(/broken\.yaml:7:\d+\s+error\s+fact "broken-fact": unknown source id "nowhere"/);
  });

  it('GIVEN a wrong setting THEN a clear message naming the variable', async () => {
    const { stderr, code } = await azsr(['ask', 'x'], { env: { DAILY_POST_TZ: 'Mars/Olympus' } });
    expect(code).toBe(1);
    expect(stderr).toMatch(/DAILY_POST_TZ must be an IANA time zone/);
  });
});
