import { createRequire as __evalwardenRequire } from 'node:module'; const require = __evalwardenRequire(import.meta.url);
import {
  SITE_FLAGS,
  publish,
  publishConfigFrom,
  siteFromFlags
} from "./chunk-3XRZGDDW.js";
import "./chunk-QPGUV2G6.js";
import "./chunk-GHTKI7IL.js";
import "./chunk-IFKRUCDA.js";
import "./chunk-ME7NFJKE.js";
import "./chunk-JF5I76B5.js";
import "./chunk-K4ZSLQGV.js";
import "./chunk-WL6NDTXN.js";
import "./chunk-UA4HWNG3.js";
import "./chunk-2UXU3PFN.js";
import "./chunk-QTR7GT5E.js";
export {
  SITE_FLAGS,
  publish,
  publishConfigFrom,
  siteFromFlags
};
