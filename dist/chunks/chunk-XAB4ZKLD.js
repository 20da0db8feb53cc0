import { createRequire as __evalwardenRequire } from 'node:module'; const require = __evalwardenRequire(import.meta.url);
import {
  seededRandom
} from "./chunk-WI6PVB53.js";
import {
  estimateMean,
  require_lib,
  require_lib2,
  require_lib3,
  require_lib4,
  require_lib5,
  require_lib6,
  require_lib7,
  require_lib8,
  require_lib9,
  scoreInterval,
  tInterval,
  wilsonInterval
} from "./chunk-XINLANYU.js";
import {
  markdownTable
} from "./chunk-UCYXHRQB.js";
import {
  config_schema_default
} from "./chunk-2VLZMCIW.js";
import {
  readRecordsArray
} from "./chunk-WLDSHAP3.js";
import {
  DataError,
  EvalwardenError
} from "./chunk-2UXU3PFN.js";
import {
  __commonJS,
  __toESM
} from "./chunk-QTR7GT5E.js";

// node_modules/@stdlib/math-base-assert-is-nonnegative-integer/lib/main.js
var require_main = __commonJS({
  "node_modules/@stdlib/math-base-assert-is-nonnegative-integer/lib/main.js"(exports, module) {
    "use strict";
    var floor = require_lib6();
    function isNonNegativeInteger(x) {
      return floor(x) === x && x >= 0;
    }
    module.exports = isNonNegativeInteger;
  }
});

// node_modules/@stdlib/math-base-assert-is-nonnegative-integer/lib/index.js
var require_lib10 = __commonJS({
  "node_modules/@stdlib/math-base-assert-is-nonnegative-integer/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main();
    module.exports = main;
  }
});

// node_modules/@stdlib/stats-base-dists-binomial-cdf/lib/main.js
var require_main2 = __commonJS({
  "node_modules/@stdlib/stats-base-dists-binomial-cdf/lib/main.js"(exports, module) {
    "use strict";
    var isNonNegativeInteger = require_lib10();
    var betainc = require_lib8();
    var isnan = require_lib2();
    var floor = require_lib6();
    var PINF = require_lib3();
    function cdf(x, n, p2) {
      if (isnan(x) || isnan(n) || isnan(p2) || p2 < 0 || p2 > 1 || !isNonNegativeInteger(n) || n === PINF) {
        return NaN;
      }
      if (x < 0) {
        return 0;
      }
      if (x >= n) {
        return 1;
      }
      x = floor(x + 1e-7);
      return betainc(p2, x + 1, n - x, true, true);
    }
    module.exports = cdf;
  }
});

// node_modules/@stdlib/stats-base-dists-binomial-cdf/lib/factory.js
var require_factory = __commonJS({
  "node_modules/@stdlib/stats-base-dists-binomial-cdf/lib/factory.js"(exports, module) {
    "use strict";
    var isNonNegativeInteger = require_lib10();
    var constantFunction = require_lib4();
    var betainc = require_lib8();
    var isnan = require_lib2();
    var floor = require_lib6();
    var PINF = require_lib3();
    function factory(n, p2) {
      if (isnan(n) || isnan(p2) || p2 < 0 || p2 > 1 || !isNonNegativeInteger(n) || n === PINF) {
        return constantFunction(NaN);
      }
      return cdf;
      function cdf(x) {
        if (isnan(x)) {
          return NaN;
        }
        if (x < 0) {
          return 0;
        }
        if (x >= n) {
          return 1;
        }
        x = floor(x + 1e-7);
        return betainc(p2, x + 1, n - x, true, true);
      }
    }
    module.exports = factory;
  }
});

// node_modules/@stdlib/stats-base-dists-binomial-cdf/lib/index.js
var require_lib11 = __commonJS({
  "node_modules/@stdlib/stats-base-dists-binomial-cdf/lib/index.js"(exports, module) {
    "use strict";
    var setReadOnly = require_lib();
    var main = require_main2();
    var factory = require_factory();
    setReadOnly(main, "factory", factory);
    module.exports = main;
  }
});

// node_modules/@stdlib/stats-base-dists-t-cdf/lib/main.js
var require_main3 = __commonJS({
  "node_modules/@stdlib/stats-base-dists-t-cdf/lib/main.js"(exports, module) {
    "use strict";
    var betainc = require_lib8();
    var isnan = require_lib2();
    var pow = require_lib7();
    function cdf(x, v) {
      var x2;
      var p2;
      var z;
      if (isnan(x) || isnan(v) || v <= 0) {
        return NaN;
      }
      if (x === 0) {
        return 0.5;
      }
      x2 = pow(x, 2);
      if (v > 2 * x2) {
        z = x2 / (v + x2);
        p2 = betainc(z, 0.5, v / 2, true, true) / 2;
      } else {
        z = v / (v + x2);
        p2 = betainc(z, v / 2, 0.5, true, false) / 2;
      }
      return x > 0 ? 1 - p2 : p2;
    }
    module.exports = cdf;
  }
});

// node_modules/@stdlib/stats-base-dists-t-cdf/lib/factory.js
var require_factory2 = __commonJS({
  "node_modules/@stdlib/stats-base-dists-t-cdf/lib/factory.js"(exports, module) {
    "use strict";
    var constantFunction = require_lib4();
    var betainc = require_lib8();
    var isnan = require_lib2();
    var pow = require_lib7();
    function factory(v) {
      if (isnan(v) || v <= 0) {
        return constantFunction(NaN);
      }
      return cdf;
      function cdf(x) {
        var x2;
        var p2;
        var z;
        if (isnan(x)) {
          return NaN;
        }
        if (x === 0) {
          return 0.5;
        }
        x2 = pow(x, 2);
        if (v > 2 * x2) {
          z = x2 / (v + x2);
          p2 = betainc(z, 0.5, v / 2, true, true) / 2;
        } else {
          z = v / (v + x2);
          p2 = betainc(z, v / 2, 0.5, true, false) / 2;
        }
        return x > 0 ? 1 - p2 : p2;
      }
    }
    module.exports = factory;
  }
});

// node_modules/@stdlib/stats-base-dists-t-cdf/lib/index.js
var require_lib12 = __commonJS({
  "node_modules/@stdlib/stats-base-dists-t-cdf/lib/index.js"(exports, module) {
    "use strict";
    var setReadOnly = require_lib();
    var main = require_main3();
    var factory = require_factory2();
    setReadOnly(main, "factory", factory);
    module.exports = main;
  }
});

// src/stats/benjamini-hochberg.ts
function benjaminiHochbergAdjust(pValues) {
  const m = pValues.length;
  const order = pValues.map((p2, i) => ({ p: p2, i })).sort((a, b) => a.p - b.p);
  const adjusted = new Array(m);
  let running = 1;
  for (let rank = m - 1; rank >= 0; rank--) {
    const { p: p2, i } = order[rank];
    running = Math.min(running, m / (rank + 1) * p2);
    adjusted[i] = Math.min(1, running);
  }
  return adjusted;
}

// src/stats/holm.ts
function holmAdjust(pValues) {
  const m = pValues.length;
  const order = pValues.map((p2, i) => ({ p: p2, i })).sort((a, b) => a.p - b.p);
  const adjusted = new Array(m);
  let running = 0;
  order.forEach(({ p: p2, i }, rank) => {
    running = Math.max(running, Math.min(1, (m - rank) * p2));
    adjusted[i] = running;
  });
  return adjusted;
}

// src/stats/adjust.ts
function adjustPValues(pValues, correction) {
  switch (correction) {
    case "holm":
      return holmAdjust(pValues);
    case "bh":
      return benjaminiHochbergAdjust(pValues);
    case "none":
      return [...pValues];
  }
}

