import { createRequire as __evalwardenRequire } from 'node:module'; const require = __evalwardenRequire(import.meta.url);

// src/cli/command.ts
var EXIT = { ok: 0, failed: 1, error: 2 };

export {
  EXIT
};
