import { createRequire as __evalwardenRequire } from 'node:module'; const require = __evalwardenRequire(import.meta.url);
import {
  SITE_FLAGS,
  publish,
  publishConfigFrom,
  siteFromFlags
} from "./chunk-VN6VHPZW.js";
import "./chunk-XCCLIIPH.js";
import "./chunk-S7ESIRRL.js";
import "./chunk-2VLZMCIW.js";
import "./chunk-IFKRUCDA.js";
import "./chunk-U2SVOLPM.js";
import "./chunk-ZQG76XXK.js";
import "./chunk-USY4V3ED.js";
import "./chunk-FJGS3G7Z.js";
import "./chunk-QTR7GT5E.js";
export {
  SITE_FLAGS,
  publish,
  publishConfigFrom,
  siteFromFlags
};
