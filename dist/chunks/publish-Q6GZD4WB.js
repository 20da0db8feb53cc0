import { createRequire as __evalwardenRequire } from 'node:module'; const require = __evalwardenRequire(import.meta.url);
import {
  SITE_FLAGS,
  publish,
  publishConfigFrom,
  siteFromFlags
} from "./chunk-SZI4DEFQ.js";
import "./chunk-YYPB7KST.js";
import "./chunk-IFKRUCDA.js";
import "./chunk-K4ZSLQGV.js";
import "./chunk-3YUTJY5Q.js";
import "./chunk-UGJAAX3D.js";
import "./chunk-JZNM4QZ4.js";
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
