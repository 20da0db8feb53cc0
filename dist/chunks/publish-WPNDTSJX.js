import { createRequire as __evalwardenRequire } from 'node:module'; const require = __evalwardenRequire(import.meta.url);
import {
  SITE_FLAGS,
  publish,
  publishConfigFrom,
  siteFromFlags
} from "./chunk-NFCEFLR6.js";
import "./chunk-JXFNPDJY.js";
import "./chunk-GHTKI7IL.js";
import "./chunk-7I2KSGLB.js";
import "./chunk-IFKRUCDA.js";
import "./chunk-CC7CSC57.js";
import "./chunk-MYWPX2WB.js";
import "./chunk-USY4V3ED.js";
import "./chunk-2UXU3PFN.js";
import "./chunk-QTR7GT5E.js";
export {
  SITE_FLAGS,
  publish,
  publishConfigFrom,
  siteFromFlags
};
