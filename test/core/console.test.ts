import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import { runConsole } from '../../src/console/console.js';
import { createTestServices } from '../helpers.js';

async function typeIntoConsole(lines: string[]): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let text = '';
  output.on('data', (chunk: Buffer) => {
    text += chunk.toString();
  });
  const done = runConsole({ input, output, commands, services: createTestServices(), interactive: false });
  input.end(`${lines.join('\n')}\n`);
  await done;
  return text;
}

describe('the local console', () => {
  it('GIVEN chat commands typed one per line THEN the same replies as in chat, and it ends at end of input', async () => {
    const text = await typeIntoConsole(['/azsr when did Aliyev visit Niš', '/azsr-today 02-15', '/azsr-sources', '/azsr-help']);
    expect(text).toMatch(/^2023: .*Niš/m);
    expect(text).toMatch(/Source: Azerbaijan–Serbia relations\. By Wikipedia contributors\. Wikipedia/);
    expect(text).toMatch(/On this day: 15 February/);
    expect(text).toMatch(/Every answer cites one of these 5 documents/);
    expect(text).toMatch(/\/azsr-today: What happened/);
  });

  it('GIVEN a plain question without a slash THEN it is asked', async () => {
    expect(await typeIntoConsole(['which serbian city is twinned with shusha'])).toMatch(/Novi Pazar/);
  });

  it('GIVEN an unknown command or a missing question THEN a clear message and the console goes on', async () => {
    const text = await typeIntoConsole(['/nope', '/azsr', '/azsr when did Aliyev visit Niš']);
    expect(text).toMatch(/Unknown command \/nope/);
    expect(text).toMatch(/\/azsr needs question/);
    expect(text).toMatch(/2023/);
  });
});

describe('npm start with no tokens', () => {
  it('says so, opens the console on standard input and exits cleanly at its end', async () => {
    const child = spawn(join('node_modules', '.bin', 'tsx'), ['src/main.ts'], {
      env: { PATH: process.env.PATH ?? '', DISCORD_TOKEN: '', SLACK_BOT_TOKEN: '', DATA_DIR: join('node_modules', '.cache', 'azsr-test-data') },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.stdin.end('/azsr when did Aliyev visit Niš\n');
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(stderr).toMatch(/no Discord or Slack settings found.*local console/);
    expect(stdout).toMatch(/2023: /);
    expect(code).toBe(0);
  });
});
