import { createRequire as __evalwardenRequire } from 'node:module'; const require = __evalwardenRequire(import.meta.url);
import {
  EvalwardenError
} from "./chunk-2UXU3PFN.js";

// src/run/user-paths.ts
import path from "node:path";
var SYSTEM_ROOTS = ["/proc", "/sys"];
function refuseSystemPath(folder, what) {
  const absolute = path.resolve(folder);
  const root = SYSTEM_ROOTS.find((r) => absolute === r || absolute.startsWith(`${r}/`));
  if (root)
    throw new EvalwardenError(`${what} ${absolute} is under ${root}, a kernel file system`, {
      hint: `choose a folder on disk for ${what}`
    });
}

export {
  refuseSystemPath
};
