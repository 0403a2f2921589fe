/**
 * What the contract scenarios see of a front end (Discord, Slack, the console): a driver that runs
 * a command as someone and reads back, from what the platform (its fake server) received, what
 * that person was shown, in platform-neutral terms.
 */
import type { CommandArgs, CommandDefinition } from '../../src/core/command.js';
import type { Vote } from '../../src/core/services.js';
import type { World } from './world.js';

/** Who runs a command: a member, a second member, or a moderator. */
export type Person = 'member' | 'another member' | 'moderator';

/** What a front end may be unable to do; scenarios that need it are skipped there, with the reason. */
export type Capability = 'privacy' | 'buttons' | 'members' | 'daily';

/** A button under a message, and pressing it as someone. */
export interface Button {
  /** Its emoji and label, e.g. `👍 Helpful`. */
  label: string;
  press(as?: Person): Promise<Outcome>;
}

/** What a person was shown, as the fake server received it. */
export interface Outcome {
  /** The visible text, markup and escaping removed, link labels in place of links. */
  text: string;
  /** Only the person who asked sees it; undefined where the front end cannot tell (see `cannot`). */
  private: boolean | undefined;
  /** Every link target shown. */
  links: string[];
  buttons: Button[];
  /** Who or what the message could notify besides the asker (`@everyone`, `<@&123>`, `<!channel>`). */
  pings: string[];
}

export interface Driver {
  /** Runs a command (by its name in commands/) with these arguments, as `as` (a member by default). */
  send(command: string, args?: CommandArgs, as?: Person): Promise<Outcome>;
  /** How this front end writes a command in help: `/azsr-today`, or `/azsr today` on Slack. */
  spell(command: CommandDefinition): string;
  /** Presses a vote button carrying exactly this (as a forged or out-of-date button would). */
  pressVote?(vote: Vote, facts: string, as?: Person): Promise<Outcome>;
  close(): Promise<void>;
}

export interface FrontEnd {
  name: string;
  /** What it cannot do, each with why; said here, so no scenario is left out silently. */
  cannot: Partial<Record<Capability, string>>;
  start(world: World): Promise<Driver>;
}
