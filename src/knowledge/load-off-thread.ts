/**
 * Reading and validating the knowledge in a worker thread, so a question asked during a reload is
 * answered at once instead of waiting for seconds of YAML parsing. The worker has its own memory
 * limit: a file that would exhaust it fails the reload, not the bot. Where a worker cannot start
 * (an unusual runtime), the folder is loaded on the main thread as before, with a warning.
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { log } from '../core/log.js';
import { loadKnowledge, type LoadResult } from './load.js';
import type { KnowledgeReadOptions } from './read-file.js';

/** Heap limit of the loading worker. */
export const WORKER_HEAP_MB = 768;

/**
 * The worker script beside this module: the built .js as it is, or, when running from source
 * (tsx, the tests), a small loader that registers tsx in the worker first.
 */
function workerScript(): URL {
  const fromSource = import.meta.url.endsWith('.ts');
  const script = new URL(`./load-worker.${fromSource ? 'ts' : 'js'}`, import.meta.url);
  if (!fromSource) return script;
  // require.resolve finds the CommonJS build; the ES module build sits beside it.
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
  const loader = `import { register } from ${JSON.stringify(tsx)};\nregister();\nawait import(${JSON.stringify(script.href)});\n`;
  return new URL(`data:text/javascript,${encodeURIComponent(loader)}`);
}

function runWorker(dir: string, options: KnowledgeReadOptions): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerScript(), { workerData: { dir, options }, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
    let settled = false;
    worker.once('message', (result: LoadResult) => { settled = true; resolve(result); });
    worker.once('error', (error) => { settled = true; reject(error); });
    worker.once('exit', (code) => { if (!settled) reject(new Error(`the knowledge loader stopped with code ${code}`)); });
  });
}

/** loadKnowledge(dir, options), off the main thread. Never rejects: a failure is a problem in the result. */
export async function loadKnowledgeOffThread(dir: string, options: KnowledgeReadOptions = {}): Promise<LoadResult> {
  try {
    return await runWorker(dir, options);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ERR_WORKER_OUT_OF_MEMORY') {
      return { files: [], problems: [{
        severity: 'error', file: dir, line: 1, column: 1,
        message: `loading the knowledge ran out of memory (the loader may use ${WORKER_HEAP_MB} MB)`,
        hint: 'a knowledge file is far too large: split it, or lower KNOWLEDGE_MAX_FILE_MB so it is refused with its name',
      }] };
    }
    log.warn('knowledge: could not load in a worker thread; loading on the main thread instead', { error: error instanceof Error ? error.message : String(error) });
    return loadKnowledge(dir, options);
  }
}
