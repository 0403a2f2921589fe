import { slackHttpFrontEnd } from './drivers/slack.js';
import { runContract } from './run-contract.js';

runContract(slackHttpFrontEnd);
