/**
 * Whether dist/ is up to date with the sources, and how to rebuild it. Plain JavaScript with no
 * dependencies, so it runs before anything is compiled. The check runs at every `npm start`, so
 * it loads nothing it does not need: the build's own modules are loaded only to build.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project's root folder (the one with package.json). */
export const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
/** The bot's entry point: it runs the bundle in dist/bot/ (see bundleBot). */
export const MAIN = join(ROOT, 'dist', 'src', 'main.js');
const STAMP = join(ROOT, 'dist', '.built');
const BOT = join(ROOT, 'dist', 'bot');
/**
 * Packages bundled with the bot: ES modules of many files that every start loads (zod alone is
 * about 95), each of which Node would otherwise resolve, read and compile on its own. The other
 * dependencies stay in node_modules: CommonJS ones, and those loaded only when needed.
 */
const BUNDLED = new Set(['zod', 'minisearch', 'stemmer']);
const INPUTS = ['src', 'commands', 'tsconfig.json', 'tsconfig.build.json', 'package.json'];

/** Has `path` (a file, or a folder and everything in it) changed after `time`? Stops at the first change. */
function changedSince(path, time) {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return false;
  // A deleted or renamed file changes its folder's time.
  if (stat.mtimeMs > time) return true;
  if (!stat.isDirectory()) return false;
  for (const entry of readdirSync(path)) if (changedSince(join(path, entry), time)) return true;
  return false;
}

/** Why dist/ needs building, or undefined when it is up to date. */
export function staleReason() {
  const built = statSync(STAMP, { throwIfNoEntry: false });
  if (!built || !existsSync(MAIN)) return 'dist/ has no finished build';
  // Without the sources (a production image holds only dist/), the build is all there is.
  if (!existsSync(join(ROOT, 'src'))) return undefined;
  return INPUTS.some((input) => changedSince(join(ROOT, input), built.mtimeMs)) ? 'the sources changed since the last build' : undefined;
}

/** Compiles to a fresh dist/, then writes what the bot would otherwise work out at every start; throws with what to do when it cannot. */
export async function buildDist() {
  const [{ spawnSync }, { createRequire }, { rmSync, writeFileSync }] = await Promise.all([
    import('node:child_process'),
    import('node:module'),
    import('node:fs'),
  ]);
  let tsc;
  try {
    tsc = createRequire(join(ROOT, 'package.json')).resolve('typescript/bin/tsc');
  } catch {
    throw new Error('azsr: cannot build dist/: TypeScript is not installed. Run "npm install" (with dev dependencies), then "npm run build".');
  }
  rmSync(join(ROOT, 'dist'), { recursive: true, force: true });
  const result = spawnSync(process.execPath, [tsc, '-p', join(ROOT, 'tsconfig.build.json')], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.status !== 0)
    throw new Error(`azsr: the build failed (tsc exited with ${result.status ?? result.signal}); fix the errors above and run "npm run build".`);
  await bundleBot(createRequire(join(ROOT, 'package.json')));
  // The word lists, written beside the modules that read them (see src/search/precomputed.ts):
  // the compiled ones, and the bundle.
  for (const folder of [join(ROOT, 'dist', 'src', 'search'), BOT]) {
    const lists = spawnSync(process.execPath, [join(ROOT, 'dist', 'src', 'cli', 'precompute.js'), folder], {
      cwd: ROOT,
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    if (lists.status !== 0)
      throw new Error(`azsr: the build failed (writing the word lists exited with ${lists.status ?? lists.signal}); see the error above.`);
  }
  writeFileSync(STAMP, `${new Date().toISOString()}\n`);
}

/**
 * Links the compiled bot (and its loading worker, which it finds beside itself) into dist/bot/
 * with esbuild: a start then loads a few files instead of some two hundred modules. What is
 * loaded only when needed (the platforms, the daily posts, the health server) stays in chunks
 * of its own, loaded as before. dist/src/main.js becomes the entry that runs the bundle.
 */
async function bundleBot(require) {
  const { readFileSync, writeFileSync } = await import('node:fs');
  let build;
  try {
    ({ build } = require('esbuild'));
  } catch {
    throw new Error('azsr: cannot build dist/: esbuild is not installed. Run "npm install" (with dev dependencies), then "npm run build".');
  }
  const { dependencies } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  try {
    await build({
      entryPoints: { main: MAIN, 'prepare-worker': join(ROOT, 'dist', 'src', 'answer', 'prepare-worker.js') },
      outdir: BOT,
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'node',
      // tsc has compiled for Node already: esbuild links and rewrites nothing (for an older
      // target it turns some regular expressions into `new RegExp` calls, run at every call).
      target: 'esnext',
      external: Object.keys(dependencies).filter((name) => !BUNDLED.has(name)),
      logLevel: 'error',
    });
  } catch {
    throw new Error('azsr: the build failed (bundling dist/bot/ with esbuild); see the error above.');
  }
  writeFileSync(MAIN, "// The bot, bundled by the build (scripts/dist.mjs).\nimport '../bot/main.js';\n");
}
