import { createRequire as __evalwardenRequire } from 'node:module'; const require = __evalwardenRequire(import.meta.url);
import {
  packageRoot,
  packageVersion
} from "./chunk-ED67Y62A.js";
import "./chunk-QTR7GT5E.js";
export {
  packageRoot,
  packageVersion
};
