/** `npm run eval -- FILE…`: scores the bot on question files and lists the misses. */
import { loadConfig, readDotenv } from '../config.js';
import { KnowledgeStore } from '../knowledge/store.js';
import { formatScore, readQuestions, scoreQuestions } from '../eval/score.js';

readDotenv();
const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('Usage: npm run eval -- QUESTIONS.yaml [MORE.yaml …]');
  process.exit(2);
}
const store = new KnowledgeStore(loadConfig(process.env).knowledgeDir);
if (!store.reload().ok) {
  console.error('azsr: the knowledge has errors; run "npm run knowledge:check".');
  process.exit(1);
}
for (const file of files) {
  console.log(`== ${file}`);
  console.log(formatScore(scoreQuestions(store.engine(), readQuestions(file))));
}
