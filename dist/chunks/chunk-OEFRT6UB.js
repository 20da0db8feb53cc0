import { createRequire as __evalwardenRequire } from 'node:module'; const require = __evalwardenRequire(import.meta.url);
import {
  seededRandom
} from "./chunk-WI6PVB53.js";
import {
  COMPARISON_SCHEMA_VERSION,
  GATING,
  errorVerdict,
  isFailing,
  resolveGatePolicy,
  runVerdict,
  taskPolicy,
  worst
} from "./chunk-BXLSPJIC.js";
import {
  MDE_FOOTNOTE,
  PAIRED_FOOTNOTE,
  changeWords,
  pText,
  pairedNote,
  points,
  savingSentence,
  size,
  stoppedSentence,
  underpoweredSentence,
  verdictLabel
} from "./chunk-EDHOFPSA.js";
import {
  readRecordsArray
} from "./chunk-WL6NDTXN.js";
import {
  markdownTable
} from "./chunk-UCYXHRQB.js";
import {
  estimateMean,
  require_lib,
  require_lib10,
  require_lib11,
  require_lib12,
  require_lib13,
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
} from "./chunk-GDLDIX63.js";
import {
  sequentialOrder
} from "./chunk-YBHHJ3RB.js";
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
    var floor = require_lib7();
    function isNonNegativeInteger(x) {
      return floor(x) === x && x >= 0;
    }
    module.exports = isNonNegativeInteger;
  }
});

// node_modules/@stdlib/math-base-assert-is-nonnegative-integer/lib/index.js
var require_lib14 = __commonJS({
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
    var isNonNegativeInteger = require_lib14();
    var betainc = require_lib12();
    var isnan = require_lib2();
    var floor = require_lib7();
    var PINF = require_lib4();
    function cdf(x, n, p) {
      if (isnan(x) || isnan(n) || isnan(p) || p < 0 || p > 1 || !isNonNegativeInteger(n) || n === PINF) {
        return NaN;
      }
      if (x < 0) {
        return 0;
      }
      if (x >= n) {
        return 1;
      }
      x = floor(x + 1e-7);
      return betainc(p, x + 1, n - x, true, true);
    }
    module.exports = cdf;
  }
});

// node_modules/@stdlib/stats-base-dists-binomial-cdf/lib/factory.js
var require_factory = __commonJS({
  "node_modules/@stdlib/stats-base-dists-binomial-cdf/lib/factory.js"(exports, module) {
    "use strict";
    var isNonNegativeInteger = require_lib14();
    var constantFunction = require_lib5();
    var betainc = require_lib12();
    var isnan = require_lib2();
    var floor = require_lib7();
    var PINF = require_lib4();
    function factory(n, p) {
      if (isnan(n) || isnan(p) || p < 0 || p > 1 || !isNonNegativeInteger(n) || n === PINF) {
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
        return betainc(p, x + 1, n - x, true, true);
      }
    }
    module.exports = factory;
  }
});

// node_modules/@stdlib/stats-base-dists-binomial-cdf/lib/index.js
var require_lib15 = __commonJS({
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
    var betainc = require_lib12();
    var isnan = require_lib2();
    var pow = require_lib9();
    function cdf(x, v) {
      var x2;
      var p;
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
        p = betainc(z, 0.5, v / 2, true, true) / 2;
      } else {
        z = v / (v + x2);
        p = betainc(z, v / 2, 0.5, true, false) / 2;
      }
      return x > 0 ? 1 - p : p;
    }
    module.exports = cdf;
  }
});

// node_modules/@stdlib/stats-base-dists-t-cdf/lib/factory.js
var require_factory2 = __commonJS({
  "node_modules/@stdlib/stats-base-dists-t-cdf/lib/factory.js"(exports, module) {
    "use strict";
    var constantFunction = require_lib5();
    var betainc = require_lib12();
    var isnan = require_lib2();
    var pow = require_lib9();
    function factory(v) {
      if (isnan(v) || v <= 0) {
        return constantFunction(NaN);
      }
      return cdf;
      function cdf(x) {
        var x2;
        var p;
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
          p = betainc(z, 0.5, v / 2, true, true) / 2;
        } else {
          z = v / (v + x2);
          p = betainc(z, v / 2, 0.5, true, false) / 2;
        }
        return x > 0 ? 1 - p : p;
      }
    }
    module.exports = factory;
  }
});

// node_modules/@stdlib/stats-base-dists-t-cdf/lib/index.js
var require_lib16 = __commonJS({
  "node_modules/@stdlib/stats-base-dists-t-cdf/lib/index.js"(exports, module) {
    "use strict";
    var setReadOnly = require_lib();
    var main = require_main3();
    var factory = require_factory2();
    setReadOnly(main, "factory", factory);
    module.exports = main;
  }
});

// node_modules/@stdlib/stats-base-dists-normal-cdf/lib/main.js
var require_main4 = __commonJS({
  "node_modules/@stdlib/stats-base-dists-normal-cdf/lib/main.js"(exports, module) {
    "use strict";
    var erfc = require_lib10();
    var sqrt = require_lib3();
    var isnan = require_lib2();
    function cdf(x, mu, sigma) {
      var denom;
      var xc;
      if (isnan(x) || isnan(mu) || isnan(sigma) || sigma < 0) {
        return NaN;
      }
      if (sigma === 0) {
        return x < mu ? 0 : 1;
      }
      denom = sigma * sqrt(2);
      xc = x - mu;
      return 0.5 * erfc(-xc / denom);
    }
    module.exports = cdf;
  }
});

// node_modules/@stdlib/stats-base-dists-degenerate-cdf/lib/main.js
var require_main5 = __commonJS({
  "node_modules/@stdlib/stats-base-dists-degenerate-cdf/lib/main.js"(exports, module) {
    "use strict";
    var isnan = require_lib2();
    function cdf(x, mu) {
      if (isnan(x) || isnan(mu)) {
        return NaN;
      }
      return x < mu ? 0 : 1;
    }
    module.exports = cdf;
  }
});

// node_modules/@stdlib/stats-base-dists-degenerate-cdf/lib/factory.js
var require_factory3 = __commonJS({
  "node_modules/@stdlib/stats-base-dists-degenerate-cdf/lib/factory.js"(exports, module) {
    "use strict";
    var constantFunction = require_lib5();
    var isnan = require_lib2();
    function factory(mu) {
      if (isnan(mu)) {
        return constantFunction(NaN);
      }
      return cdf;
      function cdf(x) {
        if (isnan(x)) {
          return NaN;
        }
        return x < mu ? 0 : 1;
      }
    }
    module.exports = factory;
  }
});