// src/stats/mde.ts
var import_stats_base_dists_normal_quantile = __toESM(require_lib5(), 1);
var import_stats_base_dists_t_quantile = __toESM(require_lib9(), 1);
function minimumDetectableEffect(options) {
  const power = options.power ?? 0.8;
  const df = options.df ?? Infinity;
  if (!(options.se >= 0) || !Number.isFinite(options.se)) return null;
  const quantile = (p2) => Number.isFinite(df) ? (0, import_stats_base_dists_t_quantile.default)(p2, df) : (0, import_stats_base_dists_normal_quantile.default)(p2, 0, 1);
  const critical = quantile(1 - options.alpha) * options.se;
  return Math.max(critical, options.margin ?? 0) + quantile(power) * options.se;
}

// src/gate/verdict.ts
function decideVerdicts(inputs, correction) {
  const family = inputs.filter((input) => input.test !== null && !input.policy.critical);
  const dropAdjusted = adjustPValues(
    family.map((f) => f.test.p_drop),
    correction
  );
  const riseAdjusted = adjustPValues(
    family.map((f) => f.test.p_improvement),
    correction
  );
  const adjusted = new Map(family.map((f, i) => [f, { drop: dropAdjusted[i], rise: riseAdjusted[i] }]));
  const m = family.length;
  return inputs.map((input) => {
    const { test, policy } = input;
    if (input.preset || !test) {
      const preset = input.preset ?? { verdict: "no-baseline", reason: "nothing to compare with" };
      return {
        task: input.task,
        ...preset,
        underpowered: false,
        tested: null
      };
    }
    const inFamily = adjusted.get(input);
    const pDrop = inFamily?.drop ?? test.p_drop;
    const pRise = inFamily?.rise ?? test.p_improvement;
    const levelForMde = inFamily && correction !== "none" ? policy.alpha / m : policy.alpha;
    const mde = minimumDetectableEffect({
      se: test.se,
      alpha: levelForMde,
      df: test.df,
      margin: policy.max_drop
    });
    const base = { task: input.task, tested: { p_drop_adjusted: pDrop, p_improvement_adjusted: pRise, mde } };
    const family2 = inFamily ? `${correction === "none" ? "uncorrected" : correction} across ${m} task${m === 1 ? "" : "s"}` : "critical: own \u03B1";
    const delta = `\u0394 ${points(test.estimate)} (95% CI ${points(test.ci.low)} to ${points(test.ci.high)})`;
    if (test.estimate < -policy.max_drop && pDrop < policy.alpha) {
      return {
        ...base,
        verdict: "regression",
        underpowered: false,
        reason: `${delta}: p = ${p(pDrop)} (${family2}) below \u03B1 = ${policy.alpha}, and beyond max_drop ${pts(policy.max_drop)}`
      };
    }
    if (test.estimate < -policy.max_drop && test.p_drop < policy.alpha) {
      return {
        ...base,
        verdict: "inconclusive",
        underpowered: false,
        reason: `${delta}: p = ${p(test.p_drop)} alone but ${p(pDrop)} after ${family2}; not significant once corrected`
      };
    }
    if (test.estimate > policy.max_drop && pRise < policy.alpha) {
      return {
        ...base,
        verdict: "improvement",
        underpowered: false,
        reason: `${delta}: p = ${p(pRise)} (${family2}) below \u03B1 = ${policy.alpha}`
      };
    }
    const underpowered = test.ci.low < -policy.max_drop;
    return {
      ...base,
      verdict: "pass",
      underpowered,
      reason: underpowered ? `${delta}: no significant change, but the CI still reaches below \u2212${pts(policy.max_drop)}; this n detects drops of ${mde === null ? "unknown size" : pts(mde)} or more` : `${delta}: no change beyond max_drop ${pts(policy.max_drop)}`
    };
  });
}
function points(value) {
  if (!Number.isFinite(value)) return "n/a";
  const rounded = Math.round(value * 1e3) / 10;
  const sign = rounded > 0 ? "+" : rounded < 0 ? "\u2212" : "\xB1";
  return `${sign}${Math.abs(rounded).toFixed(1)} pts`;
}
function pts(value) {
  return `${(Math.round(value * 1e3) / 10).toFixed(1)} pts`;
}
function p(value) {
  if (value < 1e-4) return "<0.0001";
  return value.toPrecision(2);
}

// src/gate/render.ts
function renderComparisonTable(c) {
  const rows = [
    ["Model", "Task", "Baseline", "Candidate", "\u0394 (95% CI)", "p drop (adj.)", "MDE", "Verdict"]
  ];
  for (const model of c.models) {
    for (const task of model.tasks) {
      rows.push([
        cell(model.model) + (model.gating === "none" ? " (reference)" : model.gating === "errors-only" ? " (training)" : ""),
        cell(task.task),
        task.baseline ? score(task.baseline.mean, task.baseline.ci, task.baseline.n) : "\u2014",
        score(task.candidate.mean, task.candidate.ci, task.candidate.n),
        task.delta ? `${points(task.delta.estimate)} (${points(task.delta.ci.low)} to ${points(task.delta.ci.high)})` : "\u2014",
        task.delta ? `${pValue(task.delta.p_drop)} (${pValue(task.delta.p_drop_adjusted)})` : "\u2014",
        task.delta?.mde != null ? `${(task.delta.mde * 100).toFixed(1)} pts` : "\u2014",
        verdictCell(task)
      ]);
    }
  }
  const lines = [
    `**${c.verdict}** \u2014 ${cell(c.reason)}`,
    "",
    markdownTable(rows, { align: ["l", "l", "r", "r", "r", "r", "r", "l"] }),
    ""
  ];
  for (const model of c.models) {
    lines.push(
      model.baseline ? `${cell(model.model)}: baseline ${cell(model.baseline.model)} from ${cell(model.baseline.description)}` : `${cell(model.model)}: no baseline \u2014 ${cell(model.no_baseline_reason ?? "none found")}`
    );
    const changed = [
      model.changes.served_model ? `served model ${model.changes.served_model.from} \u2192 ${model.changes.served_model.to}` : null,
      model.changes.params_hash ? "generation params" : null,
      model.changes.prompt_tasks.length > 0 ? `prompt of ${model.changes.prompt_tasks.join(", ")}` : null
    ].filter((x) => x !== null);
    if (changed.length > 0) lines.push(`  changed since the baseline: ${cell(changed.join("; "))}`);
    if (model.aggregate.delta) {
      const d = model.aggregate.delta;
      lines.push(
        `  suite aggregate \u0394 ${points(d.estimate)} (${points(d.ci.low)} to ${points(d.ci.high)}) over ${d.tasks.length} task(s)`
      );
    }
  }
  for (const a of c.accepted)
    lines.push(`accepted ${a.verdict} on ${cell(a.model)}/${cell(a.task)} (${a.by}): ${cell(a.reason)}`);
  for (const note of c.notes) lines.push(`note: ${cell(note)}`);
  return lines.join("\n");
}
function verdictCell(task) {
  let text = task.verdict;
  if (task.underpowered) text += " (underpowered)";
  if (task.accepted) text += " (accepted)";
  if (task.policy.critical) text += " [critical]";
  if (task.verdict === "error" || task.verdict === "no-baseline") text += `: ${cell(task.reason)}`;
  return text;
}
function score(mean, ci, n) {
  if (mean === null || ci === null || !Number.isFinite(mean)) return "\u2014";
  return `${(mean * 100).toFixed(1)} [${(ci.low * 100).toFixed(1)}, ${(ci.high * 100).toFixed(1)}] n=${n}`;
}
function pValue(p2) {
  if (!Number.isFinite(p2)) return "\u2014";
  return p2 < 1e-4 ? "<0.0001" : p2.toFixed(4);
}
function cell(text) {
  return text.replace(/[\r\n]+/g, " ").replace(/\|/g, "\\|").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/@/g, "@\u200B");
}

