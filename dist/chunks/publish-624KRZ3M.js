import { createRequire as __evalwardenRequire } from 'node:module'; const require = __evalwardenRequire(import.meta.url);
import {
  SITE_FLAGS,
  publish,
  publishConfigFrom,
  siteFromFlags
} from "./chunk-BFOY3VB6.js";
import "./chunk-WD4NTK2K.js";
import "./chunk-IFKRUCDA.js";
import "./chunk-K4ZSLQGV.js";
import "./chunk-3VGHHRYX.js";
import "./chunk-DOIHSC7O.js";
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