// node_modules/@stdlib/stats-base-dists-degenerate-cdf/lib/index.js
var require_lib17 = __commonJS({
  "node_modules/@stdlib/stats-base-dists-degenerate-cdf/lib/index.js"(exports, module) {
    "use strict";
    var setReadOnly = require_lib();
    var main = require_main5();
    var factory = require_factory3();
    setReadOnly(main, "factory", factory);
    module.exports = main;
  }
});

// node_modules/@stdlib/stats-base-dists-normal-cdf/lib/factory.js
var require_factory4 = __commonJS({
  "node_modules/@stdlib/stats-base-dists-normal-cdf/lib/factory.js"(exports, module) {
    "use strict";
    var constantFunction = require_lib5();
    var degenerate = require_lib17().factory;
    var isnan = require_lib2();
    var sqrt = require_lib3();
    var erfc = require_lib10();
    function factory(mu, sigma) {
      var denom;
      if (isnan(mu) || isnan(sigma) || sigma < 0) {
        return constantFunction(NaN);
      }
      if (sigma === 0) {
        return degenerate(mu);
      }
      denom = sigma * sqrt(2);
      return cdf;
      function cdf(x) {
        var xc;
        if (isnan(x)) {
          return NaN;
        }
        xc = x - mu;
        return 0.5 * erfc(-xc / denom);
      }
    }
    module.exports = factory;
  }
});

// node_modules/@stdlib/stats-base-dists-normal-cdf/lib/index.js
var require_lib18 = __commonJS({
  "node_modules/@stdlib/stats-base-dists-normal-cdf/lib/index.js"(exports, module) {
    "use strict";
    var setReadOnly = require_lib();
    var main = require_main4();
    var factory = require_factory4();
    setReadOnly(main, "factory", factory);
    module.exports = main;
  }
});

// node_modules/@stdlib/stats-base-dists-normal-pdf/lib/main.js
var require_main6 = __commonJS({
  "node_modules/@stdlib/stats-base-dists-normal-pdf/lib/main.js"(exports, module) {
    "use strict";
    var exp = require_lib8();
    var pow = require_lib9();
    var sqrt = require_lib3();
    var TWO_PI = require_lib11();
    var PINF = require_lib4();
    var isnan = require_lib2();
    function pdf(x, mu, sigma) {
      var s2;
      var A;
      var B;
      if (isnan(x) || isnan(mu) || isnan(sigma) || sigma < 0) {
        return NaN;
      }
      if (sigma === 0) {
        return x === mu ? PINF : 0;
      }
      s2 = pow(sigma, 2);
      A = 1 / sqrt(s2 * TWO_PI);
      B = -1 / (2 * s2);
      return A * exp(B * pow(x - mu, 2));
    }
    module.exports = pdf;
  }
});

// node_modules/@stdlib/stats-base-dists-degenerate-pdf/lib/main.js
var require_main7 = __commonJS({
  "node_modules/@stdlib/stats-base-dists-degenerate-pdf/lib/main.js"(exports, module) {
    "use strict";
    var PINF = require_lib4();
    var isnan = require_lib2();
    function pdf(x, mu) {
      if (isnan(x) || isnan(mu)) {
        return NaN;
      }
      return x === mu ? PINF : 0;
    }
    module.exports = pdf;
  }
});

// node_modules/@stdlib/stats-base-dists-degenerate-pdf/lib/factory.js
var require_factory5 = __commonJS({
  "node_modules/@stdlib/stats-base-dists-degenerate-pdf/lib/factory.js"(exports, module) {
    "use strict";
    var constantFunction = require_lib5();
    var PINF = require_lib4();
    var isnan = require_lib2();
    function factory(mu) {
      if (isnan(mu)) {
        return constantFunction(NaN);
      }
      return pdf;
      function pdf(x) {
        if (isnan(x)) {
          return NaN;
        }
        return x === mu ? PINF : 0;
      }
    }
    module.exports = factory;
  }
});

// node_modules/@stdlib/stats-base-dists-degenerate-pdf/lib/index.js
var require_lib19 = __commonJS({
  "node_modules/@stdlib/stats-base-dists-degenerate-pdf/lib/index.js"(exports, module) {
    "use strict";
    var setReadOnly = require_lib();
    var main = require_main7();
    var factory = require_factory5();
    setReadOnly(main, "factory", factory);
    module.exports = main;
  }
});

// node_modules/@stdlib/stats-base-dists-normal-pdf/lib/factory.js
var require_factory6 = __commonJS({
  "node_modules/@stdlib/stats-base-dists-normal-pdf/lib/factory.js"(exports, module) {
    "use strict";
    var constantFunction = require_lib5();
    var degenerate = require_lib19().factory;
    var isnan = require_lib2();
    var sqrt = require_lib3();
    var exp = require_lib8();
    var pow = require_lib9();
    var TWO_PI = require_lib11();
    function factory(mu, sigma) {
      var s2;
      var A;
      var B;
      if (isnan(mu) || isnan(sigma) || sigma < 0) {
        return constantFunction(NaN);
      }
      if (sigma === 0) {
        return degenerate(mu);
      }
      s2 = pow(sigma, 2);
      A = 1 / sqrt(s2 * TWO_PI);
      B = -1 / (2 * s2);
      return pdf;
      function pdf(x) {
        if (isnan(x)) {
          return NaN;
        }
        return A * exp(B * pow(x - mu, 2));
      }
    }
    module.exports = factory;
  }
});

// node_modules/@stdlib/stats-base-dists-normal-pdf/lib/index.js
var require_lib20 = __commonJS({
  "node_modules/@stdlib/stats-base-dists-normal-pdf/lib/index.js"(exports, module) {
    "use strict";
    var setReadOnly = require_lib();
    var main = require_main6();
    var factory = require_factory6();
    setReadOnly(main, "factory", factory);
    module.exports = main;
  }
});

