/**
 * Reloading without stalling answers: a worker thread reads, validates and indexes the knowledge
 * (see prepare-worker.ts) and passes it back as parts, which this thread reads and turns into the
 * index in slices of a few milliseconds, answering questions in between. The worker has its own
 * memory limit: a file that would exhaust it fails the reload, not the bot. Where a worker cannot
 * start (an unusual runtime), the knowledge is prepared on the main thread as before, with a warning.
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { log } from '../core/log.js';
import { runInSlices, yieldToEventLoop } from '../core/time-slices.js';
import { restoreKnowledgeIndexAsync } from './knowledge-index.js';
import { unpackKnowledge } from './knowledge-parts.js';
import { prepareKnowledge, type PrepareOptions, type PreparedKnowledge, type PreparedParts } from './prepare-knowledge.js';

/** Heap limit of the loading worker. */
export const WORKER_HEAP_MB = 768;

/**
 * The worker script beside this module: the built .js as it is, or, when running from source
 * (tsx, the tests), a small loader that registers tsx in the worker first.
 */
function workerScript(): URL {
  const fromSource = import.meta.url.endsWith('.ts');
  const script = new URL(`./prepare-worker.${fromSource ? 'ts' : 'js'}`, import.meta.url);
  if (!fromSource) return script;
  // require.resolve finds the CommonJS build; the ES module build sits beside it.
  const tsx = pathToFileURL(
    createRequire(import.meta.url)
      .resolve('tsx/esm/api')
      .replace(/\.cjs$/, '.mjs'),
  ).href;
  const loader = `import { register } from ${JSON.stringify(tsx)};\nregister();\nawait import(${JSON.stringify(script.href)});\n`;
  return new URL(`data:text/javascript,${encodeURIComponent(loader)}`);
}

function runWorker(dir: string, options: PrepareOptions): Promise<PreparedParts> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerScript(), { workerData: { dir, options }, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
    let settled = false;
    worker.once('message', (prepared: PreparedParts) => {
      settled = true;
      resolve(prepared);
    });
    worker.once('error', (error) => {
      settled = true;
      reject(error);
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`the knowledge loader stopped with code ${code}`));
    });
  });
}

/** prepareKnowledge(dir, options), off the main thread. Knowledge that fails to load is a problem in the result, as there. */
export async function prepareKnowledgeOffThread(dir: string, options: PrepareOptions = {}): Promise<PreparedKnowledge> {
  let prepared: PreparedParts;
  try {
    prepared = await runWorker(dir, options);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ERR_WORKER_OUT_OF_MEMORY') {
      return {
        result: {
          files: [],
          problems: [
            {
              severity: 'error',
              file: dir,
              line: 1,
              column: 1,
              message: `loading the knowledge ran out of memory (the loader may use ${WORKER_HEAP_MB} MB)`,
              hint: 'a knowledge file is far too large: split it, or lower KNOWLEDGE_MAX_FILE_MB so it is refused with its name',
            },
          ],
        },
      };
    }
    log.warn('knowledge: could not load in a worker thread; loading on the main thread instead', {
      error: error instanceof Error ? error.message : String(error),
    });
    return prepareKnowledge(dir, options);
  }
  const { result, index } = await runInSlices(unpackKnowledge(prepared.parts));
  const { fromSnapshot } = prepared;
  if (!result.knowledge || !index) return { result, fromSnapshot };
  const restored = await restoreKnowledgeIndexAsync(result.knowledge, index);
  await yieldToEventLoop(); // the engine is made from it in a slice of its own
  return { result, index: restored, fromSnapshot };
}
