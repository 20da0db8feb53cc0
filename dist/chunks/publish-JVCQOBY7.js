import { createRequire as __evalwardenRequire } from 'node:module'; const require = __evalwardenRequire(import.meta.url);
import {
  SITE_FLAGS,
  publish,
  publishConfigFrom,
  siteFromFlags
} from "./chunk-YJM24KJV.js";
import "./chunk-3BJZWOAB.js";
import "./chunk-IFKRUCDA.js";
import "./chunk-K4ZSLQGV.js";
import "./chunk-PWM23QNA.js";
import "./chunk-XVFSGUAC.js";
import "./chunk-MZGY26TT.js";
import "./chunk-PSXVX3MW.js";
import "./chunk-IZL4XWKT.js";
import "./chunk-MZFRBW5I.js";
import "./chunk-2UXU3PFN.js";
import "./chunk-SYQIWND2.js";
import "./chunk-QTR7GT5E.js";
export {
  SITE_FLAGS,
  publish,
  publishConfigFrom,
  siteFromFlags
};
