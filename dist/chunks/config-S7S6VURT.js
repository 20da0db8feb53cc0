import { createRequire as __evalwardenRequire } from 'node:module'; const require = __evalwardenRequire(import.meta.url);
import {
  baseCommitConfig,
  displayPath,
  loadConfig,
  locate,
  parseConfig,
  parseLocated,
  scorerConfig,
  secretVariables
} from "./chunk-36CHZPWI.js";
import "./chunk-MZFRBW5I.js";
import "./chunk-2UXU3PFN.js";
import "./chunk-SYQIWND2.js";
import "./chunk-QTR7GT5E.js";
export {
  baseCommitConfig,
  displayPath,
  loadConfig,
  locate,
  parseConfig,
  parseLocated,
  scorerConfig,
  secretVariables
};
