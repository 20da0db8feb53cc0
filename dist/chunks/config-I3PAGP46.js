import { createRequire as __evalwardenRequire } from 'node:module'; const require = __evalwardenRequire(import.meta.url);
import {
  displayPath,
  loadConfig,
  parseConfig,
  scorerConfig
} from "./chunk-FREVW6DQ.js";
import "./chunk-E47XKOZT.js";
import "./chunk-DENRS3T3.js";
import "./chunk-JF5I76B5.js";
import "./chunk-ED67Y62A.js";
import "./chunk-USY4V3ED.js";
import "./chunk-FJGS3G7Z.js";
import "./chunk-QTR7GT5E.js";
export {
  displayPath,
  loadConfig,
  parseConfig,
  scorerConfig
};
