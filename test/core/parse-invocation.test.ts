/** Typed arguments are read one way for the console and Slack, and checked one way for Discord too. */
import { describe, expect, it } from 'vitest';
import { commands, findCommand } from '../../commands/index.js';
import { completeArgs, parseSlackText, parseSlashLine, readPrivacy } from '../../src/core/parse-invocation.js';

const azsr = findCommand('azsr')!;

describe('readPrivacy', () => {
  it('GIVEN --private anywhere, in any case THEN removes it and asks privately', () => {
    expect(readPrivacy(['when', 'did', 'Aliyev', 'visit', 'Niš', '--private'])).toEqual({ words: ['when', 'did', 'Aliyev', 'visit', 'Niš'], private: true });
    expect(readPrivacy(['today', '--PRIVATE', '02-15'])).toEqual({ words: ['today', '02-15'], private: true });
  });

  it('GIVEN private as the first word THEN removes it and asks privately', () => {
    expect(readPrivacy(['private', 'sources'])).toEqual({ words: ['sources'], private: true });
  });

  it('GIVEN private alone or later in the text THEN leaves it as part of the question', () => {
    expect(readPrivacy(['private'])).toEqual({ words: ['private'], private: false });
    expect(readPrivacy(['which', 'private', 'firms', 'invested'])).toEqual({ words: ['which', 'private', 'firms', 'invested'], private: false });
  });
});

describe('the console and Slack read the same arguments', () => {
  it.each([
    ['/azsr-today 02-15 --private', 'today 02-15 --private', { date: '02-15', private: true }],
    ['/azsr-today private 15 February', 'private today 15 February', { date: '15 February', private: true }],
    ['/azsr-sources --private', 'sources --private', { private: true }],
    ['/azsr when did Aliyev visit Niš --PRIVATE', 'when did Aliyev visit Niš --PRIVATE', { question: 'when did Aliyev visit Niš', private: true }],
    ['/azsr-today --date 02-15', 'today --date 02-15', { date: '02-15' }],
  ])('GIVEN %s on the console and /azsr %s on Slack THEN the same arguments', (line, slackText, args) => {
    const fromConsole = parseSlashLine(commands, line);
    const fromSlack = parseSlackText(commands, slackText);
    expect(fromConsole).toEqual(fromSlack);
    expect(fromConsole).toMatchObject({ args });
    expect('args' in fromConsole && fromConsole.args).toEqual(args);
  });

  it('GIVEN a bare /azsr on Slack THEN what the adapter asks for (help), privately when so marked', () => {
    expect(parseSlackText(commands, '  ', { whenEmpty: 'help' })).toMatchObject({ command: { name: 'azsr-help' }, args: {} });
    expect(parseSlackText(commands, '--private', { whenEmpty: 'help' })).toMatchObject({ command: { name: 'azsr-help' }, args: { private: true } });
  });

  it('GIVEN no question THEN the same message on the console and on Slack without a default', () => {
    const message = '/azsr needs question: Your question, e.g. "when did Aliyev visit Niš".';
    expect(parseSlashLine(commands, '/azsr   ')).toEqual({ error: message });
    expect(parseSlackText(commands, '--private')).toEqual({ error: message });
  });
});

describe("completeArgs (Discord's typed options)", () => {
  it('GIVEN text with spaces around it THEN trimmed; GIVEN only spaces THEN missing, with the same message as typed text', () => {
    expect(completeArgs(azsr, { question: '  when did Aliyev visit Niš ', private: false })).toEqual({
      command: azsr,
      args: { question: 'when did Aliyev visit Niš', private: false },
    });
    expect(completeArgs(azsr, { question: '   ' })).toEqual(parseSlashLine(commands, '/azsr'));
  });
});
