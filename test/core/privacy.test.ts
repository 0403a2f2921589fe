/** The one privacy rule every platform follows: what is private is decided here, never in an adapter. */
import { describe, expect, it } from 'vitest';
import { defineCommand } from '../../src/core/command.js';
import { runCommand } from '../../src/core/dispatch.js';
import { makeReply, withPrivacy, type ReplyKind } from '../../src/core/reply.js';
import { createTestContext } from '../helpers.js';

const sources = defineCommand({
  name: 'test-public',
  description: 'A public reply',
  options: [],
  access: 'everyone',
  slackWord: 'test-public',
  example: 'test-public',
  run: () => makeReply({ kind: 'info', title: 'Sources', body: 'Five documents.' }),
});

describe('the privacy rule', () => {
  it.each<ReplyKind>(['decline', 'error', 'refusal'])('GIVEN a %s THEN it is private, even when built as public', (kind) => {
    expect(makeReply({ kind, title: '', body: 'x', private: false }).private).toBe(true);
    expect(withPrivacy({ ...makeReply({ kind: 'info', title: '', body: 'x' }), kind }).private).toBe(true);
  });

  it('GIVEN an answer or information THEN public unless it says otherwise', () => {
    expect(makeReply({ kind: 'answer', title: '', body: 'x' }).private).toBe(false);
    expect(makeReply({ kind: 'info', title: '', body: 'x', private: true }).private).toBe(true);
  });

  it('GIVEN any command asked privately THEN its reply is private; asked normally THEN as the command made it', async () => {
    expect((await runCommand(sources, createTestContext(), { private: true })).private).toBe(true);
    expect((await runCommand(sources, createTestContext(), {})).private).toBe(false);
  });
});