// src/gate/render.ts
function renderComparisonTable(c, medium = "markdown") {
  const cell = medium === "terminal" ? terminalCell : markdownCell;
  const rows = [
    ["Model", "Task", "Baseline", "Candidate", "\u0394 (95% CI)", "p (adj.)", "MDE", "Verdict"]
  ];
  for (const model of c.models) {
    for (const task of model.tasks) {
      rows.push([
        cell(model.model) + (model.gating === "none" ? " (reference)" : model.gating === "errors-only" ? " (training)" : ""),
        cell(task.task),
        task.baseline ? score(task.baseline.mean, task.baseline.ci, task.baseline.n) : "\u2014",
        score(task.candidate.mean, task.candidate.ci, task.candidate.n),
        task.delta ? `${points(task.delta.estimate)} (${points(task.delta.ci.low)} to ${points(task.delta.ci.high)})` : "\u2014",
        pCell(task),
        task.delta?.mde != null ? `${(task.delta.mde * 100).toFixed(1)} pts` : "\u2014",
        verdictCell(task, cell)
      ]);
    }
  }
  const lines = [
    `**${c.verdict}** \u2014 ${cell(c.reason)}`,
    "",
    markdownTable(rows, { align: ["l", "l", "r", "r", "r", "r", "r", "l"] }),
    "",
    MDE_FOOTNOTE,
    PAIRED_FOOTNOTE,
    ""
  ];
  const saving2 = savingSentence(c);
  if (saving2) lines.push(saving2);
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
function verdictCell(task, cell) {
  const parts = [verdictLabel(task)];
  if (task.verdict === "error" || task.verdict === "no-baseline") parts[0] += `: ${cell(task.reason)}`;
  const stopped = stoppedSentence(task);
  if (stopped) parts.push(stopped);
  const sentence = underpoweredSentence(task);
  if (sentence) parts.push(sentence);
  parts.push(...changeWords(task).map(cell));
  const paired = pairedNote(task);
  if (paired) parts.push(paired);
  if (task.delta?.pairing) parts.push(cell(task.delta.pairing));
  return parts.join("; ");
}
function pCell(task) {
  const d = task.delta;
  if (!d) return "\u2014";
  return task.verdict === "improvement" ? `rise ${pValue(d.p_improvement)} (${pValue(d.p_improvement_adjusted)})` : `drop ${pValue(d.p_drop)} (${pValue(d.p_drop_adjusted)})`;
}
function score(mean, ci, n) {
  if (mean === null || !Number.isFinite(mean)) return "\u2014";
  const interval = ci ? ` [${(ci.low * 100).toFixed(1)}, ${(ci.high * 100).toFixed(1)}]` : " [SE unknown]";
  return `${(mean * 100).toFixed(1)}${interval} n=${n ?? "unknown"}`;
}
function pValue(p) {
  if (!Number.isFinite(p)) return "\u2014";
  return p < 1e-4 ? "<0.0001" : p.toFixed(4);
}
function terminalCell(text) {
  return text.replace(/[\r\n]+/g, " ").replace(/\|/g, "\\|").replace(/[\u0000-\u001f\u007f-\u009f]/g, "");
}
function markdownCell(text) {
  return text.replace(/[\r\n]+/g, " ").replace(/\|/g, "\\|").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/@/g, "@\u200B");
}

// src/gate/run.ts
import { existsSync as existsSync2 } from "node:fs";
import { resolve } from "node:path";

// src/gate/changes.ts
function instrumentChange(task, base) {
  if (task.instrument.scorer !== base.instrument.scorer)
    return `scorer changed (${base.instrument.scorer} \u2192 ${task.instrument.scorer})`;
  if (scorerVersion(task) !== scorerVersion(base))
    return `scorer updated (${base.instrument.scorer} v${scorerVersion(base)} \u2192 v${scorerVersion(task)})`;
  if (task.primary_metric !== base.primary_metric)
    return `primary metric changed (${base.primary_metric} \u2192 ${task.primary_metric})`;
  if (task.instrument.judge !== base.instrument.judge)
    return `judge model changed (${base.instrument.judge ?? "none"} \u2192 ${task.instrument.judge ?? "none"})`;
  if (task.instrument.hash !== base.instrument.hash)
    return `scorer options, judge or rubric changed (instrument ${base.instrument.hash} \u2192 ${task.instrument.hash})`;
  return null;
}
function taskChanges(task, base) {
  const changes = [];
  const details = {};
  if (task.prompt_hash !== base.prompt_hash) changes.push("prompt");
  if (task.instrument.scorer !== base.instrument.scorer) {
    changes.push("scorer");
    details.scorer = { from: base.instrument.scorer, to: task.instrument.scorer };
  }
  if (task.primary_metric !== base.primary_metric) {
    changes.push("primary_metric");
    details.primary_metric = { from: base.primary_metric, to: task.primary_metric };
  }
  if (task.instrument.hash !== base.instrument.hash || task.instrument.scorer !== base.instrument.scorer || scorerVersion(task) !== scorerVersion(base) || task.instrument.judge !== base.instrument.judge) {
    changes.push("instrument");
  }
  return { changes, details };
}
function scorerVersion(task) {
  return task.instrument.version ?? 1;
}

// src/gate/direction.ts
function orientTest(test, higherIsBetter) {
  if (higherIsBetter) return test;
  return {
    ...test,
    estimate: -test.estimate,
    ci: { low: -test.ci.high, high: -test.ci.low },
    p_drop: test.p_improvement,
    p_improvement: test.p_drop
  };
}

