import { createRequire as __evalwardenRequire } from 'node:module'; const require = __evalwardenRequire(import.meta.url);
import {
  createBaselineRescorer
} from "./chunk-UGJAAX3D.js";
import "./chunk-JZNM4QZ4.js";
import "./chunk-HIKGCEXC.js";
import "./chunk-IZL4XWKT.js";
import "./chunk-2UXU3PFN.js";
import "./chunk-SYQIWND2.js";
import "./chunk-QTR7GT5E.js";
export {
  createBaselineRescorer
};
