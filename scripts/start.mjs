/**
 * `npm start`: builds dist/ when it is missing or stale, then runs the bot in this same process,
 * so SIGTERM and SIGINT reach the code that owns the connections (package.json uses `exec`, so
 * no shell stands between npm and this process either).
 */
import { pathToFileURL } from 'node:url';
import { buildDist, MAIN, staleReason } from './dist.mjs';

const reason = staleReason();
if (reason) {
  process.stderr.write(`azsr: building dist/ (${reason})…\n`);
  try {
    await buildDist();
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}
await import(pathToFileURL(MAIN).href);
