import { describe, expect, it } from 'vitest';
import { readPrivateRequest } from '../../../src/adapters/slack/private-request.js';

describe('readPrivateRequest', () => {
  it('GIVEN --private anywhere THEN removes it and asks privately', () => {
    expect(readPrivateRequest('when did Aliyev visit Niš --private')).toEqual({ text: 'when did Aliyev visit Niš', private: true });
    expect(readPrivateRequest('today --PRIVATE 02-15')).toEqual({ text: 'today 02-15', private: true });
  });

  it('GIVEN private as the first word THEN removes it and asks privately', () => {
    expect(readPrivateRequest('  private   sources ')).toEqual({ text: 'sources', private: true });
  });

  it('GIVEN private alone or later in the text THEN leaves it as part of the question', () => {
    expect(readPrivateRequest('private')).toEqual({ text: 'private', private: false });
    expect(readPrivateRequest('which private firms invested')).toEqual({ text: 'which private firms invested', private: false });
  });
});
