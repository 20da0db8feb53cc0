// The door of src/entry/: what other modules may use.
export { heapGuardFromEnv } from './heap-guard.js';
export { parseModelPicks } from './model-picks.js';
export { gitContext, gitOutput } from './git-context.js';
export { fileAtCommit } from './file-at-commit.js';
