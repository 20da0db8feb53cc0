import { createRequire as __evalwardenRequire } from 'node:module'; const require = __evalwardenRequire(import.meta.url);
import {
  EvalwardenError
} from "./chunk-2UXU3PFN.js";

// src/publish/safe-segment.ts
import { createHash } from "node:crypto";
var MAX_LENGTH = 100;
function safeSegment(id) {
  let kept = "";
  for (const ch of id) kept += /^[A-Za-z0-9._-]$/.test(ch) ? ch : "_";
  kept = kept.replace(/^\.+/, "").slice(0, MAX_LENGTH);
  if (kept === "") {
    throw new EvalwardenError(
      `The id ${JSON.stringify(id.slice(0, 40))} has no character that can name a file.`,
      {
        hint: 'Use letters, digits, ".", "_" or "-" in run, model and task ids.'
      }
    );
  }
  if (kept === id) return kept;
  return `${kept}-${createHash("sha256").update(id).digest("hex").slice(0, 8)}`;
}
function publishedRunId(runId, model) {
  return safeSegment(`${runId}--${model}`);
}

export {
  safeSegment,
  publishedRunId
};
