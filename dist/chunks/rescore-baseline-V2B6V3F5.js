import { createRequire as __evalwardenRequire } from 'node:module'; const require = __evalwardenRequire(import.meta.url);
import {
  createBaselineRescorer
} from "./chunk-XVFSGUAC.js";
import "./chunk-MZGY26TT.js";
import "./chunk-PSXVX3MW.js";
import "./chunk-IZL4XWKT.js";
import "./chunk-MZFRBW5I.js";
import "./chunk-2UXU3PFN.js";
import "./chunk-SYQIWND2.js";
import "./chunk-QTR7GT5E.js";
export {
  createBaselineRescorer
};