// src/gate/run.ts
import { existsSync as existsSync2 } from "node:fs";
import { resolve } from "node:path";

// src/stats/aggregate.ts
var import_stats_base_dists_normal_quantile2 = __toESM(require_lib5(), 1);
function weightedCombination(parts, confidence = 0.95) {
  const total = parts.reduce((acc, p2) => acc + p2.weight, 0);
  if (parts.length === 0 || !(total > 0)) return null;
  let value = 0;
  let variance = 0;
  for (const p2 of parts) {
    const share = p2.weight / total;
    value += share * p2.value;
    variance += share * share * p2.se * p2.se;
  }
  const se = Math.sqrt(variance);
  const z = (0, import_stats_base_dists_normal_quantile2.default)(1 - (1 - confidence) / 2, 0, 1);
  return { value, se, ci: { low: value - z * se, high: value + z * se } };
}

// src/gate/acceptance.ts
function findAcceptance(query) {
  if (query.verdict === "error") return null;
  const today = query.now.toISOString().slice(0, 10);
  const entry = query.entries.find(
    (e) => e.task === query.task && (e.model === void 0 || e.model === query.model) && (e.until === void 0 || today <= e.until)
  );
  if (entry) return { by: "config", reason: entry.reason, until: entry.until ?? null };
  if (query.labels.includes(query.label))
    return { by: "label", reason: `pull request labelled ${query.label}`, until: null };
  return null;
}

// src/gate/comparison.ts
var COMPARISON_SCHEMA_VERSION = 1;
var VERDICT_ORDER = [
  "error",
  "regression",
  "inconclusive",
  "no-baseline",
  "pass",
  "improvement"
];

// src/gate/changes.ts
function instrumentChange(task, base) {
  if (task.primary_metric !== base.primary_metric)
    return `primary metric changed (${base.primary_metric} \u2192 ${task.primary_metric})`;
  if (task.instrument.scorer !== base.instrument.scorer)
    return `scorer changed (${base.instrument.scorer} \u2192 ${task.instrument.scorer})`;
  if (task.instrument.judge !== base.instrument.judge)
    return `judge model changed (${base.instrument.judge ?? "none"} \u2192 ${task.instrument.judge ?? "none"})`;
  if (task.instrument.hash !== base.instrument.hash)
    return `scorer options, judge or rubric changed (instrument ${base.instrument.hash} \u2192 ${task.instrument.hash})`;
  return null;
}
function taskChanges(task, base) {
  const changes = [];
  if (task.prompt_hash !== base.prompt_hash) changes.push("prompt");
  if (task.primary_metric !== base.primary_metric) changes.push("primary_metric");
  if (task.instrument.hash !== base.instrument.hash || task.instrument.scorer !== base.instrument.scorer || task.instrument.judge !== base.instrument.judge) {
    changes.push("instrument");
  }
  return changes;
}

// src/gate/flips.ts
var FLIPS_PER_SIDE = 20;
var OUTPUT_CHARS = 500;
function findFlips(pairs, limit = FLIPS_PER_SIDE) {
  const worse = pairs.filter((p2) => p2.candidate.score < p2.baseline.score);
  const better = pairs.filter((p2) => p2.candidate.score > p2.baseline.score);
  const order = (a, b) => Math.abs(b.candidate.score - b.baseline.score) - Math.abs(a.candidate.score - a.baseline.score) || (a.candidate.item_id < b.candidate.item_id ? -1 : a.candidate.item_id > b.candidate.item_id ? 1 : 0);
  return {
    worse: worse.sort(order).slice(0, limit).map(toFlip),
    better: better.sort(order).slice(0, limit).map(toFlip),
    worse_total: worse.length,
    better_total: better.length
  };
}
function toFlip({ candidate, baseline }) {
  return {
    item_id: candidate.item_id,
    category: candidate.category,
    baseline_score: baseline.score,
    candidate_score: candidate.score,
    baseline_answer: baseline.answer,
    candidate_answer: candidate.answer,
    candidate_output: candidate.output === null ? null : candidate.output.slice(0, OUTPUT_CHARS)
  };
}

// src/gate/items.ts
function itemKey(itemId, itemHash) {
  return `${itemId}\0${itemHash}`;
}
function indexItems(records, primaryMetric = () => void 0) {
  const sums = /* @__PURE__ */ new Map();
  for (const record of records) {
    if (record.error !== null || record.score === null || !Number.isFinite(record.score)) continue;
    let tasks = sums.get(record.model);
    if (!tasks) sums.set(record.model, tasks = /* @__PURE__ */ new Map());
    let items = tasks.get(record.task);
    if (!items) tasks.set(record.task, items = /* @__PURE__ */ new Map());
    const key = itemKey(record.item_id, record.item_hash);
    const entry = items.get(key);
    const binary = record.score === 0 || record.score === 1;
    if (!entry) {
      items.set(key, {
        item_id: record.item_id,
        item_hash: record.item_hash,
        score: record.score,
        weight: primaryWeight(record, primaryMetric(record.task)),
        cluster: record.cluster,
        category: record.category,
        binary,
        answer: record.answer,
        output: record.output,
        count: 1,
        firstSample: record.sample
      });
    } else {
      entry.score += record.score;
      entry.count += 1;
      entry.binary &&= binary;
      if (record.sample < entry.firstSample) {
        entry.firstSample = record.sample;
        entry.answer = record.answer;
        entry.output = record.output;
      }
    }
  }
  const index = /* @__PURE__ */ new Map();
  for (const [model, tasks] of sums) {
    const outTasks = /* @__PURE__ */ new Map();
    for (const [task, items] of tasks) {
      const outItems = /* @__PURE__ */ new Map();
      for (const [key, { count, firstSample: _first, ...item }] of items) {
        const score2 = item.score / count;
        outItems.set(key, { ...item, score: score2, binary: item.binary && (score2 === 0 || score2 === 1) });
      }
      outTasks.set(task, outItems);
    }
    index.set(model, outTasks);
  }
  return index;
}
function primaryWeight(record, metric) {
  const weight = metric === void 0 ? void 0 : record.weights?.[metric];
  return weight !== void 0 && weight > 0 ? weight : 1;
}

// src/gate/policy.ts
function gateDefaults() {
  const properties = config_schema_default.definitions.gate.properties;
  const defaults = {};
  for (const [key, property] of Object.entries(properties)) {
    if (property.default !== void 0) defaults[key] = structuredClone(property.default);
  }
  return defaults;
}
function resolveGatePolicy(gate, tasks = []) {
  const full = { ...gateDefaults(), ...stripUndefined(gate ?? {}) };
  const defaults = {
    max_drop: full.max_drop,
    alpha: full.alpha,
    critical: false,
    min_items: full.min_items,
    max_error_rate: full.max_error_rate
  };
  const perTask = {};
  for (const task of tasks) {
    if (task.gate) perTask[task.id] = { ...defaults, ...stripUndefined(task.gate) };
  }
  return {
    correction: full.correction,
    paired_test: full.paired_test,
    fail_on: full.fail_on,
    accept: full.accept ?? [],
    accept_label: full.accept_label,
    defaults,
    tasks: perTask
  };
}
function taskPolicy(policy, task) {
  return policy.tasks[task] ?? policy.defaults;
}
function stripUndefined(value) {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== void 0));
}

