import { createRequire as __evalwardenRequire } from 'node:module'; const require = __evalwardenRequire(import.meta.url);
import {
  SITE_FLAGS,
  publish,
  publishConfigFrom,
  siteFromFlags
} from "./chunk-3ZSEMDVN.js";
import "./chunk-IQOXJ4OO.js";
import "./chunk-IFKRUCDA.js";
import "./chunk-K4ZSLQGV.js";
import "./chunk-GTNGMT7T.js";
import "./chunk-YNZO5WZ7.js";
import "./chunk-JMTJK7IG.js";
import "./chunk-IF6CH2OB.js";
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