// src/stats/aggregate.ts
var import_stats_base_dists_normal_quantile = __toESM(require_lib6(), 1);
function weightedCombination(parts, confidence = 0.95) {
  const total = parts.reduce((acc, p) => acc + p.weight, 0);
  if (parts.length === 0 || !(total > 0)) return null;
  let value = 0;
  let variance = 0;
  for (const p of parts) {
    const share = p.weight / total;
    value += share * p.value;
    variance += share * share * p.se * p.se;
  }
  const se = Math.sqrt(variance);
  const z = (0, import_stats_base_dists_normal_quantile.default)(1 - (1 - confidence) / 2, 0, 1);
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

// src/gate/flips.ts
var FLIPS_PER_SIDE = 20;
var OUTPUT_CHARS = 500;
function findFlips(pairs, limit = FLIPS_PER_SIDE) {
  const worse = pairs.filter((p) => p.candidate.score < p.baseline.score);
  const better = pairs.filter((p) => p.candidate.score > p.baseline.score);
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
var import_stats_base_dists_binomial_cdf = __toESM(require_lib15(), 1);
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
var import_stats_base_dists_t_cdf = __toESM(require_lib16(), 1);
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
var import_stats_base_dists_t_quantile = __toESM(require_lib13(), 1);
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
  const half = df > 0 ? (0, import_stats_base_dists_t_quantile.default)(1 - (1 - confidence) / 2, df) * se : 0;
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
    const hasClusters = pairs.some((p) => p.candidate.cluster !== null);
    const result = testPaired(
      pairs.map((p) => p.candidate.score),
      pairs.map((p) => p.baseline.score),
      {
        paired_test: options.paired_test,
        binary: pairs.every((p) => p.candidate.binary && p.baseline.binary),
        weights: pairs.some((p) => p.candidate.weight !== 1) ? pairs.map((p) => p.candidate.weight) : void 0,
        clusters: hasClusters ? pairs.map((p) => p.candidate.cluster) : void 0,
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
    pairing: `unpaired: ${pairs.length} shared item${pairs.length === 1 ? "" : "s"}, fewer than ${Math.max(2, options.min_pairs)} (Welch on the means)`,
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
var UNPAIRED_AGGREGATES = "unpaired: aggregates only (Welch on the means)";
function testFromSummaries(candidate, baseline) {
  const side2 = (s) => {
    if (s.items.length > 0) return estimateSide(s.items);
    const { n, se } = s.summary ?? {};
    if (!s.summary || n === null || n === void 0 || n < 2 || se === null || se === void 0) return null;
    return {
      side: { n: s.summary.n, mean: s.summary.mean, ci: s.summary.ci },
      estimate: { mean: s.summary.mean, se, units: n }
    };
  };
  const cand = side2(candidate);
  const base = side2(baseline);
  if (!cand || !base) return null;
  return {
    method: "welch",
    paired: false,
    pairing: UNPAIRED_AGGREGATES,
    candidate: cand.side,
    baseline: base.side,
    test: welch(cand.estimate, base.estimate),
    discordant: null,
    pairs: []
  };
}

// src/stats/benjamini-hochberg.ts
function benjaminiHochbergAdjust(pValues) {
  const m = pValues.length;
  const order = pValues.map((p, i) => ({ p, i })).sort((a, b) => a.p - b.p);
  const adjusted = new Array(m);
  let running = 1;
  for (let rank = m - 1; rank >= 0; rank--) {
    const { p, i } = order[rank];
    running = Math.min(running, m / (rank + 1) * p);
    adjusted[i] = Math.min(1, running);
  }
  return adjusted;
}

// src/stats/holm.ts
function holmAdjust(pValues) {
  const m = pValues.length;
  const order = pValues.map((p, i) => ({ p, i })).sort((a, b) => a.p - b.p);
  const adjusted = new Array(m);
  let running = 0;
  order.forEach(({ p, i }, rank) => {
    running = Math.max(running, Math.min(1, (m - rank) * p));
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
var import_stats_base_dists_normal_quantile2 = __toESM(require_lib6(), 1);
var import_stats_base_dists_t_quantile2 = __toESM(require_lib13(), 1);
function minimumDetectableEffect(options) {
  const power = options.power ?? 0.8;
  const df = options.df ?? Infinity;
  if (!(options.se >= 0) || !Number.isFinite(options.se)) return null;
  const quantile = (p) => Number.isFinite(df) ? (0, import_stats_base_dists_t_quantile2.default)(p, df) : (0, import_stats_base_dists_normal_quantile2.default)(p, 0, 1);
  const critical = quantile(1 - options.alpha) * options.se;
  return Math.max(critical, options.margin ?? 0) + quantile(power) * options.se;
}
function intervalStandardError(ci, level = 0.95) {
  const width = ci.high - ci.low;
  if (!Number.isFinite(width) || width <= 0) return 0;
  return width / (2 * (0, import_stats_base_dists_normal_quantile2.default)(1 - (1 - level) / 2, 0, 1));
}
function moreItemsToTell(options) {
  const { n, se, estimate, alpha, margin } = options;
  if (!(se > 0) || !(n > 0)) return null;
  const zAlpha = (0, import_stats_base_dists_normal_quantile2.default)(1 - alpha, 0, 1);
  const zPower = (0, import_stats_base_dists_normal_quantile2.default)(options.power ?? 0.8, 0, 1);
  let target;
  let goal;
  let drop;
  if (estimate < -margin) {
    drop = -estimate;
    goal = "detect";
    const unconstrained = drop / (zAlpha + zPower);
    target = zAlpha * unconstrained >= margin ? unconstrained : (drop - margin) / zPower;
  } else {
    drop = margin;
    goal = "rule-out";
    target = (estimate + margin) / zAlpha;
  }
  if (!(target > 0)) return null;
  const needed = n * (se / target) ** 2;
  return { items: Math.max(1, Math.ceil(needed - n)), goal, drop };
}

// src/gate/verdict.ts
function decideVerdicts(inputs, correction, runAlpha) {
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
        tested: null,
        more_items: null
      };
    }
    const inFamily = adjusted.get(input);
    const pDrop = inFamily?.drop ?? test.p_drop;
    const pRise = inFamily?.rise ?? test.p_improvement;
    const levelForMde = inFamily && correction !== "none" ? policy.alpha / m : policy.alpha;
    const se = Math.max(test.se, intervalStandardError(test.ci));
    const mde = minimumDetectableEffect({ se, alpha: levelForMde, df: test.df, margin: policy.max_drop });
    const base = {
      task: input.task,
      tested: { p_drop_adjusted: pDrop, p_improvement_adjusted: pRise, mde },
      more_items: null
    };
    const family2 = inFamily ? `${correction === "none" ? "uncorrected" : correction} across ${m} task${m === 1 ? "" : "s"}` : "critical: own \u03B1";
    const delta = `\u0394 ${points(test.estimate)} (95% CI ${points(test.ci.low)} to ${points(test.ci.high)})`;
    if (test.estimate < -policy.max_drop && pDrop < policy.alpha) {
      return {
        ...base,
        verdict: "regression",
        underpowered: false,
        reason: `${delta}: p = ${pText(pDrop)} (${family2}) below \u03B1 = ${policy.alpha}, and beyond max_drop ${size(policy.max_drop)}`
      };
    }
    if (test.estimate < -policy.max_drop && test.p_drop < policy.alpha) {
      return {
        ...base,
        verdict: "inconclusive",
        underpowered: false,
        reason: `${delta}: p = ${pText(test.p_drop)} alone but ${pText(pDrop)} after ${family2}; not significant once corrected`
      };
    }
    const warnAt = runAlpha ?? policy.alpha;
    if (!inFamily && test.estimate < -policy.max_drop && test.p_drop < warnAt) {
      return {
        ...base,
        verdict: "inconclusive",
        underpowered: false,
        reason: `${delta}: p = ${pText(test.p_drop)} is below the run's \u03B1 = ${warnAt} but not this critical task's own \u03B1 = ${policy.alpha}`
      };
    }
    if (test.estimate > policy.max_drop && pRise < policy.alpha) {
      return {
        ...base,
        verdict: "improvement",
        underpowered: false,
        reason: `${delta}: p = ${pText(pRise)} (${family2}) below \u03B1 = ${policy.alpha}`
      };
    }
    const underpowered = test.ci.low < -policy.max_drop;
    const more = underpowered && input.n != null ? moreItemsToTell({
      n: input.n,
      se,
      estimate: test.estimate,
      alpha: levelForMde,
      margin: policy.max_drop
    }) : null;
    return {
      ...base,
      more_items: more,
      verdict: "pass",
      underpowered,
      reason: underpowered ? `${delta}: no significant change, but the CI still reaches below \u2212${size(policy.max_drop)}; this n detects drops of ${mde === null ? "unknown size" : size(mde)} or more` : `${delta}: no change beyond max_drop ${size(policy.max_drop)}`
    };
  });
}

// src/gate/compare.ts
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
      items = baselineItems.get(choice) ?? indexBaseline(choice);
      baselineItems.set(choice, items);
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
  const { verdict, reason: verdictReason } = runVerdict(models);
  const reason = withPairing(verdictReason, models);
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
    const preset = errorVerdict(task, policy);
    if (preset) return { task: task.task, policy, preset, test: null };
    if (noBaselineReason || !baseModel)
      return {
        task: task.task,
        policy,
        preset: { verdict: "no-baseline", reason: noBaselineReason ?? "" },
        test: null
      };
    const baseTask = baseModel.tasks.find((t) => t.task === task.task);
    const baseFailure = baseTask ? presetVerdict(baseTask, policy) : null;
    if (baseFailure)
      return {
        task: task.task,
        policy,
        preset: {
          verdict: "no-baseline",
          reason: `baseline run ${baseline.ref.run_id} fails the error rule on this task (${baseFailure.reason}): not a baseline to gate against`
        },
        test: null
      };
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
    if (!test.paired && test.baseline.n !== null && test.baseline.n < policy.min_items) {
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
    test.test = orientTest(test.test, task.higher_is_better !== false);
    tests.set(task.task, test);
    return { task: task.task, policy, preset: null, test: test.test, n: test.candidate.n };
  });
  const decided = decideVerdicts(inputs, options.policy.correction, options.policy.defaults.alpha);
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
      candidate: test ? {
        ...test.candidate,
        errors: task.errors,
        error_rate: task.error_rate,
        ...test.paired && primary ? { own: { n: task.n, mean: primary.mean } } : {}
      } : {
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
        ...test.pairing ? { pairing: test.pairing } : {},
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
      changes: changes.get(task.task)?.changes ?? [],
      change_details: changes.get(task.task)?.details ?? {},
      more_items: decision.more_items,
      flips: test?.paired ? findFlips(test.pairs) : null
    };
  });
  const compared = tasks.filter((t) => t.delta);
  const delta = weightedCombination(
    compared.map((t) => ({ value: t.delta.estimate, se: t.delta.se, weight: t.weight }))
  );
  const { verdict, reason } = worst(
    tasks.map((t) => ({
      name: `${model.model}/${t.task}`,
      verdict: t.verdict,
      reason: t.reason,
      underpowered: t.underpowered
    }))
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
      prompt_tasks: [...changes].filter(([, c]) => c.changes.includes("prompt")).map(([task]) => task)
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
  return combined ? { estimate: combined.value, se: combined.se, ci: combined.ci, tasks: parts.map((p) => p.task) } : null;
}
function presetVerdict(task, policy) {
  return errorVerdict(task, policy);
}
var baselineIndexes = /* @__PURE__ */ new WeakMap();
function indexBaseline(run) {
  const cached = baselineIndexes.get(run.records);
  if (cached && cached.summary === run.summary) return cached.index;
  const primary = primaryMetrics(run.summary);
  const index = indexItems(run.records, (task) => primary.get(task));
  baselineIndexes.set(run.records, { summary: run.summary, index });
  return index;
}
function primaryMetrics(summary) {
  const map = /* @__PURE__ */ new Map();
  for (const model of summary.models) for (const task of model.tasks) map.set(task.task, task.primary_metric);
  return map;
}
function withPairing(reason, models) {
  const deltas = models.flatMap((m) => m.tasks.flatMap((t) => t.delta ? [t.delta] : []));
  const aggregates = deltas.filter((d) => d.pairing === UNPAIRED_AGGREGATES).length;
  if (aggregates === 0) return reason;
  const which = aggregates === deltas.length ? "all tasks" : `${aggregates} of ${deltas.length} tasks`;
  return `${reason} (${which} ${UNPAIRED_AGGREGATES})`;
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

// src/gate/sequential.ts
var import_stats_base_dists_normal_cdf2 = __toESM(require_lib18(), 1);
var import_stats_base_dists_normal_quantile4 = __toESM(require_lib6(), 1);

// src/stats/group-sequential.ts
var import_stats_base_dists_normal_cdf = __toESM(require_lib18(), 1);
var import_stats_base_dists_normal_pdf = __toESM(require_lib20(), 1);
var import_stats_base_dists_normal_quantile3 = __toESM(require_lib6(), 1);
var GRID = 401;
var LOWER_SD = 8.5;
function obrienFlemingSpent(t, alpha) {
  if (t <= 0) return 0;
  const z = (0, import_stats_base_dists_normal_quantile3.default)(1 - alpha / 2, 0, 1);
  return Math.min(alpha, 2 - 2 * (0, import_stats_base_dists_normal_cdf.default)(z / Math.sqrt(Math.min(t, 1)), 0, 1));
}
function spendingBoundaries(fractions, alpha) {
  const bounds2 = [];
  let grid = null;
  let spentBefore = 0;
  let tBefore = 0;
  for (const t of fractions) {
    const spend = obrienFlemingSpent(t, alpha) - spentBefore;
    spentBefore += Math.max(0, spend);
    const sd = Math.sqrt(t - tBefore);
    let c;
    if (grid === null) {
      c = spend > 0 ? (0, import_stats_base_dists_normal_quantile3.default)(1 - spend, 0, 1) : Infinity;
    } else if (spend <= 1e-15) {
      c = Infinity;
    } else {
      const g = grid;
      const exceed = (b) => {
        let total = 0;
        for (let i = 0; i < g.s.length; i++)
          total += g.w[i] * g.f[i] * (1 - (0, import_stats_base_dists_normal_cdf.default)((b * Math.sqrt(t) - g.s[i]) / sd, 0, 1));
        return total;
      };
      let low = -5;
      let high = 40;
      for (let i = 0; i < 100 && high - low > 1e-10; i++) {
        const mid = (low + high) / 2;
        if (exceed(mid) > spend) low = mid;
        else high = mid;
      }
      c = (low + high) / 2;
    }
    bounds2.push(c);
    grid = nextGrid(grid, t, tBefore, c);
    tBefore = t;
  }
  return bounds2;
}
function nextGrid(previous, t, tBefore, c) {
  const top = Number.isFinite(c) ? c * Math.sqrt(t) : LOWER_SD * Math.sqrt(t);
  const bottom = -LOWER_SD * Math.sqrt(t);
  const h = (top - bottom) / (GRID - 1);
  const s = Array.from({ length: GRID }, (_, i) => bottom + i * h);
  const w = s.map((_, i) => (i === 0 || i === GRID - 1 ? 1 : i % 2 === 1 ? 4 : 2) * h / 3);
  const sd = Math.sqrt(t - tBefore);
  const f = s.map((x) => {
    if (previous === null) return (0, import_stats_base_dists_normal_pdf.default)(x, 0, sd);
    let total = 0;
    for (let i = 0; i < previous.s.length; i++)
      total += previous.w[i] * previous.f[i] * (0, import_stats_base_dists_normal_pdf.default)(x - previous.s[i], 0, sd);
    return total;
  });
  return { s, f, w };
}
function conditionalPower(z, t, drift, final) {
  if (t >= 1) return z >= final ? 1 : 0;
  return 1 - (0, import_stats_base_dists_normal_cdf.default)((final - z * Math.sqrt(t) - drift * (1 - t)) / Math.sqrt(1 - t), 0, 1);
}

// src/gate/sequential.ts
function compareSequential(options) {
  const { design } = options;
  const plans = planTasks(options);
  const lastLook = Math.max(0, ...plans.map((p) => p.looks.length - 1));
  let comparison = compareRuns({ ...options, candidate: restrict(options.candidate, plans) });
  const rejected = /* @__PURE__ */ new Map();
  for (let k = 0; k <= lastLook; k++) {
    if (k > 0) {
      for (const plan of plans) if (!plan.stop) plan.at = Math.min(k, plan.looks.length - 1);
      comparison = compareRuns({ ...options, candidate: restrict(options.candidate, plans) });
    }
    for (const model of comparison.models) decideLook(model, plans, rejected, options, design);
  }
  return assemble(comparison, plans, options);
}
function planTasks(options) {
  const { design } = options;
  const items = /* @__PURE__ */ new Map();
  for (const r of options.candidate.records) {
    const key = `${r.model}\0${r.task}`;
    let map = items.get(key);
    if (!map) items.set(key, map = /* @__PURE__ */ new Map());
    if (!map.has(r.item_id)) map.set(r.item_id, { id: r.item_id, category: r.category });
  }
  const plans = [];
  for (const model of options.candidate.summary.models) {
    const choice = options.baselines.get(model.model);
    const baseIds = /* @__PURE__ */ new Map();
    if (choice && "ref" in choice) {
      for (const r of choice.records)
        if (r.model === choice.ref.model && r.error === null && r.score !== null) {
          let set = baseIds.get(r.task);
          if (!set) baseIds.set(r.task, set = /* @__PURE__ */ new Set());
          set.add(r.item_id);
        }
    }
    for (const task of model.tasks) {
      const all = [...items.get(`${model.model}\0${task.task}`)?.values() ?? []];
      const order = sequentialOrder(all, design.looks[0], design.seed).map((i) => i.id);
      const full = order.length;
      let looks = [.../* @__PURE__ */ new Set([...design.looks.filter((n) => n < full), full])];
      const base = baseIds.get(task.task);
      let cappedAt = null;
      if (base) {
        const covered = order.findIndex((id) => !base.has(id));
        if (covered >= 0) {
          cappedAt = covered;
          looks = [.../* @__PURE__ */ new Set([...looks.filter((n) => n < covered), covered])].filter((n) => n > 0);
        }
      }
      plans.push({ model: model.model, task: task.task, order, looks, cappedAt, at: 0, stop: null });
    }
  }
  return plans;
}
function restrict(candidate, plans) {
  const prefixes = new Map(
    plans.map((p) => [`${p.model}\0${p.task}`, new Set(p.order.slice(0, p.looks[p.at] ?? 0))])
  );
  const records = candidate.records.filter(
    (r) => prefixes.get(`${r.model}\0${r.task}`)?.has(r.item_id)
  );
  const counts = /* @__PURE__ */ new Map();
  for (const r of records) {
    const key = `${r.model}\0${r.task}`;
    let c = counts.get(key);
    if (!c) counts.set(key, c = { scored: /* @__PURE__ */ new Set(), errors: 0 });
    if (r.error !== null) c.errors++;
    else if (r.score !== null) c.scored.add(r.item_id);
  }
  const summary = {
    ...candidate.summary,
    models: candidate.summary.models.map((m) => ({
      ...m,
      tasks: m.tasks.map((t) => {
        const key = `${m.model}\0${t.task}`;
        const planned = prefixes.get(key)?.size ?? 0;
        const c = counts.get(key) ?? { scored: /* @__PURE__ */ new Set(), errors: 0 };
        const calls = planned * t.samples_per_item;
        return {
          ...t,
          n: c.scored.size,
          n_planned: planned,
          errors: c.errors,
          error_rate: calls > 0 ? c.errors / calls : 0
        };
      })
    }))
  };
  return { ...candidate, summary, records };
}
function decideLook(model, plans, rejected, options, d) {
  const runAlpha = options.policy.defaults.alpha;
  const mine = plans.filter((p) => p.model === model.model);
  const byTask = new Map(model.tasks.map((t) => [t.task, t]));
  const family = model.tasks.filter((t) => t.delta && !t.policy.critical).map((t) => t.task);
  const done = rejected.get(model.model) ?? /* @__PURE__ */ new Set();
  rejected.set(model.model, done);
  const open = mine.filter((p) => !p.stop);
  const z = (t) => zDrop(t.delta.p_drop);
  const fraction = (p) => p.looks.map((n) => n / p.looks[p.looks.length - 1]);
  const crosses = (p, t, level) => t.delta.estimate < -t.policy.max_drop && z(t) >= bounds(fraction(p), level)[p.at];
  for (const plan of open) {
    const t = byTask.get(plan.task);
    if (!t?.delta) {
      if (t) plan.stop = { comparison: t, why: "no-test", verdict: t.verdict, reason: t.reason };
    }
  }
  for (let changed = true; changed; ) {
    changed = false;
    const share = Math.max(1, family.length - done.size);
    for (const plan of open) {
      const t = byTask.get(plan.task);
      if (plan.stop || !t?.delta) continue;
      const own = t.policy.critical ? t.policy.alpha : t.policy.alpha / share;
      if (crosses(plan, t, own)) {
        if (!t.policy.critical) done.add(plan.task);
        plan.stop = {
          comparison: t,
          why: "regression",
          verdict: "regression",
          reason: `${stoppedAt(plan)}: \u0394 ${pointsOf(t.delta.estimate)} crossed the O'Brien\u2013Fleming boundary (p = ${pOf(t.delta.p_drop)} below ${pOf(boundaryP(fraction(plan), own, plan.at))} at this look, ${t.policy.critical ? "critical: own \u03B1" : `Holm level ${own.toPrecision(2)}`})`
        };
        changed = true;
      }
    }
  }
  for (const plan of open) {
    const t = byTask.get(plan.task);
    if (plan.stop || !t?.delta) continue;
    const last = plan.at === plan.looks.length - 1;
    const alpha = t.policy.critical ? t.policy.alpha : t.policy.alpha / Math.max(1, family.length);
    if (last) {
      const warnAt = t.policy.critical ? Math.max(runAlpha, t.policy.alpha) : t.policy.alpha;
      if (crosses(plan, t, warnAt)) {
        plan.stop = {
          comparison: t,
          why: "last-look",
          verdict: "inconclusive",
          reason: `${stoppedAt(plan)}: \u0394 ${pointsOf(t.delta.estimate)} crossed the boundary at \u03B1 = ${warnAt} alone but not at its ${t.policy.critical ? "own \u03B1" : "Holm level"}; not significant once corrected`
        };
      } else plan.stop = { comparison: t, why: "last-look", ...fixedVerdict(t) };
      continue;
    }
    const tNow = plan.looks[plan.at] / plan.looks[plan.looks.length - 1];
    const se = Math.max(t.delta.se, intervalStandardError(t.delta.ci));
    const drift = se > 0 ? d.design_drop / (se * Math.sqrt(tNow)) : Infinity;
    const final = bounds(fraction(plan), alpha)[plan.looks.length - 1];
    const power = conditionalPower(z(t), tNow, drift, final);
    const excluded = d.futility_z === void 0 || (d.design_drop + t.delta.estimate) / se >= d.futility_z;
    if (power < d.futility_power && excluded) {
      const fixed = fixedVerdict(t);
      plan.stop = {
        comparison: t,
        why: "futility",
        verdict: fixed.verdict === "improvement" ? "improvement" : "pass",
        reason: `${stoppedAt(plan)}: a ${(d.design_drop * 100).toFixed(0)}-point drop ruled out (conditional power ${(power * 100).toFixed(0)}% < ${(d.futility_power * 100).toFixed(0)}%); ${fixed.reason}`
      };
    }
  }
}
function fixedVerdict(t) {
  if (t.verdict === "improvement") return { verdict: "improvement", reason: t.reason };
  if (t.verdict === "regression" || t.verdict === "inconclusive")
    return { verdict: "pass", reason: `\u0394 ${pointsOf(t.delta.estimate)}: below the look's boundary` };
  return { verdict: t.verdict, reason: t.reason };
}
function stoppedAt(plan) {
  const of = plan.cappedAt ?? plan.order.length;
  return `stopped at ${plan.looks[plan.at]} of ${of}`;
}
var boundaryCache = /* @__PURE__ */ new Map();
function bounds(fractions, alpha) {
  const key = `${alpha}|${fractions.join(",")}`;
  let b = boundaryCache.get(key);
  if (!b) boundaryCache.set(key, b = spendingBoundaries(fractions, alpha));
  return b;
}
function boundaryP(fractions, alpha, k) {
  const c = bounds(fractions, alpha)[k];
  return Number.isFinite(c) ? 1 - (0, import_stats_base_dists_normal_cdf2.default)(c, 0, 1) : 0;
}
function zDrop(p) {
  if (!(p < 1)) return -10;
  if (!(p > 0)) return 10;
  return Math.max(-10, Math.min(10, (0, import_stats_base_dists_normal_quantile4.default)(1 - p, 0, 1)));
}
function pointsOf(x) {
  return `${x < 0 ? "\u2212" : "+"}${size(Math.abs(x))}`;
}
function pOf(p) {
  return p < 1e-4 ? "<0.0001" : p.toPrecision(2);
}
function assemble(last, plans, options) {
  const failOn = options.policy.fail_on;
  const models = last.models.map((model) => {
    const tasks = model.tasks.map((t) => {
      const plan = plans.find((p) => p.model === model.model && p.task === t.task);
      const stop = plan?.stop;
      if (!plan || !stop) return t;
      const base = stop.comparison;
      const fails = isFailing(stop.verdict, base.policy.critical, model.gating, failOn);
      const accepted = base.verdict === stop.verdict ? base.accepted : null;
      return {
        ...base,
        verdict: stop.verdict,
        reason: stop.reason,
        failing: fails && !accepted,
        accepted,
        sequential: {
          stopped_at: plan.looks[plan.at],
          of: plan.order.length,
          looks: plan.looks,
          why: stop.why,
          ruled_out: stop.why === "futility" ? options.design.design_drop : null,
          capped_by_baseline: plan.cappedAt
        }
      };
    });
    const { verdict: verdict2, reason: reason2 } = worst(
      tasks.map((t) => ({
        name: `${model.model}/${t.task}`,
        verdict: t.verdict,
        reason: t.reason,
        underpowered: t.underpowered
      }))
    );
    return { ...model, tasks, verdict: verdict2, reason: reason2 };
  });
  const failing = models.flatMap(
    (m) => m.tasks.filter((t) => t.failing).map((t) => ({ model: m.model, task: t.task, verdict: t.verdict }))
  );
  const { verdict, reason } = runVerdict(models);
  return {
    ...last,
    models,
    verdict,
    reason,
    failing,
    exit_code: failing.some((f) => f.verdict === "error") ? 2 : failing.length > 0 ? 1 : 0,
    sequential: saving(options.candidate, plans)
  };
}
function saving(candidate, plans) {
  let used = 0;
  let full = 0;
  let costSaved = 0;
  for (const plan of plans) {
    const task = candidate.summary.models.find((m) => m.model === plan.model)?.tasks.find((t) => t.task === plan.task);
    const samples = task?.samples_per_item ?? 1;
    const stoppedAt2 = plan.looks[plan.at] ?? plan.order.length;
    used += stoppedAt2 * samples;
    full += plan.order.length * samples;
    if (task && plan.order.length > 0)
      costSaved += task.cost * (plan.order.length - stoppedAt2) / plan.order.length;
  }
  return { calls_used: used, calls_full: full, calls_saved: full - used, cost_saved: costSaved };
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
    const entries = promoted.filter((p) => p.branch === branch && p.model === query.model);
    const entry = entries.find((p) => p.suite === query.suite) ?? (query.suite !== "full" ? entries.find((p) => p.suite === "full") : void 0);
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
  const policyConfig = options.baseConfig ?? options.config;
  const comparison = await gateFolders({
    ...options,
    gate: { ...policyConfig.gate, accept },
    tasks: policyConfig.tasks,
    notes,
    pinned: policyConfig.gate?.baseline?.run,
    sequentialFor: (suite) => sequentialDesign(options.config, suite)
  });
  if (options.baseConfig) markPolicyChanges(comparison, options.config, options.baseConfig);
  return comparison;
}
var POLICY_CHANGED = "gate policy changed by this PR; the base branch's applied";
function markPolicyChanges(comparison, own, base) {
  const policyOf = (config) => {
    const { accept: _accept, baseline, ...gate } = config.gate ?? {};
    const policy = resolveGatePolicy(gate, config.tasks);
    return { policy, whole: JSON.stringify([{ ...policy, tasks: {} }, baseline?.run ?? null]) };
  };
  const mine = policyOf(own);
  const theirs = policyOf(base);
  const wholeChanged = mine.whole !== theirs.whole;
  const changed = /* @__PURE__ */ new Set();
  for (const model of comparison.models) {
    for (const task of model.tasks) {
      const differs = wholeChanged || JSON.stringify(taskPolicy(mine.policy, task.task)) !== JSON.stringify(taskPolicy(theirs.policy, task.task));
      if (!differs) continue;
      task.reason = task.reason ? `${task.reason}; ${POLICY_CHANGED}` : POLICY_CHANGED;
      changed.add(task.task);
    }
  }
  if (changed.size > 0)
    comparison.notes.push(
      `this pull request changes the gate policy (${wholeChanged ? "the gate section" : `tasks ${[...changed].join(", ")}`}): the base branch's policy was applied; it takes effect once merged`
    );
}
function sequentialDesign(config, suite) {
  const s = config.suites?.[suite];
  if (!s?.sequential) return null;
  return {
    looks: s.looks ?? [config.run?.default_quick_size ?? 50, 100, 150, 200, 250, 300, 400],
    design_drop: s.design_drop ?? 0.06,
    futility_power: s.futility_power ?? 0.3,
    seed: config.run?.seed ?? 0
  };
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
  const { choices, bestSoFar } = await resolveBaselines(candidate.summary, {
    ...options,
    now,
    notes,
    policy
  });
  if (options.rescoreBaseline)
    await rescoreUpdated(candidate.summary, choices, options.rescoreBaseline, notes);
  const compareOptions = {
    candidate,
    baselines: choices,
    bestSoFar,
    policy,
    labels: options.labels,
    now,
    notes
  };
  const design = options.sequentialFor?.(candidate.summary.suite) ?? null;
  return design ? compareSequential({ ...compareOptions, design }) : compareRuns(compareOptions);
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
      const skipped = [];
      for (; ; ) {
        selection = selectBaseline(
          index.rows.filter((r) => !skipped.includes(r.run_id)),
          index.promoted.filter((p) => !skipped.includes(p.run_id)),
          {
            model: baseModel,
            suite: candidate.suite,
            context: options.context ?? {},
            pinned,
            default_branch: index.default_branch,
            now: options.now
          }
        );
        if (!selection.row || pinned !== void 0) break;
        const run = await load(selection, baseModel);
        const failure = errorRuleFailure(model, run, options.policy);
        if (!failure) break;
        skipped.push(selection.row.run_id);
        options.notes.push(`${model.model}: skipped baseline run ${selection.row.run_id}: ${failure}`);
      }
      if (!selection.row && skipped.length > 0)
        selection = {
          row: null,
          reason: `${selection.reason}; ${skipped.length} run(s) skipped for failing the error rule (${skipped.join(", ")})`
        };
    }
    if (!selection.row) choices.set(model.model, { reason: selection.reason });
    else choices.set(model.model, await load(selection, baseModel));
  }
  return { choices, bestSoFar };
}
async function rescoreUpdated(candidate, choices, rescore, notes) {
  for (const model of candidate.models) {
    const choice = choices.get(model.model);
    if (!choice || "reason" in choice || choice.records.length === 0) continue;
    const base = choice.summary.models.find((m) => m.model === choice.ref.model);
    const wanted = new Map(
      model.tasks.flatMap((task) => {
        const old = base?.tasks.find((t) => t.task === task.task);
        return old && rescorable(task, old) ? [[task.task, { task, old }]] : [];
      })
    );
    if (wanted.size === 0) continue;
    const { baseline, rescored } = await rescore(choice, [...wanted.keys()]);
    choices.set(model.model, baseline);
    for (const id of rescored) {
      const { task, old } = wanted.get(id);
      const how = scorerVersion(task) !== scorerVersion(old) ? `re-scored from its stored outputs with scorer ${task.instrument.scorer} v${scorerVersion(task)} (it was measured by v${scorerVersion(old)})` : `re-judged by ${task.instrument.judge} in this run, so both sides meet the same judge`;
      notes.push(`${model.model} / ${task.task}: baseline run ${choice.ref.run_id} ${how}`);
    }
  }
}
function rescorable(task, base) {
  const sameInstrument = task.instrument.scorer === base.instrument.scorer && task.instrument.hash === base.instrument.hash && task.instrument.judge === base.instrument.judge && task.primary_metric === base.primary_metric;
  return sameInstrument && (scorerVersion(task) !== scorerVersion(base) || task.instrument.judge !== null);
}
function errorRuleFailure(model, run, policy) {
  const baseModel = run.summary.models.find((m) => m.model === run.ref.model);
  for (const task of model.tasks) {
    const baseTask = baseModel?.tasks.find((t) => t.task === task.task);
    const failure = baseTask ? presetVerdict(baseTask, taskPolicy(policy, task.task)) : null;
    if (failure) return `task ${task.task} fails the error rule there (${failure.reason})`;
  }
  return null;
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
