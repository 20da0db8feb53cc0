import { createRequire as __evalwardenRequire } from 'node:module'; const require = __evalwardenRequire(import.meta.url);
import {
  SITE_FLAGS,
  publish,
  publishConfigFrom,
  siteFromFlags
} from "./chunk-54ZQYITW.js";
import "./chunk-CBDWGYCA.js";
import "./chunk-IFKRUCDA.js";
import "./chunk-K4ZSLQGV.js";
import "./chunk-O7N3IYKO.js";
import "./chunk-ERMZRHEB.js";
import "./chunk-JZNM4QZ4.js";
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
