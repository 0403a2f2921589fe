import { describe, expect, it } from 'vitest';
import { commands, findCommand } from '../../commands/index.js';
import { runCommand } from '../../src/core/dispatch.js';
import { parseSlackText, parseSlashLine } from '../../src/core/parse-invocation.js';
import { createTestContext, createTestServices, realEngine } from '../helpers.js';

const run = async (line: string, context = createTestContext()) => {
  const invocation = parseSlashLine(commands, line);
  if ('error' in invocation) throw new Error(invocation.error);
  return runCommand(invocation.command, context, invocation.args);
};

describe('commands', () => {
  it('defines /azsr, /azsr-today, /azsr-sources and /azsr-help once, as data', () => {
    for (const name of ['azsr', 'azsr-today', 'azsr-sources', 'azsr-help']) expect(findCommand(name)?.description.length).toBeGreaterThan(10);
    expect(new Set(commands.map((c) => c.name)).size).toBe(commands.length);
  });

  it('GIVEN /azsr with a question THEN an answer with citations', async () => {
    const reply = await run('/azsr when did Aliyev visit Niš');
    expect(reply.kind).toBe('answer');
    expect(reply.body).toMatch(/^2023/);
    expect(reply.private).toBe(false);
    expect(reply.facts[0]?.citations[0]?.url).toMatch(/^https:\/\/en\.wikipedia\.org/);
  });

  it('GIVEN --private THEN the answer is private', async () => {
    expect((await run('/azsr when did Aliyev visit Niš --private')).private).toBe(true);
  });

  it('GIVEN /azsr-today 02-15 THEN the 2026 Statehood Day visit and the first Strategic Partnership Council', async () => {
    const reply = await run('/azsr-today 02-15');
    expect(reply.kind).toBe('info');
    expect(reply.title).toMatch(/15 February/);
    expect(reply.body).toMatch(/Statehood Day/);
    expect(reply.body).toMatch(/Strategic Partnership Council/);
    expect(reply.facts.every((fact) => fact.citations.length > 0)).toBe(true);
  });

  it('GIVEN /azsr-today with no date THEN today in the configured zone', async () => {
    const context = createTestContext({ services: createTestServices({ now: () => new Date('2014-12-09T23:30:00Z') }) });
    // 23:30 UTC on 9 December is already 10 December in Belgrade: the Gojković delegation.
    expect((await run('/azsr-today', context)).title).toMatch(/10 December/);
  });

  it.each(['15.2.', '15.02.2026', '15/02', '15. februar', '15. фебруара', '15 fevral', '15 февраля'])(
    'GIVEN /azsr-today %s THEN the 15 February reply',
    async (date) => {
      const reply = await run(`/azsr-today ${date}`);
      expect(reply.kind).toBe('info');
      expect(reply.title).toMatch(/15 February/);
    },
  );

  it('GIVEN a date that does not exist THEN a clear private error', async () => {
    const reply = await run('/azsr-today 02-31');
    expect(reply).toMatchObject({ kind: 'error', private: true });
    expect(reply.body).toMatch(/not a date I can read/);
  });

  it('GIVEN /azsr-sources THEN every source with its link', async () => {
    const reply = await run('/azsr-sources');
    expect(reply.items).toHaveLength(realEngine().knowledge.sources.size);
    expect(reply.items.every((item) => item.url?.startsWith('https://'))).toBe(true);
  });

  it('GIVEN /azsr-help THEN the commands everyone may run', async () => {
    const reply = await run('/azsr-help');
    expect(reply.items.map((i) => i.label)).toContain('/azsr-today');
    expect(reply.items.some((i) => /moderators/.test(i.text))).toBe(false);
  });

  it('GIVEN a command that throws THEN one short private apology, and the error is not shown', async () => {
    const broken = createTestContext({
      services: createTestServices({
        engine: () => {
          throw new Error('disk on fire');
        },
      }),
    });
    const reply = await run('/azsr anything', broken);
    expect(reply).toMatchObject({ kind: 'error', private: true });
    expect(reply.body).toMatch(/Sorry/);
    expect(reply.body).not.toMatch(/disk on fire/);
  });

  it('parses Slack text into the same commands', () => {
    expect(parseSlackText(commands, 'today 02-15')).toMatchObject({ command: { name: 'azsr-today' }, args: { date: '02-15' } });
    expect(parseSlackText(commands, 'help')).toMatchObject({ command: { name: 'azsr-help' } });
    expect(parseSlackText(commands, 'when did Aliyev visit Niš')).toMatchObject({ command: { name: 'azsr' }, args: { question: 'when did Aliyev visit Niš' } });
    // A command word that starts a longer question is the question.
    expect(parseSlackText(commands, 'sources of the ammunition found in Tovuz')).toMatchObject({
      command: { name: 'azsr' },
      args: { question: 'sources of the ammunition found in Tovuz' },
    });
  });

  it('GIVEN an unknown console command THEN it lists the real ones', () => {
    const result = parseSlashLine(commands, '/azsr-nope');
    expect('error' in result && result.error).toMatch(/Unknown command \/azsr-nope.*\/azsr-today/);
  });
});
