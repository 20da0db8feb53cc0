import { createRequire as __evalwardenRequire } from 'node:module'; const require = __evalwardenRequire(import.meta.url);
import {
  createBaselineRescorer
} from "./chunk-XIKQF6ZA.js";
import "./chunk-BXRWL2FL.js";
import "./chunk-SAR73WSV.js";
import "./chunk-VDYPHXR2.js";
import "./chunk-PRMXNDOO.js";
import "./chunk-BHQOCA2E.js";
import "./chunk-DENRS3T3.js";
import "./chunk-JF5I76B5.js";
import "./chunk-SYQIWND2.js";
import "./chunk-XINLANYU.js";
import "./chunk-USY4V3ED.js";
import "./chunk-2UXU3PFN.js";
import "./chunk-QTR7GT5E.js";
export {
  createBaselineRescorer
};
