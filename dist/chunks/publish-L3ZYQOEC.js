import { createRequire as __evalwardenRequire } from 'node:module'; const require = __evalwardenRequire(import.meta.url);
import {
  SITE_FLAGS,
  publish,
  publishConfigFrom,
  siteFromFlags
} from "./chunk-X4YIKPLA.js";
import "./chunk-JSO7QVO5.js";
import "./chunk-GHTKI7IL.js";
import "./chunk-2VLZMCIW.js";
import "./chunk-IFKRUCDA.js";
import "./chunk-CC7CSC57.js";
import "./chunk-WLDSHAP3.js";
import "./chunk-USY4V3ED.js";
import "./chunk-2UXU3PFN.js";
import "./chunk-QTR7GT5E.js";
export {
  SITE_FLAGS,
  publish,
  publishConfigFrom,
  siteFromFlags
};
