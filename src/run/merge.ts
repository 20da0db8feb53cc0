import { readdir, readFile, mkdir } from 'node:fs/promises';
import { writeFileAtomic } from './atomic-write.js';
import { refuseSystemPath } from './user-paths.js';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { CacheUse, EvalRecord, RunInfo } from '../artifacts.js';
import { SCHEMA_VERSION } from '../artifacts.js';
import { loadConfig } from '../config/index.js';
import { scrubber, secretValues } from '../model/index.js';
import { DataError, EvalwardenError } from '../errors.js';
import { RESULT_FILES, resultFiles } from './pipeline.js';
import { buildPlan, countUnits, type Plan } from './plan.js';
import { readRecords, recordKey, writeRecordsFile } from './records-file.js';
import { scoreFacts, summarize } from './summarize.js';
import type { Summary } from '../artifacts.js';

export interface MergeOptions {
  /** The config the shards ran (the plan is rebuilt from it to summarise the whole). */
  configPath: string;
  /**
   * Shard results folders, or folders holding them one level down (what
   * actions/download-artifact writes for several artifacts).
   */
  shardDirs: string[];
  outDir: string;
  /** Must match what the shards were run with. */
  maxItems?: number;
  env: Record<string, string | undefined>;
}

export interface MergeResult {
  outDir: string;
  shards: number;
  records: number;
  summary: Summary;
  info: RunInfo;
}

/**
 * Combines the partial results folders of `shard: i/N` runs into one results folder, as if one
 * runner had done the work: records concatenated (the latest line per key wins, as on resume),
 * the summary recomputed over the whole plan, run.json merged. Shards must come from one config
 * and one set of datasets, else the merge stops: mixing them would pair items that differ.
 */
export async function mergeShards(options: MergeOptions): Promise<MergeResult> {
  const folders = await findShardFolders(options.shardDirs);
  if (folders.length === 0) {
    throw new EvalwardenError(`no shard results found in ${options.shardDirs.join(', ')}`, {
      hint: 'each shard folder holds run.json and records.jsonl, as `evalwarden run --shard i/N` writes them',
    });
  }
  const infos = await Promise.all(folders.map(async (dir) => ({ dir, info: await readInfo(dir) })));
  infos.sort((a, b) => (a.info.shard?.index ?? 0) - (b.info.shard?.index ?? 0) || (a.dir < b.dir ? -1 : 1));
  const first = infos[0].info;
  for (const { dir, info } of infos) {
    if (info.config_hash !== first.config_hash || info.suite !== first.suite) {
      throw new DataError(
        { file: path.join(dir, RESULT_FILES.run) },
        `shard ran config ${info.config_hash} / suite ${info.suite}, the first one ${first.config_hash} / ${first.suite}`,
        {
          hint: 'merge only the shards of one run (same config, suite and datasets)',
        },
      );
    }
    const hashes = (i: RunInfo) =>
      i.datasets
        .map((d) => `${d.task}:${d.sha256}`)
        .sort()
        .join(',');
    if (hashes(info) !== hashes(first))
      throw new DataError(
        { file: path.join(dir, RESULT_FILES.run) },
        'shard read different datasets from the first shard',
      );
  }
  const counts = new Set(infos.map((i) => i.info.shard?.count ?? 1));
  if (counts.size > 1) throw new EvalwardenError(`shards of different splits: ${[...counts].join(', ')}`);

  const loaded = await loadConfig(options.configPath, { env: options.env });
  const plan = asTheShardsRan(
    await buildPlan(loaded, {
      suite: first.suite,
      models: first.models.map((m) => ({ id: m.model, served: m.served_model })),
      maxItems: options.maxItems,
      cacheDir: path.resolve(loaded.dir, loaded.config.run.cache.dir),
    }),
    first.models,
  );
  const runId = first.run_id;
  const latest = new Map<string, EvalRecord>();
  for (const { dir } of infos) {
    // Each record keeps its own line: only the run id becomes the merged run's.
    for await (const record of readRecords(resultFiles(dir).records))
      latest.set(recordKey(record), { ...record, run_id: runId });
  }
  const ordered = inPlanOrder(plan, latest);
  const facts = ordered.map(scoreFacts);
  const planned = countUnits(plan);
  const complete =
    infos.every((i) => i.info.stopped_reason === null) &&
    facts.length === planned &&
    facts.every((f) => f.score !== null || f.error !== null);
  const status = complete ? 'complete' : 'partial';
  const summary = summarize({
    runId,
    plan,
    models: plan.models.map((config) => ({ config, servedModel: config.model })),
    facts,
    status,
  });
  const times = infos.map((i) => i.info);
  const info: RunInfo = {
    ...first,
    models: first.models.map((m) => ({
      ...m,
      cache: mergeCacheUse(times.map((t) => t.models.find((s) => s.model === m.model)?.cache)),
    })),
    schema_version: SCHEMA_VERSION,
    run_id: runId,
    datasets: plan.tasks.map((t) => t.dataset),
    shard: null,
    started_at: times.map((t) => t.started_at).sort()[0],
    finished_at: times.some((t) => t.finished_at === null)
      ? null
      : times
          .map((t) => t.finished_at as string)
          .sort()
          .at(-1)!,
    status,
    stopped_reason: times.map((t) => t.stopped_reason).find((r) => r !== null) ?? null,
    counts: {
      planned,
      done: facts.length,
      errors: facts.filter((f) => f.error !== null).length,
      requests: times.reduce((a, t) => a + t.counts.requests, 0),
      cached: times.reduce((a, t) => a + t.counts.cached, 0),
    },
  };
  refuseSystemPath(options.outDir, '--out');
  await mkdir(options.outDir, { recursive: true });
  const files = resultFiles(options.outDir);
  const scrub = scrubber(secretValues(loaded.config.models, options.env, loaded.secretVariables));
  await writeRecordsFile(files.records, ordered, scrub);
  await writeFileAtomic(files.summary, scrub(`${JSON.stringify(summary, null, 2)}\n`));
  await writeFileAtomic(files.run, scrub(`${JSON.stringify(info, null, 2)}\n`));
  return { outDir: options.outDir, shards: infos.length, records: latest.size, summary, info };
}

