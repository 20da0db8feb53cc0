import { createRequire as __evalwardenRequire } from 'node:module'; const require = __evalwardenRequire(import.meta.url);
import {
  packageRoot,
  packageVersion
} from "./chunk-SYQIWND2.js";
import "./chunk-QTR7GT5E.js";
export {
  packageRoot,
  packageVersion
};
