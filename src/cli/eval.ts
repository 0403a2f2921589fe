/**
 * `npm run eval -- FILE…`: scores the bot on question files and lists the misses.
 * `npm run eval -- --calibrate FIT.yaml… --check CHECK.yaml…`: picks the decline threshold that
 * does best on the fitting files and shows how it does on the check files.
 */
import { parseArgs } from 'node:util';
import { loadConfig, readDotenv } from '../config.js';
import { KnowledgeStore } from '../answer/knowledge-store.js';
import { calibrate, formatCalibration } from '../eval/calibrate.js';
import { formatScore, readQuestions, scoreQuestions } from '../eval/score.js';

readDotenv();
const { values, positionals } = parseArgs({ allowPositionals: true, options: { calibrate: { type: 'boolean' }, check: { type: 'string', multiple: true } } });
if (positionals.length === 0) {
  console.error(
    'Usage: npm run eval -- QUESTIONS.yaml [MORE.yaml …]\n       npm run eval -- --calibrate FIT.yaml [MORE.yaml …] --check CHECK.yaml [--check MORE.yaml …]',
  );
  process.exit(2);
}
const store = new KnowledgeStore(loadConfig(process.env).knowledgeDir);
if (!store.reload().ok) {
  console.error('azsr: the knowledge has errors; run "npm run knowledge:check".');
  process.exit(1);
}
if (values.calibrate) {
  const fit = positionals.flatMap(readQuestions);
  const check = (values.check ?? []).flatMap(readQuestions);
  console.log(`fitting set: ${positionals.join(', ')} (${fit.length} questions); check set: ${(values.check ?? []).join(', ') || 'none'} (${check.length})`);
  console.log(formatCalibration(calibrate(store.engine().knowledge, fit, check)));
} else {
  for (const file of positionals) {
    console.log(`== ${file}`);
    console.log(formatScore(scoreQuestions(store.engine(), readQuestions(file))));
  }
}
