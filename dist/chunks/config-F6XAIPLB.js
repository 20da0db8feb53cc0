import { createRequire as __evalwardenRequire } from 'node:module'; const require = __evalwardenRequire(import.meta.url);
import {
  displayPath,
  loadConfig,
  locate,
  parseConfig,
  parseLocated,
  scorerConfig,
  secretVariables
} from "./chunk-IF6CH2OB.js";
import "./chunk-MZFRBW5I.js";
import "./chunk-2UXU3PFN.js";
import "./chunk-SYQIWND2.js";
import "./chunk-QTR7GT5E.js";
export {
  displayPath,
  loadConfig,
  locate,
  parseConfig,
  parseLocated,
  scorerConfig,
  secretVariables
};
