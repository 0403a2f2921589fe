/**
 * The command-line interface:
 *   azsr ask [--json] [question…]   answer a question (with --json and no question: one per stdin line)
 *   azsr today [--date MM-DD]        the on-this-day facts
 *   azsr explain "question"          why it answered or declined (for moderators)
 *   azsr knowledge check [--sources DIR]   validate the knowledge files; with the source
 *                                    documents' texts, also check that no statement copies them
 */
import { existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { answerReply } from '../answer/answer-reply.js';
import type { Engine } from '../answer/engine.js';
import { findCommand } from '../../commands/index.js';
import { ConfigError, loadConfig, readDotenv } from '../config.js';
import { runCommand } from '../core/dispatch.js';
import { renderReplyText } from '../console/render-text.js';
import { formatCheckReport, formatProblem, summarizeProblems } from '../knowledge/format-problems.js';
import { checkOriginality, formatOriginalityReport, readSourceTexts } from '../knowledge/originality.js';
import { KnowledgeStore } from '../answer/knowledge-store.js';
import { answerJson } from '../answer/answer-json.js';
import { explain } from './explain.js';

const USAGE = `Usage:
  npm run --silent azsr -- ask [--json] "when did Aliyev visit Niš"
  npm run --silent azsr -- today [--date MM-DD]
  npm run --silent azsr -- explain "question"
  npm run --silent azsr -- knowledge check [--sources DIR]`;

function openStore(knowledgeDir: string): KnowledgeStore {
  const store = new KnowledgeStore(knowledgeDir);
  const outcome = store.reload();
  if (!outcome.ok) {
    for (const problem of outcome.problems.filter((p) => p.severity === 'error')) console.error(formatProblem(problem));
    console.error(`azsr: the knowledge in ${knowledgeDir} has errors (${summarizeProblems(outcome.problems)}); run "npm run knowledge:check".`);
    process.exit(1);
  }
  return store;
}

async function ask(engine: Engine, args: string[]): Promise<void> {
  const json = args.includes('--json');
  const question = args.filter((a) => a !== '--json').join(' ');
  if (json && question === '') {
    const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
    for await (const line of lines) process.stdout.write(`${JSON.stringify(answerJson(engine, line))}\n`);
    return;
  }
  if (json) {
    process.stdout.write(`${JSON.stringify(answerJson(engine, question))}\n`);
    return;
  }
  console.log(renderReplyText(answerReply(engine, engine.ask(question))));
}

/**
 * Validates the knowledge folder as the bot would; every problem at once, non-zero exit on errors.
 * With `--sources DIR` (the documents' texts), also fails on statements copied from them.
 */
function knowledgeCheck(knowledgeDir: string, maxFileBytes: number, args: string[]): void {
  const at = args.indexOf('--sources');
  const sourcesDir = at >= 0 ? args[at + 1] : undefined;
  if (at >= 0 && (!sourcesDir || !existsSync(sourcesDir))) {
    console.error(`azsr: --sources needs a folder with the source documents' texts${sourcesDir ? `; "${sourcesDir}" does not exist` : ''}`);
    process.exit(2);
  }
  const store = new KnowledgeStore(knowledgeDir, { maxFileBytes });
  const outcome = store.reload();
  console.log(formatCheckReport(outcome));
  if (!outcome.ok) process.exit(1);
  if (!sourcesDir) return;
  const documents = readSourceTexts(sourcesDir);
  const result = checkOriginality(store.engine().knowledge.facts, documents);
  console.log(`\n${formatOriginalityReport(result, documents)}`);
  if (result.problems.length > 0) process.exit(1);
}

async function main(argv: string[]): Promise<void> {
  readDotenv();
  const config = loadConfig(process.env);
  const [verb, ...rest] = argv;
  switch (verb) {
    case 'ask':
      await ask(openStore(config.knowledgeDir).engine(), rest);
      return;
    case 'today': {
      const store = openStore(config.knowledgeDir);
      const dateIndex = rest.indexOf('--date');
      const date = dateIndex >= 0 ? rest[dateIndex + 1] : undefined;
      const command = findCommand('azsr-today')!;
      const reply = await runCommand(
        command,
        {
          platform: 'console',
          user: { id: 'cli', isModerator: true },
          place: {},
          services: { engine: () => store.engine(), now: () => new Date(), timeZone: config.daily.timeZone },
        },
        { date },
      );
      console.log(renderReplyText(reply));
      if (reply.kind === 'error') process.exit(1);
      return;
    }
    case 'explain':
      console.log(explain(openStore(config.knowledgeDir).engine(), rest.join(' ')));
      return;
    case 'knowledge':
      if (rest[0] === 'check') return knowledgeCheck(config.knowledgeDir, config.knowledgeMaxFileBytes, rest.slice(1));
      break;
    default:
      break;
  }
  console.error(USAGE);
  process.exit(2);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
