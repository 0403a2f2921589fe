/**
 * `npm run bench:launch`: only the last part of `npm run bench`, launch to first answer and
 * process-tree memory of each way of starting the bot (BENCH_LAUNCH_RUNS runs each, default 5;
 * BENCH_BEFORE_DIR for the old checkout to compare with; see bench-launch.ts).
 */
import { reportLaunches } from './bench-launch.js';

await reportLaunches(Number(process.env.BENCH_LAUNCH_RUNS ?? 5));
