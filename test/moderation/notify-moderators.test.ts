import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Adapter } from '../../src/core/adapter.js';
import type { Reply } from '../../src/core/reply.js';
import { KnowledgeStore } from '../../src/answer/knowledge-store.js';
import { createModeratorNotifier } from '../../src/moderation/notify-moderators.js';
import { createModeration, type Moderation } from '../../src/moderation/setup.js';
import { createKnowledgeCopy, createTempDir, removeTempDirs, waitFor } from './helpers.js';

interface Posted {
  platform: string;
  channelId: string;
  reply: Reply;
}

/** An adapter that records what it is asked to post (or fails to, when told to). */
function createRecordingAdapter(name: Adapter['name'], posted: Posted[], failing = false): Adapter {
  return {
    name,
    start: async () => {},
    stop: async () => {},
    post: async (channelId, reply) => {
      if (failing) throw new Error(`${name} is down`);
      posted.push({ platform: name, channelId, reply });
    },
  };
}

const notice = {
  kind: 'info',
  title: 'Knowledge change not loaded',
  body: 'x',
  facts: [],
  related: [],
  items: [],
  suggestions: [],
  notes: [],
  private: false,
  disagreement: false,
} satisfies Reply;

let moderation: Moderation | undefined;
afterEach(() => {
  moderation?.stop();
  moderation = undefined;
  removeTempDirs();
});

describe("moderators' channels", () => {
  it('posts to the configured channel of each platform, and only those', async () => {
    const posted: Posted[] = [];
    const notify = createModeratorNotifier([createRecordingAdapter('discord', posted), createRecordingAdapter('slack', posted)], { slack: 'C123' });
    await notify?.(notice);
    expect(posted.map(({ platform, channelId }) => [platform, channelId])).toEqual([['slack', 'C123']]);
  });

  it('GIVEN no configured channel THEN there is no notifier', () => {
    expect(createModeratorNotifier([createRecordingAdapter('discord', [])], {})).toBeUndefined();
  });

  it('GIVEN one platform failing THEN the other still gets the notice', async () => {
    const posted: Posted[] = [];
    const notify = createModeratorNotifier([createRecordingAdapter('discord', posted, true), createRecordingAdapter('slack', posted)], {
      discord: '42',
      slack: 'C123',
    });
    await expect(notify?.(notice)).resolves.toBeUndefined();
    expect(posted.map((p) => p.platform)).toEqual(['slack']);
  });

  it("GIVEN the start-up wiring WHEN a saved file breaks the knowledge THEN the moderators' channel is told with file and line", async () => {
    const dir = createKnowledgeCopy();
    const store = new KnowledgeStore(dir);
    store.reload();
    moderation = createModeration(store, createTempDir());
    const posted: Posted[] = [];
    moderation.startWatching([createRecordingAdapter('discord', posted)], { discord: '42' });

    appendFileSync(join(dir, 'facts', 'economy.yaml'), '\n- id: Bad Id\n  statement: x\n  sources: [wikipedia]\n  section: x\n');
    await waitFor(() => posted.length > 0, 6000); // the default wait before posting is 2 s
    expect(posted[0]?.channelId).toBe('42');
    expect(posted[0]?.reply.title).toBe('Knowledge change not loaded');
    expect(posted[0]?.reply.items[0]?.label).toMatch(/^knowledge\/facts\/economy\.yaml:\d+:\d+$/);
    expect(posted[0]?.reply.items[0]?.text).toMatch(/^error: entry \d+, "id" must be lowercase letters/);
    expect(moderation.services.knowledge?.lastReload?.ok).toBe(false);
    expect(store.engine().ask('when did Aliyev visit Niš').answered).toBe(true);
  });
});
