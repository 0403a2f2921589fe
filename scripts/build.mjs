/**
 * `npm run build`: compiles src/ and commands/ to dist/ with tsc, from a clean dist/, writes the
 * word lists the bot would otherwise work out at start-up, then writes dist/.built so the launcher
 * (scripts/start.mjs) can tell a finished build from a stale one.
 */
import { buildDist } from './dist.mjs';

try {
  await buildDist();
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
