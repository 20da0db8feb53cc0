import { createRequire as __evalwardenRequire } from 'node:module'; const require = __evalwardenRequire(import.meta.url);

// src/package-root.ts
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
function packageRoot() {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (; ; ) {
    const manifest = path.join(dir, "package.json");
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, "utf8")).name === "evalwarden")
      return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error("cannot find the evalwarden package root");
    dir = parent;
  }
}
function packageVersion() {
  return JSON.parse(readFileSync(path.join(packageRoot(), "package.json"), "utf8")).version;
}

export {
  packageRoot,
  packageVersion
};
