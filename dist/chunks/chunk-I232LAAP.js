import { createRequire as __evalwardenRequire } from 'node:module'; const require = __evalwardenRequire(import.meta.url);

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

export {
  gitOutput,
  gitContext
};
