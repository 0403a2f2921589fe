import { consoleFrontEnd } from './drivers/console.js';
import { runContract } from './run-contract.js';

runContract(consoleFrontEnd);
