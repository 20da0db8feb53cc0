import { createRequire as __evalwardenRequire } from 'node:module'; const require = __evalwardenRequire(import.meta.url);
import {
  SITE_FLAGS,
  publish,
  publishConfigFrom,
  siteFromFlags
} from "./chunk-OOUNAEBB.js";
import "./chunk-C3CVCUWG.js";
import "./chunk-IFKRUCDA.js";
import "./chunk-K4ZSLQGV.js";
import "./chunk-XE6WEP2P.js";
import "./chunk-3M4WYI2A.js";
import "./chunk-MZGY26TT.js";
import "./chunk-3AZOIU6M.js";
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
