import { createRequire as __evalwardenRequire } from 'node:module'; const require = __evalwardenRequire(import.meta.url);
import {
  createBaselineRescorer
} from "./chunk-CASVHKP7.js";
import "./chunk-VJMVQTHA.js";
import "./chunk-ME7NFJKE.js";
import "./chunk-24BF4OQN.js";
import "./chunk-MLE2EUE3.js";
import "./chunk-5KS62O2Z.js";
import "./chunk-DENRS3T3.js";
import "./chunk-JF5I76B5.js";
import "./chunk-SYQIWND2.js";
import "./chunk-GDLDIX63.js";
import "./chunk-YBHHJ3RB.js";
import "./chunk-UA4HWNG3.js";
import "./chunk-BHQOCA2E.js";
import "./chunk-2UXU3PFN.js";
import "./chunk-QTR7GT5E.js";
export {
  createBaselineRescorer
};
