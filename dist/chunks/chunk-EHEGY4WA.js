import { createRequire as __evalwardenRequire } from 'node:module'; const require = __evalwardenRequire(import.meta.url);

// src/artifacts.ts
var SCHEMA_VERSION = 1;

export {
  SCHEMA_VERSION
};