// src/gate/run-verdict.ts
function isFailing(verdict, critical, gating, failOn) {
  if (gating === "none") return false;
  if (gating === "errors-only") return verdict === "error" && failOn.includes("error");
  return failOn.includes(verdict) || critical && verdict === "regression";
}
function runVerdict(models) {
  const counted = models.flatMap(
    (m) => m.gating === "none" ? [] : m.tasks.map((t) => {
      const effective = t.accepted ? "pass" : m.gating === "errors-only" && t.verdict !== "error" ? "pass" : t.verdict;
      return {
        name: `${m.model}/${t.task}`,
        verdict: effective,
        reason: effective === t.verdict ? t.reason : t.accepted ? `accepted: ${t.accepted.reason}` : t.reason
      };
    })
  );
  if (counted.length === 0) return { verdict: "pass", reason: "no gated model in this run" };
  return worst(counted);
}
function worst(entries) {
  if (entries.length === 0) return { verdict: "pass", reason: "no tasks" };
  const rank = (v) => VERDICT_ORDER.indexOf(v);
  const verdict = entries.reduce((w, e) => rank(e.verdict) < rank(w) ? e.verdict : w, entries[0].verdict);
  const hits = entries.filter((e) => e.verdict === verdict);
  if (verdict === "pass" || verdict === "improvement") {
    return {
      verdict,
      reason: `${hits.length} of ${entries.length} task${entries.length === 1 ? "" : "s"} ${verdict === "pass" ? "passed" : "improved"}`
    };
  }
  return { verdict, reason: hits.map((h) => `${h.name}: ${h.reason}`).join("; ") };
}

// src/stats/bootstrap.ts
function pairedBootstrap(differences, options = {}) {
  const resamples = options.resamples ?? 2e3;
  const confidence = options.confidence ?? 0.95;
  const weights = options.weights ?? differences.map(() => 1);
  const base = estimateMean([...differences], { clusters: options.clusters, weights });
  const units = /* @__PURE__ */ new Map();
  differences.forEach((d, i) => {
    const key = options.clusters?.[i] ?? `\0${i}`;
    const unit = units.get(key) ?? { sum: 0, weight: 0 };
    unit.sum += weights[i] * d;
    unit.weight += weights[i];
    units.set(key, unit);
  });
  const list = [...units.values()];
  const g = list.length;
  if (g < 2) {
    return {
      estimate: base.mean,
      se: 0,
      df: Infinity,
      ci: { low: base.mean, high: base.mean },
      p_drop: 1,
      p_improvement: 1
    };
  }
  const random = seededRandom(options.seed ?? 0);
  const means = new Float64Array(resamples);
  for (let b = 0; b < resamples; b++) {
    let sum = 0;
    let weight = 0;
    for (let k = 0; k < g; k++) {
      const unit = list[Math.floor(random() * g)];
      sum += unit.sum;
      weight += unit.weight;
    }
    means[b] = sum / weight;
  }
  means.sort();
  let atOrAbove = 0;
  let atOrBelow = 0;
  let sumSq = 0;
  for (const m of means) {
    if (m >= 0) atOrAbove++;
    if (m <= 0) atOrBelow++;
    sumSq += (m - base.mean) ** 2;
  }
  const tail = (1 - confidence) / 2;
  const at = (q) => means[Math.min(resamples - 1, Math.max(0, Math.floor(q * resamples)))];
  return {
    estimate: base.mean,
    se: Math.sqrt(sumSq / (resamples - 1)),
    df: Infinity,
    ci: { low: at(tail), high: at(1 - tail) },
    p_drop: (atOrAbove + 1) / (resamples + 1),
    p_improvement: (atOrBelow + 1) / (resamples + 1)
  };
}

// src/stats/mcnemar.ts
var import_stats_base_dists_binomial_cdf = __toESM(require_lib11(), 1);
function mcnemarExact(worse, better) {
  if (!Number.isInteger(worse) || !Number.isInteger(better) || worse < 0 || better < 0) {
    throw new RangeError(
      `mcnemarExact needs non-negative integer counts, got worse=${worse}, better=${better}`
    );
  }
  const n = worse + better;
  if (n === 0) return { worse, better, p_worse: 1, p_better: 1, p_two_sided: 1 };
  const pWorse = Math.min(1, (0, import_stats_base_dists_binomial_cdf.default)(better, n, 0.5));
  const pBetter = Math.min(1, (0, import_stats_base_dists_binomial_cdf.default)(worse, n, 0.5));
  return {
    worse,
    better,
    p_worse: pWorse,
    p_better: pBetter,
    p_two_sided: Math.min(1, 2 * Math.min(pWorse, pBetter))
  };
}

// src/stats/paired-proportions.ts
function newcombePairedInterval(table, confidence = 0.95) {
  const { both: a, firstOnly: b, secondOnly: c, neither: d } = table;
  const n = a + b + c + d;
  if (n === 0) return { low: -1, high: 1 };
  const p1 = (a + b) / n;
  const p2 = (a + c) / n;
  const diff = p1 - p2;
  const w1 = wilsonInterval(a + b, n, confidence);
  const w2 = wilsonInterval(a + c, n, confidence);
  const product = (a + b) * (c + d) * (a + c) * (b + d);
  const cross = a * d - b * c;
  const adjusted = cross > n / 2 ? cross - n / 2 : Math.min(cross, 0);
  const phi = product > 0 ? adjusted / Math.sqrt(product) : 0;
  const lowSpread = (p1 - w1.low) ** 2 - 2 * phi * (p1 - w1.low) * (w2.high - p2) + (w2.high - p2) ** 2;
  const highSpread = (p2 - w2.low) ** 2 - 2 * phi * (p2 - w2.low) * (w1.high - p1) + (w1.high - p1) ** 2;
  return {
    low: Math.max(-1, diff - Math.sqrt(Math.max(0, lowSpread))),
    high: Math.min(1, diff + Math.sqrt(Math.max(0, highSpread)))
  };
}

// src/stats/paired-t.ts
var import_stats_base_dists_t_cdf = __toESM(require_lib12(), 1);
function pairedT(differences, options = {}) {
  const estimate = estimateMean([...differences], { clusters: options.clusters, weights: options.weights });
  const df = Math.max(estimate.units - 1, 0);
  const ci = tInterval(estimate, options.confidence ?? 0.95);
  const { p_drop, p_improvement } = tTails(estimate.mean, estimate.se, df);
  return { estimate: estimate.mean, se: estimate.se, df, ci, p_drop, p_improvement };
}
function tTails(estimate, se, df) {
  if (!(df > 0) || !Number.isFinite(estimate)) return { p_drop: 1, p_improvement: 1 };
  if (se === 0) {
    return { p_drop: estimate < 0 ? 0 : 1, p_improvement: estimate > 0 ? 0 : 1 };
  }
  const t = estimate / se;
  return { p_drop: (0, import_stats_base_dists_t_cdf.default)(t, df), p_improvement: (0, import_stats_base_dists_t_cdf.default)(-t, df) };
}

// src/stats/welch.ts
var import_stats_base_dists_t_quantile2 = __toESM(require_lib9(), 1);
function welch(candidate, baseline, confidence = 0.95) {
  const estimate = candidate.mean - baseline.mean;
  const v1 = candidate.se ** 2;
  const v2 = baseline.se ** 2;
  const se = Math.sqrt(v1 + v2);
  const df1 = candidate.units - 1;
  const df2 = baseline.units - 1;
  let df;
  if (df1 < 1 || df2 < 1) df = 0;
  else if (v1 + v2 === 0) df = df1 + df2;
  else df = (v1 + v2) ** 2 / (v1 ** 2 / df1 + v2 ** 2 / df2);
  const half = df > 0 ? (0, import_stats_base_dists_t_quantile2.default)(1 - (1 - confidence) / 2, df) * se : 0;
  const { p_drop, p_improvement } = tTails(estimate, se, df);
  return { estimate, se, df, ci: { low: estimate - half, high: estimate + half }, p_drop, p_improvement };
}