/** Records in the plan's order (model, task, item, sample), then any the plan does not know. */
function inPlanOrder(plan: Plan, records: Map<string, EvalRecord>): EvalRecord[] {
  const ordered: EvalRecord[] = [];
  const seen = new Set<string>();
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

/** Results folders among the given folders and their direct subfolders. */
async function findShardFolders(dirs: string[]): Promise<string[]> {
  const found: string[] = [];
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

async function readInfo(dir: string): Promise<RunInfo> {
  const file = path.join(dir, RESULT_FILES.run);
  try {
    return JSON.parse(await readFile(file, 'utf8')) as RunInfo;
  } catch (cause) {
    throw new DataError({ file }, 'cannot read run.json', { cause });
  }
}

/** Each shard vouched for its own cached replies: the merged run used the cache only where all did. */
function mergeCacheUse(uses: (CacheUse | null | undefined)[]): CacheUse | null {
  const known = uses.filter((u): u is CacheUse => u !== null && u !== undefined);
  if (known.length === 0) return null;
  const counted = known.flatMap((u) => (u.canaries ? [u.canaries] : []));
  return {
    used: known.every((u) => u.used),
    note: [...new Set(known.map((u) => u.note))].join('; '),
    canaries:
      counted.length === 0
        ? null
        : {
            asked: counted.reduce((a, c) => a + c.asked, 0),
            differ: counted.reduce((a, c) => a + c.differ, 0),
            failed: counted.reduce((a, c) => a + c.failed, 0),
          },
  };
}

/**
 * The models as the shards ran them: a sweep's `--model ID=SERVED --step N` names a model the
 * config may not hold and a step it never does, and the merged run is that checkpoint.
 */
function asTheShardsRan(plan: Plan, ran: RunInfo['models']): Plan {
  const models = plan.models.map((model) => {
    const shard = ran.find((m) => m.model === model.id);
    return shard ? { ...model, role: shard.role, step: shard.step ?? undefined } : model;
  });
  return { ...plan, models };
}
