import { createRequire as __evalwardenRequire } from 'node:module'; const require = __evalwardenRequire(import.meta.url);
import {
  connect,
  makeJudge,
  openEndpoint,
  scoreRecord,
  toRecordError
} from "./chunk-VJMVQTHA.js";
import {
  secretValues
} from "./chunk-ME7NFJKE.js";
import {
  scoreFacts,
  summarizeTask
} from "./chunk-24BF4OQN.js";
import {
  buildPlan
} from "./chunk-MLE2EUE3.js";
import {
  EvalwardenError
} from "./chunk-2UXU3PFN.js";

// src/run/rescore-baseline.ts
import path from "node:path";
function createBaselineRescorer(loaded, options) {
  const plans = /* @__PURE__ */ new Map();
  const planFor = (suite) => {
    let plan = plans.get(suite);
    if (!plan) {
      plan = buildPlan(loaded, {
        suite,
        models: [],
        cacheDir: path.resolve(loaded.dir, loaded.config.run.cache.dir)
      });
      plans.set(suite, plan);
    }
    return plan;
  };
  return async (baseline, tasks) => {
    let plan;
    try {
      plan = await planFor(baseline.summary.suite);
    } catch {
      return { baseline, rescored: [] };
    }
    const rescorable = plan.tasks.filter(
      (t) => tasks.includes(t.id) && t.referenceModel === void 0 && (t.instrument.judge === null || rejudges(loaded))
    );
    if (rescorable.length === 0) return { baseline, rescored: [] };
    const judgeEndpoint = rescorable.some((t) => t.instrument.judge !== null) ? await openJudge(loaded, options) : void 0;
    try {
      const judge = judgeEndpoint ? makeJudge(judgeEndpoint, void 0) : null;
      const rescored = /* @__PURE__ */ new Map();
      for (const task of rescorable)
        rescored.set(task.id, await rescoreTask(baseline, task, judge, judgeEndpoint));
      return { baseline: withRescored(baseline, plan, rescored), rescored: [...rescored.keys()] };
    } finally {
      await judgeEndpoint?.client.close();
    }
  };
}
function rejudges(loaded) {
  return loaded.config.judge?.rejudge_baseline ?? false;
}
async function openJudge(loaded, options) {
  const model = loaded.config.models.find((m) => m.id === loaded.config.judge?.model);
  if (!model) throw new EvalwardenError(`judge model ${loaded.config.judge?.model} is not in models`);
  const endpoint = openEndpoint(model, {
    run: loaded.config.run,
    concurrency: loaded.config.run.concurrency,
    env: options.env,
    configFile: loaded.file,
    secrets: secretValues(loaded.config.models, options.env)
  });
  await connect(endpoint);
  return endpoint;
}
async function rescoreTask(baseline, task, judge, judgeEndpoint) {
  const items = new Map(task.items.map((i) => [i.id, i]));
  const model = baseline.ref.model;
  const pending = baseline.records.flatMap((old) => {
    const item = old.model === model && old.task === task.id ? items.get(old.item_id) : void 0;
    if (!item || item.hash !== old.item_hash) return [];
    const record = { ...old, score: null, scores: {}, answer: null, details: null };
    delete record.weights;
    if (record.output !== null && record.error?.kind.startsWith("judge")) record.error = null;
    return [{ record, item }];
  });
  await Promise.all(
    pending.map(async ({ record, item }) => {
      try {
        await scoreRecord(record, task, item, judge, /* @__PURE__ */ new Map());
      } catch (error) {
        if (error instanceof EvalwardenError) throw error;
        const failure = toRecordError(error, judgeEndpoint?.client.secrets ?? []);
        record.error = { kind: `judge_${failure.kind}`, message: failure.message };
      }
    })
  );
  return pending.map((p) => p.record);
}
function withRescored(baseline, plan, rescored) {
  const model = baseline.ref.model;
  const replaced = (r) => r.model === model && rescored.has(r.task);
  return {
    ...baseline,
    records: [...baseline.records.filter((r) => !replaced(r)), ...[...rescored.values()].flat()],
    summary: {
      ...baseline.summary,
      models: baseline.summary.models.map(
        (m) => m.model !== model ? m : {
          ...m,
          tasks: m.tasks.map((t) => {
            const records = rescored.get(t.task);
            const task = plan.tasks.find((p) => p.id === t.task);
            return records && task ? summarizeTask(task, records.map(scoreFacts)) : t;
          })
        }
      )
    }
  };
}

export {
  createBaselineRescorer
};
