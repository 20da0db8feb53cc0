import { createRequire as __evalwardenRequire } from 'node:module'; const require = __evalwardenRequire(import.meta.url);
import {
  compare
} from "./chunk-XHCNNMV2.js";
import "./chunk-AA3NHX3V.js";
import "./chunk-VHNV4MSZ.js";
import "./chunk-QU2LEME7.js";
import "./chunk-UCYXHRQB.js";
import "./chunk-2VLZMCIW.js";
import "./chunk-VRSQPXWG.js";
import "./chunk-FJGS3G7Z.js";
import "./chunk-QTR7GT5E.js";
export {
  compare
};
