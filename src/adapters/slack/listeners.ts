/** What the App listens for: the `/azsr` slash command and the vote buttons, with one catch-all for errors. */
import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import type { Services } from '../../answer/services.js';
import type { AdapterDeps } from '../../core/adapter.js';
import type { InFlight } from '../../core/in-flight.js';
import { log } from '../../core/log.js';
import { describe } from './describe-error.js';
import { createSlashCommandListener } from './slash-command.js';
import { createVoteListener, VOTE_ACTION } from './vote-action.js';

export interface ListenerSettings {
  deps: AdapterDeps<Services>;
  moderatorIds: readonly string[];
  ackDeadlineMs: number;
  /** Each request is tracked here until answered, so stop() can wait for it. */
  inFlight: InFlight;
}

export function registerListeners(app: App, { deps, moderatorIds, ackDeadlineMs, inFlight }: ListenerSettings): void {
  const slashCommand = createSlashCommandListener({
    commands: deps.commands,
    services: deps.services,
    moderatorIds: new Set(moderatorIds),
    ackDeadlineMs,
  });
  const vote = createVoteListener(deps.services);
  app.command('/azsr', (args) => inFlight.track(slashCommand(args)));
  app.action<BlockAction<ButtonAction>>(VOTE_ACTION, (args) => inFlight.track(vote(args)));
  // The one catch-all: whatever a listener or Bolt itself fails at is logged, never thrown on.
  app.error(async (error) => {
    log.error('slack: error while handling a request', { code: error.code, error: describe(error) });
  });
}
