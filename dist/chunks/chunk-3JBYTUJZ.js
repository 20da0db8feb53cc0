import { createRequire as __evalwardenRequire } from 'node:module'; const require = __evalwardenRequire(import.meta.url);
import {
  RESULT_FILES,
  resultFiles
} from "./chunk-C2WFRSKD.js";
import {
  scrubber,
  secretValues
} from "./chunk-ME7NFJKE.js";
import {
  SCHEMA_VERSION,
  scoreFacts,
  summarize
} from "./chunk-24BF4OQN.js";
import {
  buildPlan,
  countUnits
} from "./chunk-MLE2EUE3.js";
import {
  loadConfig
} from "./chunk-5KS62O2Z.js";
import {
  refuseSystemPath
} from "./chunk-FUA2BFNS.js";
import {
  readRecords,
  recordKey,
  writeFileAtomic,
  writeRecordsFile
} from "./chunk-WL6NDTXN.js";
import {
  DataError,
  EvalwardenError
} from "./chunk-2UXU3PFN.js";

// src/run/merge.ts
import { readdir, readFile, mkdir } from "node:fs/promises";
import { existsSync } from "node:fs";
import path from "node:path";
async function mergeShards(options) {
  const folders = await findShardFolders(options.shardDirs);
  if (folders.length === 0) {
    throw new EvalwardenError(`no shard results found in ${options.shardDirs.join(", ")}`, {
      hint: "each shard folder holds run.json and records.jsonl, as `evalwarden run --shard i/N` writes them"
    });
  }
  const infos = await Promise.all(folders.map(async (dir) => ({ dir, info: await readInfo(dir) })));
  infos.sort((a, b) => (a.info.shard?.index ?? 0) - (b.info.shard?.index ?? 0) || (a.dir < b.dir ? -1 : 1));
  const first = infos[0].info;
  for (const { dir, info: info2 } of infos) {
    if (info2.config_hash !== first.config_hash || info2.suite !== first.suite) {
      throw new DataError(
        { file: path.join(dir, RESULT_FILES.run) },
        `shard ran config ${info2.config_hash} / suite ${info2.suite}, the first one ${first.config_hash} / ${first.suite}`,
        {
          hint: "merge only the shards of one run (same config, suite and datasets)"
        }
      );
    }
    const hashes = (i) => i.datasets.map((d) => `${d.task}:${d.sha256}`).sort().join(",");
    if (hashes(info2) !== hashes(first))
      throw new DataError(
        { file: path.join(dir, RESULT_FILES.run) },
        "shard read different datasets from the first shard"
      );
  }
  const counts = new Set(infos.map((i) => i.info.shard?.count ?? 1));
  if (counts.size > 1) throw new EvalwardenError(`shards of different splits: ${[...counts].join(", ")}`);
  const loaded = await loadConfig(options.configPath, { env: options.env });
  const models = first.models.map((m) => ({ id: m.model }));
  const plan = await buildPlan(loaded, {
    suite: first.suite,
    models,
    maxItems: options.maxItems,
    cacheDir: path.resolve(loaded.dir, loaded.config.run.cache.dir)
  });
  const runId = first.run_id;
  const latest = /* @__PURE__ */ new Map();
  for (const { dir } of infos) {
    for await (const record of readRecords(resultFiles(dir).records))
      latest.set(recordKey(record), { ...record, run_id: runId });
  }
  const ordered = inPlanOrder(plan, latest);
  const facts = ordered.map(scoreFacts);
  const planned = countUnits(plan);
  const complete = infos.every((i) => i.info.stopped_reason === null) && facts.length === planned && facts.every((f) => f.score !== null || f.error !== null);
  const status = complete ? "complete" : "partial";
  const summary = summarize({
    runId,
    plan,
    models: plan.models.map((config) => ({ config, servedModel: config.model })),
    facts,
    status
  });
  const times = infos.map((i) => i.info);
  const info = {
    ...first,
    models: first.models.map((m) => ({
      ...m,
      cache: mergeCacheUse(times.map((t) => t.models.find((s) => s.model === m.model)?.cache))
    })),
    schema_version: SCHEMA_VERSION,
    run_id: runId,
    datasets: plan.tasks.map((t) => t.dataset),
    shard: null,
    started_at: times.map((t) => t.started_at).sort()[0],
    finished_at: times.some((t) => t.finished_at === null) ? null : times.map((t) => t.finished_at).sort().at(-1),
    status,
    stopped_reason: times.map((t) => t.stopped_reason).find((r) => r !== null) ?? null,
    counts: {
      planned,
      done: facts.length,
      errors: facts.filter((f) => f.error !== null).length,
      requests: times.reduce((a, t) => a + t.counts.requests, 0),
      cached: times.reduce((a, t) => a + t.counts.cached, 0)
    }
  };
  refuseSystemPath(options.outDir, "--out");
  await mkdir(options.outDir, { recursive: true });
  const files = resultFiles(options.outDir);
  const scrub = scrubber(secretValues(loaded.config.models, options.env));
  await writeRecordsFile(files.records, ordered, scrub);
  await writeFileAtomic(files.summary, scrub(`${JSON.stringify(summary, null, 2)}
`));
  await writeFileAtomic(files.run, scrub(`${JSON.stringify(info, null, 2)}
`));
  return { outDir: options.outDir, shards: infos.length, records: latest.size, summary, info };
}
function inPlanOrder(plan, records) {
  const ordered = [];
  const seen = /* @__PURE__ */ new Set();
  for (const model of plan.models) {
    for (const task of plan.tasks) {
      for (const item of task.items) {
        for (let sample = 0; sample < task.samples; sample++) {
          const key = recordKey({ model: model.id, task: task.id, item_id: item.id, sample });
          const record = records.get(key);
          if (record) {
            ordered.push(record);
            seen.add(key);
          }
        }
      }
    }
  }
  for (const [key, record] of records) if (!seen.has(key)) ordered.push(record);
  return ordered;
}
async function findShardFolders(dirs) {
  const found = [];
  for (const dir of dirs) {
    if (existsSync(path.join(dir, RESULT_FILES.run))) {
      found.push(dir);
      continue;
    }
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      const sub = path.join(dir, entry.name);
      if (entry.isDirectory() && existsSync(path.join(sub, RESULT_FILES.run))) found.push(sub);
    }
  }
  return [...new Set(found.map((d) => path.resolve(d)))];
}
async function readInfo(dir) {
  const file = path.join(dir, RESULT_FILES.run);
  try {
    return JSON.parse(await readFile(file, "utf8"));
  } catch (cause) {
    throw new DataError({ file }, "cannot read run.json", { cause });
  }
}
function mergeCacheUse(uses) {
  const known = uses.filter((u) => u !== null && u !== void 0);
  if (known.length === 0) return null;
  const counted = known.flatMap((u) => u.canaries ? [u.canaries] : []);
  return {
    used: known.every((u) => u.used),
    note: [...new Set(known.map((u) => u.note))].join("; "),
    canaries: counted.length === 0 ? null : {
      asked: counted.reduce((a, c) => a + c.asked, 0),
      differ: counted.reduce((a, c) => a + c.differ, 0),
      failed: counted.reduce((a, c) => a + c.failed, 0)
    }
  };
}

export {
  mergeShards
};
