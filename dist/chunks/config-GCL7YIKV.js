import { createRequire as __evalwardenRequire } from 'node:module'; const require = __evalwardenRequire(import.meta.url);
import {
  displayPath,
  loadConfig,
  parseConfig,
  scorerConfig
} from "./chunk-5KS62O2Z.js";
import "./chunk-DENRS3T3.js";
import "./chunk-JF5I76B5.js";
import "./chunk-SYQIWND2.js";
import "./chunk-UA4HWNG3.js";
import "./chunk-BHQOCA2E.js";
import "./chunk-2UXU3PFN.js";
import "./chunk-QTR7GT5E.js";
export {
  displayPath,
  loadConfig,
  parseConfig,
  scorerConfig
};