// src/gate/task-test.ts
function testTask(candidate, baseline, options) {
  const baseMap = Array.isArray(baseline) ? new Map(baseline.map((b) => [itemKey(b.item_id, b.item_hash), b])) : baseline;
  const pairs = [];
  for (const item of candidate) {
    const match = baseMap.get(itemKey(item.item_id, item.item_hash));
    if (match) pairs.push({ candidate: item, baseline: match });
  }
  pairs.sort((a, b) => compareItems(a.candidate, b.candidate));
  if (pairs.length >= options.min_pairs && pairs.length >= 2) {
    const hasClusters = pairs.some((p2) => p2.candidate.cluster !== null);
    const result = testPaired(
      pairs.map((p2) => p2.candidate.score),
      pairs.map((p2) => p2.baseline.score),
      {
        paired_test: options.paired_test,
        binary: pairs.every((p2) => p2.candidate.binary && p2.baseline.binary),
        weights: pairs.some((p2) => p2.candidate.weight !== 1) ? pairs.map((p2) => p2.candidate.weight) : void 0,
        clusters: hasClusters ? pairs.map((p2) => p2.candidate.cluster) : void 0,
        seed: options.seed
      }
    );
    return { ...result, pairs };
  }
  const baseItems = [...baseMap.values()].sort(compareItems);
  const candEstimate = estimateSide([...candidate].sort(compareItems));
  const baseEstimate = estimateSide(baseItems);
  return {
    method: "welch",
    paired: false,
    candidate: candEstimate.side,
    baseline: baseEstimate.side,
    test: welch(candEstimate.estimate, baseEstimate.estimate),
    discordant: null,
    pairs: []
  };
}
function compareItems(a, b) {
  return a.item_id < b.item_id ? -1 : a.item_id > b.item_id ? 1 : a.item_hash < b.item_hash ? -1 : a.item_hash > b.item_hash ? 1 : 0;
}
function testPaired(candidate, baseline, options) {
  const n = candidate.length;
  const diffs = new Array(n);
  let worse = 0;
  let better = 0;
  for (let i = 0; i < n; i++) {
    diffs[i] = candidate[i] - baseline[i];
    if (diffs[i] < 0) worse++;
    else if (diffs[i] > 0) better++;
  }
  const stats = { clusters: options.clusters, weights: options.weights };
  let method;
  let test;
  if (options.paired_test === "bootstrap") {
    method = "bootstrap";
    test = pairedBootstrap(diffs, { ...stats, seed: options.seed });
  } else {
    test = pairedT(diffs, stats);
    method = "paired-t";
    if (options.paired_test === "auto" && options.binary && !options.clusters && !options.weights) {
      const exact = mcnemarExact(worse, better);
      let both = 0;
      for (let i = 0; i < n; i++) if (candidate[i] === 1 && baseline[i] === 1) both++;
      const ci = newcombePairedInterval({
        both,
        firstOnly: better,
        secondOnly: worse,
        neither: n - both - better - worse
      });
      test = { ...test, ci, p_drop: exact.p_worse, p_improvement: exact.p_better };
      method = "mcnemar";
    }
  }
  return {
    method,
    paired: true,
    candidate: side(candidate, options),
    baseline: side(baseline, options),
    test,
    discordant: options.binary ? { worse, better } : null
  };
}
function side(scores, options) {
  const estimate = estimateMean([...scores], { clusters: options.clusters, weights: options.weights });
  return {
    n: scores.length,
    mean: estimate.mean,
    ci: sideInterval(scores, estimate, options.binary && !options.clusters && !options.weights)
  };
}
function estimateSide(items) {
  const scores = items.map((i) => i.score);
  const clustered = items.some((i) => i.cluster !== null);
  const weighted = items.some((i) => i.weight !== 1);
  const estimate = estimateMean(scores, {
    clusters: clustered ? items.map((i) => i.cluster) : void 0,
    weights: weighted ? items.map((i) => i.weight) : void 0
  });
  const binary = items.every((i) => i.binary) && !clustered && !weighted;
  return {
    side: { n: items.length, mean: estimate.mean, ci: sideInterval(scores, estimate, binary) },
    estimate
  };
}
function sideInterval(scores, estimate, binary) {
  if (scores.length === 0) return { low: Number.NaN, high: Number.NaN };
  return scoreInterval(scores, estimate, binary);
}
function testFromSummaries(candidate, baseline) {
  const side2 = (s) => {
    if (s.items.length > 0) return estimateSide(s.items);
    if (!s.summary || s.summary.n < 2 || !Number.isFinite(s.summary.se)) return null;
    return {
      side: { n: s.summary.n, mean: s.summary.mean, ci: s.summary.ci },
      estimate: { mean: s.summary.mean, se: s.summary.se, units: s.summary.n }
    };
  };
  const cand = side2(candidate);
  const base = side2(baseline);
  if (!cand || !base) return null;
  return {
    method: "welch",
    paired: false,
    candidate: cand.side,
    baseline: base.side,
    test: welch(cand.estimate, base.estimate),
    discordant: null,
    pairs: []
  };
}

