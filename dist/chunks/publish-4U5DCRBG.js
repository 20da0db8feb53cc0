import { createRequire as __evalwardenRequire } from 'node:module'; const require = __evalwardenRequire(import.meta.url);
import {
  SITE_FLAGS,
  publish,
  publishConfigFrom,
  siteFromFlags
} from "./chunk-XBEG7WXY.js";
import "./chunk-5TBZYMOH.js";
import "./chunk-IFKRUCDA.js";
import "./chunk-K4ZSLQGV.js";
import "./chunk-YL74PGRX.js";
import "./chunk-PN4T7GXN.js";
import "./chunk-KOOBHM4O.js";
import "./chunk-HIKGCEXC.js";
import "./chunk-IZL4XWKT.js";
import "./chunk-2UXU3PFN.js";
import "./chunk-SYQIWND2.js";
import "./chunk-QTR7GT5E.js";
export {
  SITE_FLAGS,
  publish,
  publishConfigFrom,
  siteFromFlags
};
