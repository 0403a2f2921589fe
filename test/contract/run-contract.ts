/**
 * Runs every scenario against one front end. A scenario needing what the front end cannot do is
 * reported as skipped, with the front end's reason in its name, never left out.
 */
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Driver, FrontEnd } from './front-end.js';
import { scenarios } from './scenarios.js';
import { createWorld, type World } from './world.js';

export function runContract(frontEnd: FrontEnd): void {
  describe(`contract: ${frontEnd.name}`, () => {
    let world: World;
    let driver: Driver | undefined;
    beforeAll(async () => {
      world = createWorld();
      driver = await frontEnd.start(world);
    });
    afterAll(async () => {
      await driver?.close();
      world?.cleanup();
    });

    for (const scenario of scenarios) {
      const reason = (scenario.needs ?? []).map((capability) => frontEnd.cannot[capability]).find(Boolean);
      if (reason) it.skip(`${scenario.name} (skipped: ${reason})`, () => undefined);
      else it(scenario.name, () => scenario.run(driver as Driver, world));
    }
  });
}