// src/gate/compare.ts
var GATING = { candidate: "full", training: "errors-only", reference: "none" };
function compareRuns(options) {
  const { candidate, policy } = options;
  const primaryOf = primaryMetrics(candidate.summary);
  const candidateItems = indexItems(candidate.records, (task) => primaryOf.get(task));
  const baselineItems = /* @__PURE__ */ new Map();
  const models = candidate.summary.models.map((model) => {
    const choice = options.baselines.get(model.model) ?? {
      reason: `no baseline run found for model ${model.model}`
    };
    let items;
    if ("ref" in choice) {
      items = baselineItems.get(choice);
      if (!items) {
        const basePrimary = primaryMetrics(choice.summary);
        items = indexItems(choice.records, (task) => basePrimary.get(task));
        baselineItems.set(choice, items);
      }
    }
    const comparison = compareModel(model, candidateItems, choice, items, options);
    const best = options.bestSoFar?.get(model.model);
    if (best) {
      let bestItems = baselineItems.get(best);
      if (!bestItems) {
        const bestPrimary = primaryMetrics(best.summary);
        bestItems = indexItems(best.records, (task) => bestPrimary.get(task));
        baselineItems.set(best, bestItems);
      }
      comparison.best_so_far = {
        baseline: best.ref,
        delta: aggregateDelta(model, candidateItems, best, bestItems, options)
      };
    }
    return comparison;
  });
  const notes = [...options.notes ?? []];
  for (const model of models) {
    const choice = options.baselines.get(model.model);
    const baseModel = choice && "ref" in choice ? choice.summary.models.find((m) => m.model === choice.ref.model) : void 0;
    const missing = baseModel?.tasks.filter((t) => !model.tasks.some((c) => c.task === t.task)).map((t) => t.task) ?? [];
    if (missing.length > 0)
      notes.push(`${model.model}: the baseline ran ${missing.join(", ")}, which this run did not`);
  }
  const failing = models.flatMap(
    (m) => m.tasks.filter((t) => t.failing).map((t) => ({ model: m.model, task: t.task, verdict: t.verdict }))
  );
  const accepted = models.flatMap(
    (m) => m.tasks.flatMap(
      (t) => t.accepted ? [{ model: m.model, task: t.task, verdict: t.verdict, by: t.accepted.by, reason: t.accepted.reason }] : []
    )
  );
  const { verdict, reason } = runVerdict(models);
  const exit_code = failing.some((f) => f.verdict === "error") ? 2 : failing.length > 0 ? 1 : 0;
  return {
    schema_version: COMPARISON_SCHEMA_VERSION,
    created_at: options.now.toISOString(),
    candidate: {
      run_id: candidate.summary.run_id,
      suite: candidate.summary.suite,
      sha: candidate.run?.git.sha ?? null,
      branch: candidate.run?.git.branch ?? null
    },
    policy: { correction: policy.correction, paired_test: policy.paired_test, fail_on: [...policy.fail_on] },
    models,
    verdict,
    reason,
    exit_code,
    failing,
    accepted,
    notes
  };
}
function compareModel(model, candidateItems, choice, baselineItems, options) {
  const gating = GATING[model.role];
  const baseline = "ref" in choice ? choice : null;
  const baseModel = baseline?.summary.models.find((m) => m.model === baseline.ref.model) ?? null;
  const noBaselineReason = !baseline ? choice.reason : !baseModel ? `baseline run ${baseline.ref.run_id} has no model ${baseline.ref.model}` : null;
  const tests = /* @__PURE__ */ new Map();
  const changes = /* @__PURE__ */ new Map();
  const inputs = model.tasks.map((task) => {
    const policy = taskPolicy(options.policy, task.task);
    const preset = presetVerdict(task, policy);
    if (preset) return { task: task.task, policy, preset, test: null };
    if (noBaselineReason || !baseModel)
      return {
        task: task.task,
        policy,
        preset: { verdict: "no-baseline", reason: noBaselineReason ?? "" },
        test: null
      };
    const baseTask = baseModel.tasks.find((t) => t.task === task.task);
    if (!baseTask)
      return {
        task: task.task,
        policy,
        preset: {
          verdict: "no-baseline",
          reason: `task ${task.task} is not in baseline run ${baseline.ref.run_id}`
        },
        test: null
      };
    changes.set(task.task, taskChanges(task, baseTask));
    const instrument = instrumentChange(task, baseTask);
    if (instrument)
      return { task: task.task, policy, preset: { verdict: "no-baseline", reason: instrument }, test: null };
    const cand = [...candidateItems.get(model.model)?.get(task.task)?.values() ?? []];
    const base = baselineItems?.get(baseModel.model)?.get(task.task) ?? /* @__PURE__ */ new Map();
    const aggregateOnly = cand.length === 0 || base.size === 0;
    const test = aggregateOnly ? testFromSummaries(
      { items: cand, summary: task.metrics[task.primary_metric] },
      { items: [...base.values()], summary: baseTask.metrics[baseTask.primary_metric] }
    ) : testTask(cand, base, {
      paired_test: options.policy.paired_test,
      min_pairs: policy.min_items,
      seed: options.seed ?? 0
    });
    if (!test)
      return {
        task: task.task,
        policy,
        preset: {
          verdict: "no-baseline",
          reason: "neither per-item records nor a summary with n and SE to compare"
        },
        test: null
      };
    if (!test.paired && test.baseline.n < policy.min_items) {
      return {
        task: task.task,
        policy,
        preset: {
          verdict: "no-baseline",
          reason: `baseline has ${test.baseline.n} scored items of this task (min_items ${policy.min_items})`
        },
        test: null
      };
    }
    tests.set(task.task, test);
    return { task: task.task, policy, preset: null, test: test.test };
  });
  const decided = decideVerdicts(inputs, options.policy.correction);
  const tasks = model.tasks.map((task, i) => {
    const decision = decided[i];
    const policy = inputs[i].policy;
    const test = tests.get(task.task);
    const fails = isFailing(decision.verdict, policy.critical, gating, options.policy.fail_on);
    const accepted = fails ? findAcceptance({
      model: model.model,
      task: task.task,
      verdict: decision.verdict,
      entries: options.policy.accept,
      labels: options.labels ?? [],
      label: options.policy.accept_label,
      now: options.now
    }) : null;
    const primary = task.metrics[task.primary_metric];
    return {
      task: task.task,
      primary_metric: task.primary_metric,
      weight: task.weight,
      verdict: decision.verdict,
      reason: decision.reason,
      underpowered: decision.underpowered,
      failing: fails && !accepted,
      accepted,
      policy,
      candidate: test ? { ...test.candidate, errors: task.errors, error_rate: task.error_rate } : {
        n: task.n,
        mean: primary?.mean ?? null,
        ci: primary?.ci ?? null,
        errors: task.errors,
        error_rate: task.error_rate
      },
      baseline: test ? test.baseline : null,
      delta: test ? {
        method: test.method,
        paired: test.paired,
        estimate: test.test.estimate,
        se: test.test.se,
        ci: test.test.ci,
        p_drop: test.test.p_drop,
        p_drop_adjusted: decision.tested?.p_drop_adjusted ?? test.test.p_drop,
        p_improvement: test.test.p_improvement,
        p_improvement_adjusted: decision.tested?.p_improvement_adjusted ?? test.test.p_improvement,
        mde: decision.tested?.mde ?? null,
        discordant: test.discordant
      } : null,
      changes: changes.get(task.task) ?? [],
      flips: test?.paired ? findFlips(test.pairs) : null
    };
  });
  const compared = tasks.filter((t) => t.delta);
  const delta = weightedCombination(
    compared.map((t) => ({ value: t.delta.estimate, se: t.delta.se, weight: t.weight }))
  );
  const { verdict, reason } = worst(
    tasks.map((t) => ({ name: `${model.model}/${t.task}`, verdict: t.verdict, reason: t.reason }))
  );
  return {
    model: model.model,
    role: model.role,
    step: model.step,
    gating,
    baseline: baseline?.ref ?? null,
    no_baseline_reason: noBaselineReason,
    changes: {
      served_model: baseModel && baseModel.served_model !== model.served_model ? { from: baseModel.served_model, to: model.served_model } : null,
      params_hash: baseModel && baseModel.params_hash !== model.params_hash ? { from: baseModel.params_hash, to: model.params_hash } : null,
      prompt_tasks: [...changes].filter(([, c]) => c.includes("prompt")).map(([task]) => task)
    },
    tasks,
    aggregate: {
      candidate: model.aggregate ? { score: model.aggregate.score, ci: model.aggregate.ci } : null,
      baseline: baseModel?.aggregate ? { score: baseModel.aggregate.score, ci: baseModel.aggregate.ci } : null,
      delta: delta ? { estimate: delta.value, se: delta.se, ci: delta.ci, tasks: compared.map((t) => t.task) } : null
    },
    best_so_far: null,
    verdict,
    reason
  };
}
function aggregateDelta(model, candidateItems, other, otherItems, options) {
  const otherModel = other.summary.models.find((m) => m.model === other.ref.model);
  if (!otherModel) return null;
  const parts = [];
  for (const task of model.tasks) {
    const otherTask = otherModel.tasks.find((t) => t.task === task.task);
    if (!otherTask || instrumentChange(task, otherTask)) continue;
    const policy = taskPolicy(options.policy, task.task);
    const cand = [...candidateItems.get(model.model)?.get(task.task)?.values() ?? []];
    const base = otherItems.get(otherModel.model)?.get(task.task) ?? /* @__PURE__ */ new Map();
    if (cand.length < policy.min_items || base.size < policy.min_items) continue;
    const test = testTask(cand, base, {
      paired_test: options.policy.paired_test,
      min_pairs: policy.min_items,
      seed: options.seed ?? 0
    });
    parts.push({ task: task.task, value: test.test.estimate, se: test.test.se, weight: task.weight });
  }
  const combined = weightedCombination(parts);
  return combined ? { estimate: combined.value, se: combined.se, ci: combined.ci, tasks: parts.map((p2) => p2.task) } : null;
}
function presetVerdict(task, policy) {
  if (task.error_rate > policy.max_error_rate) {
    return {
      verdict: "error",
      reason: `${pct(task.error_rate)} of calls failed (${task.errors}), above max_error_rate ${pct(policy.max_error_rate)}`
    };
  }
  if (task.n < policy.min_items) {
    return { verdict: "error", reason: `only ${task.n} items scored, below min_items ${policy.min_items}` };
  }
  return null;
}
function primaryMetrics(summary) {
  const map = /* @__PURE__ */ new Map();
  for (const model of summary.models) for (const task of model.tasks) map.set(task.task, task.primary_metric);
  return map;
}
function pct(value) {
  return `${(Math.round(value * 1e3) / 10).toFixed(1)}%`;
}

