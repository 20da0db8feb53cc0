import { createRequire as __evalwardenRequire } from 'node:module'; const require = __evalwardenRequire(import.meta.url);
import {
  markdownTable
} from "./chunk-UCYXHRQB.js";

// src/report/summary-table.ts
function formatScore(value) {
  return value === void 0 || Number.isNaN(value) ? "\u2014" : value.toFixed(3);
}
function renderSummaryTable(summary) {
  const rows = [["model", "task", "metric", "n", "score", "95% CI", "errors", "p50 ms", "cost"]];
  for (const model of summary.models) {
    for (const task of model.tasks) {
      const names = [
        task.primary_metric,
        ...Object.keys(task.metrics).filter((m) => m !== task.primary_metric)
      ];
      for (const name of names) {
        const metric = task.metrics[name];
        const primary = name === task.primary_metric;
        rows.push([
          model.model,
          task.task,
          name,
          `${metric?.n ?? task.n ?? "?"}/${task.n_planned ?? "?"}`,
          formatScore(metric?.mean),
          metric?.ci ? `[${formatScore(metric.ci.low)}, ${formatScore(metric.ci.high)}]` : "\u2014",
          primary ? String(task.errors) : "",
          !primary ? "" : task.latency_ms.p50 === null ? "\u2014" : String(task.latency_ms.p50),
          !primary ? "" : task.cost ? task.cost.toFixed(4) : "0"
        ]);
      }
    }
    if (model.aggregate) {
      rows.push([
        model.model,
        "(suite, weighted)",
        "",
        "",
        formatScore(model.aggregate.score),
        model.aggregate.ci ? `[${formatScore(model.aggregate.ci.low)}, ${formatScore(model.aggregate.ci.high)}]` : "SE unknown",
        "",
        "",
        model.cost ? model.cost.toFixed(4) : "0"
      ]);
    }
  }
  return markdownTable(rows, { align: ["l", "l", "l", "r", "r", "r", "r", "r", "r"] });
}

export {
  renderSummaryTable
};
