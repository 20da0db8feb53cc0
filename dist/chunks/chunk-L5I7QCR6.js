import { createRequire as __evalwardenRequire } from 'node:module'; const require = __evalwardenRequire(import.meta.url);
import {
  EvalwardenError
} from "./chunk-2UXU3PFN.js";

// src/entry/heap-guard.ts
import v8 from "node:v8";
import vm from "node:vm";
var YOUNG_CAP_BYTES = 32 * 1024 * 1024;
function createHeapGuard(options) {
  let count = 0;
  let threshold = options.floorBytes;
  let youngCapped = false;
  return () => {
    count++;
    if (!youngCapped && count % 10 === 0) youngCapped = capYoungGeneration();
    if (count % options.everyRecords !== 0) return;
    if (v8.getHeapStatistics().used_heap_size < threshold) return;
    collect("regular");
    threshold = Math.max(options.floorBytes, v8.getHeapStatistics().used_heap_size * 1.25);
  };
}
function capYoungGeneration() {
  const young = v8.getHeapSpaceStatistics().find((s) => s.space_name === "new_space")?.space_size ?? 0;
  if (young < YOUNG_CAP_BYTES) return false;
  if (young > 2 * YOUNG_CAP_BYTES) {
    collect("last-resort");
    return false;
  }
  v8.setFlagsFromString("--semi-space-growth-factor=1");
  return true;
}
var exposedGc;
function collect(flavor) {
  if (!exposedGc) {
    v8.setFlagsFromString("--expose-gc");
    exposedGc = vm.runInNewContext("gc");
  }
  exposedGc({ type: "major", execution: "sync", flavor });
}
function heapGuardFromEnv(env) {
  if (env.EVALWARDEN_HEAP_GUARD === "off") return void 0;
  return createHeapGuard({ floorBytes: 128 * 1024 * 1024, everyRecords: 100 });
}

// src/entry/model-picks.ts
var MODEL_PICK = /^([A-Za-z0-9][A-Za-z0-9._-]{0,127})(?:=([^@]+)(?:@(https?:\/\/\S+))?)?$/;
function parseModelPicks(specs) {
  return specs.map((spec) => {
    const match = MODEL_PICK.exec(spec);
    if (!match)
      throw new EvalwardenError(`model "${spec}" is not ID, ID=SERVED_MODEL or ID=SERVED_MODEL@BASE_URL`, {
        hint: "e.g. cand, cand=my-org/ckpt-5000 or cand=my-org/ckpt-5000@http://gpu-1:8000/v1"
      });
    const [, id, served, baseUrl] = match;
    return { id, ...served ? { served } : {}, ...baseUrl ? { baseUrl } : {} };
  });
}

// src/entry/git-context.ts
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
function gitOutput(cwd, ...args) {
  try {
    return execFileSync("git", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim() || null;
  } catch {
    return null;
  }
}
function gitContext(env, cwd) {
  if (env.GITHUB_ACTIONS === "true") {
    let pr = null;
    let baseSha = null;
    try {
      const event = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH ?? "", "utf8"));
      pr = event.pull_request?.number ?? null;
      baseSha = event.pull_request?.base.sha ?? null;
    } catch {
    }
    return {
      sha: env.GITHUB_SHA ?? null,
      ref: env.GITHUB_REF ?? null,
      branch: env.GITHUB_HEAD_REF || env.GITHUB_REF_NAME || null,
      repository: env.GITHUB_REPOSITORY ?? null,
      pr,
      event: env.GITHUB_EVENT_NAME ?? null,
      base_ref: env.GITHUB_BASE_REF || null,
      base_sha: baseSha
    };
  }
  const [sha = null, branch = null] = gitOutput(cwd, "rev-parse", "HEAD", "--abbrev-ref", "HEAD")?.split("\n") ?? [];
  return {
    sha,
    ref: branch && branch !== "HEAD" ? `refs/heads/${branch}` : null,
    branch: branch === "HEAD" ? null : branch,
    repository: null,
    pr: null,
    event: null,
    base_ref: null,
    base_sha: null
  };
}

// src/entry/file-at-commit.ts
import path from "node:path";
function fileAtCommit(file, sha) {
  const dir = path.dirname(file);
  if (!gitOutput(dir, "rev-parse", "--verify", "--quiet", `${sha}^{commit}`)) return void 0;
  const prefix = gitOutput(dir, "rev-parse", "--show-prefix") ?? "";
  return gitOutput(dir, "show", `${sha}:${prefix}${path.basename(file)}`);
}

export {
  heapGuardFromEnv,
  parseModelPicks,
  gitOutput,
  gitContext,
  fileAtCommit
};
