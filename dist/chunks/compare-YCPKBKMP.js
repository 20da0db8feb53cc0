import { createRequire as __evalwardenRequire } from 'node:module'; const require = __evalwardenRequire(import.meta.url);
import {
  compare
} from "./chunk-M27K62CT.js";
import "./chunk-IHHMICDG.js";
import "./chunk-WI6PVB53.js";
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