// src/gate/load.ts
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
function isResultsFolder(dir) {
  return existsSync(join(dir, "summary.json"));
}
async function readResultsFolder(dir) {
  if (!isResultsFolder(dir)) {
    throw new EvalwardenError(`${dir}: not a results folder (no summary.json)`, {
      hint: "point at the folder `evalwarden run` wrote (it holds summary.json and records.jsonl)"
    });
  }
  return readRunFiles(dir);
}
async function readRunFiles(dir) {
  const summary = await readJson(join(dir, "summary.json"));
  if (!Array.isArray(summary.models) || typeof summary.suite !== "string") {
    throw new DataError(
      { file: join(dir, "summary.json") },
      "not an evalwarden summary (no models or suite)"
    );
  }
  const plain = join(dir, "records.jsonl");
  const gz = join(dir, "records.jsonl.gz");
  const recordsFile = existsSync(plain) ? plain : existsSync(gz) ? gz : null;
  const runFile = join(dir, "run.json");
  const run = existsSync(runFile) ? await readJson(runFile) : null;
  if (!recordsFile && run?.kind !== "import") {
    throw new DataError({ file: plain }, "no records.jsonl (or records.jsonl.gz) next to summary.json", {
      hint: "the gate pairs items from the records; copy the whole results folder"
    });
  }
  const records = recordsFile ? await readRecordsArray(recordsFile) : [];
  return { summary, records, run };
}
function findDataDir(dir) {
  for (const candidate of [join(dir, "data"), dir]) {
    if (existsSync(join(candidate, "index.json")) || existsSync(join(candidate, "baselines.json")))
      return candidate;
  }
  return null;
}
async function readPagesIndex(dataDir) {
  const indexFile = join(dataDir, "index.json");
  const index = existsSync(indexFile) ? await readJson(indexFile) : {};
  const rows = [];
  for (const month of index.months ?? []) {
    if (!/^\d{4}-\d{2}$/.test(month))
      throw new DataError({ file: indexFile, path: "months" }, `"${month}" is not a yyyy-mm month`);
    const monthFile = join(dataDir, "index", `${month}.json`);
    if (!existsSync(monthFile)) continue;
    const shard = await readJson(monthFile);
    rows.push(...shard.runs ?? []);
  }
  const baselinesFile = join(dataDir, "baselines.json");
  const promoted = existsSync(baselinesFile) ? (await readJson(baselinesFile)).baselines ?? [] : [];
  return { dataDir, default_branch: index.default_branch ?? null, rows, promoted };
}
async function readPublishedRun(dataDir, path) {
  if (!/^runs\/[A-Za-z0-9_-][A-Za-z0-9._-]*\/[A-Za-z0-9_-][A-Za-z0-9._-]*$/.test(path)) {
    throw new DataError(
      { file: join(dataDir, "index") },
      `run path "${path}" is not of the form runs/<month>/<id>`
    );
  }
  const dir = join(dataDir, path);
  if (!existsSync(join(dir, "summary.json"))) {
    throw new DataError({ file: join(dir, "summary.json") }, "published run has no summary.json", {
      hint: "the pages checkout may be shallow or partial; fetch the whole gh-pages branch"
    });
  }
  return readRunFiles(dir);
}
async function readJson(file) {
  let text;
  try {
    text = await readFile(file, "utf8");
  } catch (cause) {
    throw new DataError({ file }, "cannot be read", { cause });
  }
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw new DataError({ file }, `not valid JSON: ${cause.message}`, { cause });
  }
}

// src/gate/select.ts
var PULL_REQUEST_EVENTS = /* @__PURE__ */ new Set(["pull_request", "pull_request_target"]);
function selectBaseline(rows, promoted, query) {
  const { context, now } = query;
  const forModel = rows.filter((r) => r.model === query.model);
  if (query.pinned !== void 0) {
    const pinned = forModel.find(
      (r) => r.run_id === query.pinned || r.run_id.startsWith(`${query.pinned}--`)
    );
    if (!pinned)
      return { row: null, reason: `pinned run ${query.pinned} has no published run of model ${query.model}` };
    return found(pinned, "pinned", `pinned run ${pinned.run_id}`, now);
  }
  const matching = suiteMatches(forModel, query.suite);
  const branchRuns = (branch) => matching.filter(
    (r) => r.branch === branch && r.kind !== "pr" && (context.sha === void 0 || r.sha !== context.sha)
  );
  if (context.event !== void 0 && PULL_REQUEST_EVENTS.has(context.event)) {
    const base = context.base_ref ?? query.default_branch;
    if (!base) return { row: null, reason: "the pull request has no base branch to find a baseline on" };
    const runs = branchRuns(base);
    const onMergeBase = context.base_sha ? latest(runs.filter((r) => r.sha === context.base_sha)) : void 0;
    if (onMergeBase)
      return found(
        onMergeBase,
        "merge-base",
        `the run on merge-base ${short(context.base_sha)} of ${base}`,
        now
      );
    const last = latest(runs);
    if (last)
      return found(
        last,
        "latest-on-base",
        `the latest run on ${base} (${short(last.sha)}; none on merge-base ${short(context.base_sha)})`,
        now
      );
    return { row: null, reason: `no ${query.suite} run of ${query.model} on ${base} yet` };
  }
  if (context.event === "push") {
    const branch = context.branch ?? query.default_branch;
    if (!branch) return { row: null, reason: "the push has no branch to find a baseline on" };
    const runs = branchRuns(branch);
    const onParent = context.parent_sha ? latest(runs.filter((r) => r.sha === context.parent_sha)) : void 0;
    if (onParent)
      return found(
        onParent,
        "parent",
        `the run on parent commit ${short(context.parent_sha)} of ${branch}`,
        now
      );
    const last = latest(runs);
    if (last)
      return found(
        last,
        "latest-on-branch",
        `the latest run on ${branch} (${short(last.sha)}; none on parent ${short(context.parent_sha)})`,
        now
      );
    return { row: null, reason: `no ${query.suite} run of ${query.model} on ${branch} yet` };
  }
  const branches = [
    ...new Set(
      [context.branch, ...context.event === void 0 ? [query.default_branch] : []].filter(
        (b) => !!b
      )
    )
  ];
  if (branches.length === 0) return { row: null, reason: "no branch to find a promoted baseline for" };
  for (const branch of branches) {
    const entries = promoted.filter((p2) => p2.branch === branch && p2.model === query.model);
    const entry = entries.find((p2) => p2.suite === query.suite) ?? (query.suite !== "full" ? entries.find((p2) => p2.suite === "full") : void 0);
    if (!entry) continue;
    const row = rows.find((r) => r.run_id === entry.run_id) ?? {
      run_id: entry.run_id,
      path: entry.path,
      kind: "branch",
      suite: entry.suite,
      model: entry.model,
      branch: entry.branch,
      sha: null,
      pr: null,
      created_at: entry.promoted_at ?? ""
    };
    return found(row, "promoted", `the promoted baseline of ${branch}`, now);
  }
  if (context.event === void 0) {
    for (const branch of branches) {
      const last = latest(branchRuns(branch));
      if (last)
        return found(last, "latest-on-branch", `the latest run on ${branch} (no promoted baseline)`, now);
    }
  }
  return {
    row: null,
    reason: `no promoted baseline for (${branches.join(" or ")}, ${query.model}, ${query.suite}): promote one with \`evalwarden promote <run>\` or pin gate.baseline.run`
  };
}
function suiteMatches(rows, suite) {
  const same = rows.filter((r) => r.suite === suite);
  if (same.length > 0 || suite === "full") return same;
  return rows.filter((r) => r.suite === "full");
}
function latest(rows) {
  return rows.reduce(
    (best, r) => !best || r.created_at > best.created_at ? r : best,
    void 0
  );
}
function found(row, selectedBy, what, now) {
  const created = Date.parse(row.created_at);
  const age = Number.isFinite(created) ? Math.max(0, (now.getTime() - created) / 864e5) : null;
  const ageText = age === null ? "age unknown" : age < 1 ? `${Math.round(age * 24)} h old` : `${Math.round(age)} days old`;
  return {
    row,
    selected_by: selectedBy,
    age_days: age,
    description: `${what}, ${row.suite} suite, ${ageText}`
  };
}
function short(sha) {
  return sha ? sha.slice(0, 7) : "unknown";
}
function selectCheckpoints(rows, query) {
  const earlier = suiteMatches(
    rows.filter((r) => r.model === query.model && typeof r.step === "number" && r.step < query.step),
    query.suite
  );
  const previous = earlier.reduce(
    (best2, r) => !best2 || r.step > best2.step ? r : best2,
    void 0
  );
  const scored = earlier.filter((r) => typeof r.score === "number");
  const best = scored.reduce(
    (top, r) => !top || r.score > top.score ? r : top,
    void 0
  );
  return {
    previous: previous ? found(previous, "previous-checkpoint", `the previous checkpoint (step ${previous.step})`, query.now) : { row: null, reason: `no earlier checkpoint of ${query.model} than step ${query.step}` },
    best: best ? found(
      best,
      "best-so-far",
      `the best checkpoint so far (step ${best.step}, score ${best.score.toFixed(3)})`,
      query.now
    ) : { row: null, reason: `no scored earlier checkpoint of ${query.model}` }
  };
}

