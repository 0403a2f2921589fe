import { describe, expect, it } from 'vitest';
import { commandJson } from '../../../src/adapters/discord/command-json.js';
import { defineCommand } from '../../../src/core/command.js';
import { makeReply } from '../../../src/core/reply.js';

const command = (access: 'everyone' | 'moderator') =>
  defineCommand({
    name: 'azsr-test',
    description: 'x'.repeat(150),
    access,
    slackWord: 'test',
    example: 'azsr-test',
    options: [
      { name: 'note', description: 'Optional note', type: 'string' },
      { name: 'fact', description: 'Fact id', type: 'string', required: true, maxLength: 80 },
    ],
    run: () => makeReply({ kind: 'info', title: '', body: '' }),
  });

describe('commandJson', () => {
  it('GIVEN a moderator command THEN requires Manage Server (32) by default', () => {
    expect(commandJson(command('moderator')).default_member_permissions).toBe('32');
    expect(commandJson(command('everyone')).default_member_permissions).toBeNull();
  });

  it('GIVEN options in any order THEN lists required ones first and keeps max_length', () => {
    const json = commandJson(command('everyone'));
    expect(json.options?.map((o) => o.name)).toEqual(['fact', 'note']);
    expect(json.options?.[0]).toMatchObject({ type: 3, required: true, max_length: 80 });
  });

  it("GIVEN a description over 100 characters THEN shortens it to Discord's limit", () => {
    expect(commandJson(command('everyone')).description).toHaveLength(100);
  });
});
