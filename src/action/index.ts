// The Action's entry: GitHub runs `node dist/index.js`. Everything is in main.ts, for tests.
import { run } from './main.js';

void run();