// src/gate/run.ts
async function gateRun(options) {
  const notes = [];
  const accept = acceptancesFor(options, notes);
  return gateFolders({
    ...options,
    gate: { ...options.config.gate, accept },
    tasks: options.config.tasks,
    notes,
    pinned: options.config.gate?.baseline?.run
  });
}
async function gateFolders(options) {
  const now = options.now ?? /* @__PURE__ */ new Date();
  const notes = [...options.notes ?? []];
  const policy = resolveGatePolicy(options.gate, options.tasks);
  const candidate = await readResultsFolder(options.candidateDir);
  if (candidate.summary.status === "partial")
    notes.push(
      `candidate run ${candidate.summary.run_id} is partial: only the items it finished are compared`
    );
  const { choices, bestSoFar } = await resolveBaselines(candidate.summary, { ...options, now, notes });
  return compareRuns({
    candidate,
    baselines: choices,
    bestSoFar,
    policy,
    labels: options.labels,
    now,
    notes
  });
}
async function resolveBaselines(candidate, options) {
  const choices = /* @__PURE__ */ new Map();
  const bestSoFar = /* @__PURE__ */ new Map();
  const modelFor = (model) => options.baselineModel ?? model;
  if (/^(https?:\/\/|git@|ssh:\/\/)/.test(options.baseline)) {
    throw new EvalwardenError(
      `baseline "${options.baseline}" is a git URL: the gate reads a checked-out folder`,
      {
        hint: `check the pages branch out first (git clone --depth 1 --branch gh-pages ${options.baseline} pages) and pass --baseline pages`
      }
    );
  }
  const source = resolve(options.baseline);
  if (isResultsFolder(source)) {
    const run = await readResultsFolder(source);
    if (run.summary.suite !== candidate.suite) {
      options.notes.push(
        `baseline suite ${run.summary.suite} differs from the candidate's ${candidate.suite}: items pair where both ran them`
      );
    }
    for (const model of candidate.models) {
      const baseModel = modelFor(model.model);
      if (!run.summary.models.some((m) => m.model === baseModel)) {
        choices.set(model.model, { reason: `baseline folder ${options.baseline} has no model ${baseModel}` });
        continue;
      }
      choices.set(model.model, {
        ...run,
        ref: {
          kind: "folder",
          location: source,
          run_id: run.summary.run_id,
          model: baseModel,
          suite: run.summary.suite,
          selected_by: "folder",
          sha: run.run?.git.sha ?? null,
          branch: run.run?.git.branch ?? null,
          created_at: run.run?.started_at ?? null,
          age_days: ageDays(run.run?.started_at, options.now),
          description: `results folder ${options.baseline} (run ${run.summary.run_id}${run.run?.git.sha ? ` on ${run.run.git.sha.slice(0, 7)}` : ""})`
        }
      });
    }
    return { choices, bestSoFar };
  }
  const asLayout = existsSync2(source) ? findDataDir(source) : null;
  const pagesDir = asLayout ?? (options.pages ? findDataDir(resolve(options.pages)) : null);
  const pinned = asLayout ? options.pinned : options.baseline;
  if (!pagesDir) {
    throw new EvalwardenError(
      `baseline "${options.baseline}" is neither a results folder, a published data folder, nor a run id with a data folder to find it in`,
      {
        hint: "pass --baseline <results dir>, --baseline <gh-pages checkout>, or --baseline <run id> --pages <gh-pages checkout>"
      }
    );
  }
  const index = await readPagesIndex(pagesDir);
  const loaded = /* @__PURE__ */ new Map();
  const load = async (selection, baseModel) => {
    const row = selection.row;
    let run = loaded.get(row.path);
    if (!run) loaded.set(row.path, run = await readPublishedRun(pagesDir, row.path));
    const publishedModel = run.summary.models.some((m) => m.model === baseModel) ? baseModel : run.summary.models[0]?.model ?? baseModel;
    return {
      ...run,
      ref: {
        kind: "pages",
        location: pagesDir,
        run_id: row.run_id,
        model: publishedModel,
        suite: row.suite,
        selected_by: selection.selected_by,
        sha: row.sha,
        branch: row.branch,
        created_at: row.created_at || null,
        age_days: selection.age_days,
        description: selection.description
      }
    };
  };
  for (const model of candidate.models) {
    const baseModel = modelFor(model.model);
    let selection;
    if (model.role === "training" && model.step !== null && pinned === void 0) {
      const checkpoints = selectCheckpoints(index.rows, {
        model: baseModel,
        suite: candidate.suite,
        step: model.step,
        now: options.now
      });
      selection = checkpoints.previous;
      if (checkpoints.best.row) bestSoFar.set(model.model, await load(checkpoints.best, baseModel));
    } else {
      selection = selectBaseline(index.rows, index.promoted, {
        model: baseModel,
        suite: candidate.suite,
        context: options.context ?? {},
        pinned,
        default_branch: index.default_branch,
        now: options.now
      });
    }
    if (!selection.row) choices.set(model.model, { reason: selection.reason });
    else choices.set(model.model, await load(selection, baseModel));
  }
  return { choices, bestSoFar };
}
function acceptancesFor(options, notes) {
  const isPullRequest = options.context?.event === "pull_request" || options.context?.event === "pull_request_target";
  if (options.baseConfig) return options.baseConfig.gate?.accept ?? [];
  if (isPullRequest) {
    if ((options.config.gate?.accept ?? []).length > 0) {
      notes.push(
        "gate.accept entries in the pull request's own config are ignored: acceptances are read from the base branch's config"
      );
    }
    return [];
  }
  return options.config.gate?.accept ?? [];
}
function ageDays(iso, now) {
  const t = iso ? Date.parse(iso) : Number.NaN;
  return Number.isFinite(t) ? Math.max(0, (now.getTime() - t) / 864e5) : null;
}

export {
  renderComparisonTable,
  findDataDir,
  readPagesIndex,
  gateRun,
  gateFolders
};
