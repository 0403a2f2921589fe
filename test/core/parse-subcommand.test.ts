import { describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import { defineCommand } from '../../src/core/command.js';
import { channelIdOfMention, completeArgs, parseSlackText, parseSlashLine, readTypedArgs } from '../../src/core/parse-invocation.js';
import { makeReply } from '../../src/core/reply.js';

/** A command shaped like /azsr-daily, so these cases do not depend on its wording. */
const schedule = defineCommand({
  name: 'test-schedule',
  description: 'Schedules things',
  access: 'moderator',
  slackWord: 'schedule',
  example: 'test-schedule set',
  options: [],
  subcommands: [
    {
      name: 'set',
      description: 'Set it',
      options: [
        { name: 'channel', description: 'Where', type: 'channel' },
        { name: 'zone', description: 'A zone', type: 'string' },
        { name: 'loud', description: 'Loudly', type: 'boolean' },
      ],
    },
    { name: 'clear', description: 'Clear it', options: [{ name: 'channel', description: 'Where', type: 'channel' }] },
    { name: 'rename', description: 'Rename it', options: [{ name: 'name', description: 'the new name', type: 'string', required: true }] },
  ],
  run: () => makeReply({ kind: 'info', title: '', body: '' }),
});

/** The words after the command's name, read by the one reader of typed arguments: its args, or why they cannot be read. */
function subcommandArgs(command: typeof schedule, rest: string) {
  const read = readTypedArgs(command, rest);
  return 'error' in read ? read : { args: read.args };
}

describe('channelIdOfMention', () => {
  it.each([
    ['<#C0NEWS|news>', 'C0NEWS'],
    ['<#C0NEWS>', 'C0NEWS'],
    ['<#123456789012345678>', '123456789012345678'],
    ['<#C0NEWS|>', 'C0NEWS'],
  ])('reads %s as %s', (word, id) => {
    expect(channelIdOfMention(word)).toBe(id);
  });

  it.each(['#news', 'C0NEWS', '<@U0ASKER>', '<#C0NEWS', 'news'])('reads no channel in %s', (word) => {
    expect(channelIdOfMention(word)).toBeUndefined();
  });
});

describe('typed subcommands, read by the one reader', () => {
  it('GIVEN a subcommand, a channel mention and a zone in either order THEN each fills its option', () => {
    expect(subcommandArgs(schedule, 'set <#C0NEWS|news> Asia/Baku')).toEqual({ args: { subcommand: 'set', channel: 'C0NEWS', zone: 'Asia/Baku' } });
    expect(subcommandArgs(schedule, 'SET Asia/Baku <#C0NEWS>')).toEqual({ args: { subcommand: 'set', channel: 'C0NEWS', zone: 'Asia/Baku' } });
  });

  it('GIVEN only the subcommand THEN no option is filled', () => {
    expect(subcommandArgs(schedule, 'set')).toEqual({ args: { subcommand: 'set' } });
    expect(subcommandArgs(schedule, '  ')).toEqual({ args: {} });
  });

  it('GIVEN --name value and --flag THEN they fill the named options', () => {
    expect(subcommandArgs(schedule, 'set --zone Asia/Baku --loud --channel <#C1>')).toEqual({
      args: { subcommand: 'set', zone: 'Asia/Baku', loud: true, channel: 'C1' },
    });
  });

  it('GIVEN a channel by name only THEN says it cannot tell which channel that is', () => {
    expect(subcommandArgs(schedule, 'clear #news')).toEqual({
      error: '"#news" is a channel\'s name, not the channel itself, so I cannot tell which one it is. Run the command in that channel instead.',
    });
  });

  it('GIVEN an unknown subcommand, words nothing takes, or a required option missing THEN says what is wrong', () => {
    expect(subcommandArgs(schedule, 'enable')).toEqual({ error: '/test-schedule has no "enable". Use set, clear or rename.' });
    expect(subcommandArgs(schedule, 'clear Asia/Baku')).toEqual({ error: '/test-schedule clear does not take "Asia/Baku".' });
    expect(subcommandArgs(schedule, 'rename')).toEqual({ error: '/test-schedule rename needs name: the new name.' });
    expect(subcommandArgs(schedule, 'set --zone')).toEqual({ error: '--zone needs a value: A zone.' });
  });

  it('GIVEN the privacy marker THEN it is read for a subcommand as for every command, and text is trimmed', () => {
    expect(subcommandArgs(schedule, 'private set <#C1> Asia/Baku')).toEqual({ args: { private: true, subcommand: 'set', channel: 'C1', zone: 'Asia/Baku' } });
    expect(subcommandArgs(schedule, 'clear --PRIVATE')).toEqual({ args: { private: true, subcommand: 'clear' } });
  });
});

describe("completeArgs with subcommands (Discord's typed options)", () => {
  it('GIVEN a subcommand and its options THEN checked as typed text is: trimmed, empty left out, required ones named', () => {
    expect(completeArgs(schedule, { subcommand: 'set', zone: ' Asia/Baku ', channel: '123' })).toEqual({
      command: schedule,
      args: { subcommand: 'set', zone: 'Asia/Baku', channel: '123' },
    });
    expect(completeArgs(schedule, { subcommand: 'set', zone: '  ' })).toEqual({ command: schedule, args: { subcommand: 'set' } });
    expect(completeArgs(schedule, { subcommand: 'rename', name: '   ' })).toEqual(readTypedArgs(schedule, 'rename'));
  });

  it('GIVEN a subcommand the command does not have (an out-of-date registration) THEN the same message as typed text', () => {
    expect(completeArgs(schedule, { subcommand: 'enable' })).toEqual(readTypedArgs(schedule, 'enable'));
  });
});

describe('typed /azsr-daily', () => {
  it('GIVEN Slack text with a channel mention THEN the daily command with its subcommand, channel and zone', () => {
    expect(parseSlackText(commands, 'daily set <#C0NEWS|news> Asia/Baku')).toMatchObject({
      command: { name: 'azsr-daily' },
      args: { subcommand: 'set', channel: 'C0NEWS', timezone: 'Asia/Baku' },
    });
    expect(parseSlackText(commands, 'daily clear <#C0NEWS|news>')).toMatchObject({
      command: { name: 'azsr-daily' },
      args: { subcommand: 'clear', channel: 'C0NEWS' },
    });
    expect(parseSlackText(commands, 'daily')).toMatchObject({ command: { name: 'azsr-daily' }, args: {} });
  });

  it('GIVEN "daily" followed by no subcommand THEN it is a question', () => {
    expect(parseSlackText(commands, 'daily flights from Baku to Belgrade')).toMatchObject({
      command: { name: 'azsr' },
      args: { question: 'daily flights from Baku to Belgrade' },
    });
  });

  it('GIVEN the console form THEN the same arguments', () => {
    expect(parseSlashLine(commands, '/azsr-daily set <#C0NEWS|news> Europe/Belgrade')).toMatchObject({
      command: { name: 'azsr-daily' },
      args: { subcommand: 'set', channel: 'C0NEWS', timezone: 'Europe/Belgrade' },
    });
    expect(parseSlashLine(commands, '/azsr-daily show')).toMatchObject({ args: { subcommand: 'show' } });
  });

  it('no command names an option "subcommand", which carries the chosen subcommand', () => {
    const optionNames = commands.flatMap((command) => [...command.options, ...(command.subcommands ?? []).flatMap((s) => s.options)].map((o) => o.name));
    expect(optionNames).not.toContain('subcommand');
  });
});
