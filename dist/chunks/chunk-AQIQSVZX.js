import { createRequire as __evalwardenRequire } from 'node:module'; const require = __evalwardenRequire(import.meta.url);
import {
  MDE_FOOTNOTE,
  PAIRED_FOOTNOTE,
  VERDICT_ICON,
  changeWords,
  pairedNote,
  savingSentence,
  stoppedSentence,
  underpoweredSentence,
  verdictIcon,
  verdictLabel
} from "./chunk-EDHOFPSA.js";
import {
  locate,
  parseLocated
} from "./chunk-DENRS3T3.js";
import {
  markdownTable
} from "./chunk-UCYXHRQB.js";
import {
  LocatedError
} from "./chunk-2UXU3PFN.js";

// src/report/escape.ts
var ZWJ = "\u200D";
function escapeInline(text, maxChars = 300) {
  const flat = text.replace(/[\r\n\t\u2028\u2029]+/g, " ");
  const cut = flat.length > maxChars ? `${flat.slice(0, maxChars)}\u2026` : flat;
  return cut.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/[\\`*_[\]#|~]/g, (c) => `\\${c}`).replace(/@/g, `@${ZWJ}`).replace(/[\u0000-\u001f\u007f]/g, "");
}
function codeBlock(text, maxChars = 500) {
  let body = text.length > maxChars ? `${text.slice(0, maxChars)}\u2026` : text;
  body = body.replace(/<!--/g, `<${ZWJ}!--`).replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, "");
  const longest = Math.max(0, ...(body.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(Math.max(3, longest + 1));
  return `${fence}text
${body}
${fence}`;
}
function markerValue(text) {
  return text.replace(/[^A-Za-z0-9._:/@+=-]/g, "_").replace(/-{2,}/g, "_").slice(0, 120);
}

// src/report/flips.ts
function renderFlips(comparison, budget) {
  if (budget.perTask <= 0) return "";
  const sections = [];
  for (const model of comparison.models) {
    for (const task of model.tasks) {
      if (!task.flips) continue;
      const { worse, better, worse_total, better_total } = task.flips;
      const where = `${escapeInline(model.model, 80)} / ${escapeInline(task.task, 80)}`;
      if (worse.length > 0)
        sections.push(
          section(
            `${where}: ${worse_total} worse (correct \u2192 wrong first)`,
            worse.slice(0, budget.perTask),
            worse_total,
            budget
          )
        );
      if (better.length > 0)
        sections.push(
          section(`${where}: ${better_total} better`, better.slice(0, budget.perTask), better_total, budget)
        );
    }
  }
  return sections.length ? ["#### Flipped examples", "", ...sections].join("\n") : "";
}
function section(title, flips, total, budget) {
  const lines = ["<details>", `<summary>${title}</summary>`, ""];
  for (const flip of flips) {
    const category = flip.category ? ` (${escapeInline(flip.category, 60)})` : "";
    lines.push(
      `- **${escapeInline(flip.item_id, 80)}**${category}: score ${fmt(flip.baseline_score)} \u2192 ${fmt(flip.candidate_score)}; answer ${quote(flip.baseline_answer)} \u2192 ${quote(flip.candidate_answer)}`
    );
    if (flip.candidate_output !== null && budget.outputChars > 0)
      lines.push("", indent(codeBlock(flip.candidate_output, budget.outputChars)), "");
  }
  if (total > flips.length) lines.push("", `\u2026and ${total - flips.length} more on the dashboard.`);
  lines.push("", "</details>", "");
  return lines.join("\n");
}
function quote(answer) {
  return answer === null ? "\u2014" : `\u201C${escapeInline(answer, 80)}\u201D`;
}
function fmt(score) {
  return Number.isInteger(score) ? String(score) : score.toFixed(2);
}
function indent(block) {
  return block.split("\n").map((l) => `  ${l}`).join("\n");
}

// src/report/history-chart.ts
var HISTORY_POINTS = 12;
function renderHistoryChart(input) {
  const points = [...input.history].filter((p) => Number.isFinite(p.score)).sort((a, b) => a.created_at < b.created_at ? -1 : a.created_at > b.created_at ? 1 : 0).slice(-HISTORY_POINTS);
  if (points.length < 2) return null;
  const labels = points.map(
    (p, i) => p.sha && /^[0-9a-f]{7,40}$/i.test(p.sha) ? p.sha.slice(0, 7) : `#${i + 1}`
  );
  const values = points.map((p) => p.score * 100);
  if (input.candidate !== null && Number.isFinite(input.candidate)) {
    labels.push("this PR");
    values.push(input.candidate * 100);
  }
  const low = Math.max(0, Math.floor(Math.min(...values) / 5) * 5 - 5);
  const high = Math.min(100, Math.ceil(Math.max(...values) / 5) * 5 + 5);
  const branch = input.branch.replace(/[^A-Za-z0-9._/-]/g, "_");
  return [
    "```mermaid",
    "xychart-beta",
    `  title "Suite score on ${branch}, recent runs"`,
    `  x-axis [${labels.map((l) => `"${l}"`).join(", ")}]`,
    `  y-axis "score (%)" ${low} --> ${high}`,
    `  line [${values.map((v) => v.toFixed(1)).join(", ")}]`,
    "```"
  ].join("\n");
}

// src/report/pr-report.ts
var COMMENT_LIMIT = 65536;
var CHECK_SUMMARY_LIMIT = 65535;
var BUDGETS = [
  { perTask: 5, outputChars: 500 },
  { perTask: 3, outputChars: 240 },
  { perTask: 2, outputChars: 0 },
  { perTask: 1, outputChars: 0 },
  { perTask: 0, outputChars: 0 }
];
function renderReport(input, limit = COMMENT_LIMIT) {
  for (const budget of BUDGETS) {
    const body2 = compose(input, budget);
    if (body2.length <= limit) return body2;
  }
  const note = "\n\n_\u2026report cut to fit GitHub\u2019s size limit; the full report is in the job summary and the dashboard._\n";
  const body = compose(input, { perTask: 0, outputChars: 0 });
  return body.slice(0, limit - note.length) + note;
}
function compose(input, budget) {
  const c = input.comparison;
  const parts = [];
  if (input.marker) parts.push(input.marker);
  parts.push(
    `### ${VERDICT_ICON[c.verdict]} evalwarden: **${c.verdict}** on suite \`${escapeInline(c.candidate.suite, 60).replace(/`/g, "")}\``,
    "",
    escapeInline(c.reason, 600),
    ""
  );
  for (const notice of input.notices ?? []) parts.push(`> ${notice}`, "");
  for (const model of c.models) parts.push(renderModel(model), "");
  const saving = savingSentence(c);
  if (saving) parts.push(`${saving}.`, "");
  if (c.accepted.length > 0) {
    parts.push("**Accepted by a maintainer:**", "");
    for (const a of c.accepted)
      parts.push(
        `- ${escapeInline(a.model, 80)} / ${escapeInline(a.task, 80)}: ${a.verdict} accepted (${a.by}): ${escapeInline(a.reason, 300)}`
      );
    parts.push("");
  }
  if (c.notes.length > 0) {
    for (const note of c.notes) parts.push(`- note: ${escapeInline(note, 400)}`);
    parts.push("");
  }
  parts.push(renderCosts(input.summary, input.run), "");
  const candidateScore = c.models.find((m) => m.gating === "full")?.aggregate.candidate?.score ?? null;
  const chart = input.history ? renderHistoryChart({
    branch: input.history.branch,
    history: input.history.points,
    candidate: candidateScore
  }) : null;
  if (chart) parts.push(chart, "");
  const flips = renderFlips(c, budget);
  if (flips) parts.push(flips, "");
  const links = [
    input.dashboardUrl ? `[Dashboard](${safeUrl(input.dashboardUrl)})` : null,
    input.runUrl ? `[Workflow run](${safeUrl(input.runUrl)})` : null
  ].filter(Boolean);
  parts.push(
    `<sub>${[...links, `run \`${escapeInline(c.candidate.run_id, 60).replace(/`/g, "")}\``].join(" \xB7 ")} \xB7 evalwarden</sub>`
  );
  return `${parts.join("\n")}
`;
}
function renderModel(model) {
  const role = model.gating === "none" ? " (reference, not gated)" : model.gating === "errors-only" ? " (training checkpoint: gated on errors only)" : "";
  const rows = [["Task", "Baseline", "Candidate", "\u0394 pts (95% CI)", "MDE pts", "Verdict"]];
  for (const task of model.tasks) rows.push(taskRow(task));
  if (model.aggregate.candidate) {
    const d = model.aggregate.delta;
    rows.push([
      "**suite (weighted)**",
      model.aggregate.baseline ? pct(model.aggregate.baseline.score) : "\u2014",
      pct(model.aggregate.candidate.score),
      d ? `${signed(d.estimate)} (${signed(d.ci.low)} to ${signed(d.ci.high)})` : "\u2014",
      "",
      `${VERDICT_ICON[model.verdict]} ${model.verdict}`
    ]);
  }
  const lines = [
    `#### ${escapeInline(model.model, 100)}${role}`,
    "",
    markdownTable(rows, { align: ["l", "r", "r", "r", "r", "l"] }),
    "",
    `<sub>${MDE_FOOTNOTE} ${PAIRED_FOOTNOTE}</sub>`,
    ""
  ];
  lines.push(
    model.baseline ? `Baseline: ${escapeInline(model.baseline.description, 300)}${model.baseline.model !== model.model ? ` (model ${escapeInline(model.baseline.model, 80)})` : ""}.` : `No baseline: ${escapeInline(model.no_baseline_reason ?? "none found", 300)}.`
  );
  const changed = [
    model.changes.served_model ? `served model ${escapeInline(model.changes.served_model.from, 80)} \u2192 ${escapeInline(model.changes.served_model.to, 80)}` : null,
    model.changes.params_hash ? "generation parameters" : null,
    model.changes.prompt_tasks.length > 0 ? `prompt of ${model.changes.prompt_tasks.map((t) => escapeInline(t, 80)).join(", ")}` : null
  ].filter((x) => x !== null);
  if (changed.length > 0) lines.push(`Changed since the baseline: ${changed.join("; ")}.`);
  return lines.join("\n");
}
function taskRow(task) {
  const d = task.delta;
  let verdict = `${verdictIcon(task)} ${verdictLabel(task)}`;
  if (task.verdict === "error" || task.verdict === "no-baseline")
    verdict += `: ${escapeInline(task.reason, 160)}`;
  const stopped = stoppedSentence(task);
  if (stopped) verdict += `; ${stopped}`;
  const sentence = underpoweredSentence(task);
  if (sentence) verdict += `: ${sentence}`;
  for (const words of changeWords(task)) verdict += `; ${escapeInline(words, 160)}`;
  const paired = pairedNote(task);
  if (d?.pairing) verdict += ` \xB7 ${escapeInline(d.pairing, 120)}`;
  return [
    escapeInline(task.task, 80),
    task.baseline ? `${pct(task.baseline.mean)} (n=${task.baseline.n})` : "\u2014",
    `${pct(task.candidate.mean)} (n=${task.candidate.n}${task.candidate.errors ? `, ${task.candidate.errors} errors` : ""})${paired ? `<br><sub>${paired}</sub>` : ""}`,
    d ? `${signed(d.estimate)} (${signed(d.ci.low)} to ${signed(d.ci.high)})` : "\u2014",
    d?.mde != null ? `${(d.mde * 100).toFixed(1)}` : "\u2014",
    verdict
  ];
}
function renderCosts(summary, run) {
  const cost = summary.models.reduce((a, m) => a + m.cost, 0);
  const tokens = summary.models.reduce((a, m) => a + m.tokens.prompt + m.tokens.completion, 0);
  const errors = summary.models.reduce((a, m) => a + m.tasks.reduce((b, t) => b + t.errors, 0), 0);
  const parts = [
    `errors: ${errors}`,
    `tokens: ${tokens.toLocaleString("en-US")}`,
    `cost: $${cost.toFixed(4)}`
  ];
  if (run) {
    const seconds = run.finished_at && run.started_at ? (Date.parse(run.finished_at) - Date.parse(run.started_at)) / 1e3 : Number.NaN;
    if (Number.isFinite(seconds)) parts.push(`time: ${duration(seconds)}`);
    parts.push(`requests: ${run.counts.requests} (+${run.counts.cached} cached)`);
    parts.push(...cacheNotes(run));
  }
  return `<sub>${parts.join(" \xB7 ")}</sub>`;
}
function cacheNotes(run) {
  const noted = run.models.filter((m) => m.cache);
  return noted.map(
    (m) => escapeInline(noted.length === 1 ? `cache ${m.cache.note}` : `cache (${m.model}) ${m.cache.note}`, 200)
  );
}
function duration(seconds) {
  if (seconds < 90) return `${seconds.toFixed(1)} s`;
  const minutes = Math.floor(seconds / 60);
  return `${minutes} min ${Math.round(seconds - minutes * 60)} s`;
}
function pct(x) {
  return x !== null && Number.isFinite(x) ? `${(x * 100).toFixed(1)}%` : "\u2014";
}
function signed(x) {
  if (!Number.isFinite(x)) return "\u2014";
  const v = x * 100;
  return `${v >= 0 ? "+" : "\u2212"}${Math.abs(v).toFixed(1)}`;
}
function safeUrl(url) {
  return /^https?:\/\/[^\s()<>]+$/.test(url) ? url : "#";
}

// src/report/annotations.ts
import path from "node:path";
var ANNOTATIONS_PER_REQUEST = 50;
function batchAnnotations(annotations, size = ANNOTATIONS_PER_REQUEST) {
  const batches = [];
  for (let i = 0; i < annotations.length; i += size) batches.push(annotations.slice(i, i + size));
  return batches;
}
function repoPath(file, workspace) {
  const relative = path.relative(workspace, path.resolve(workspace, file));
  if (relative.startsWith("..") || path.isAbsolute(relative) || relative === "") return null;
  return relative.split(path.sep).join("/");
}
function annotationForError(error, workspace) {
  if (!(error instanceof LocatedError)) return null;
  const file = repoPath(error.file, workspace);
  if (!file) return null;
  const line = error.line ?? 1;
  return {
    path: file,
    start_line: line,
    end_line: line,
    ...error.col !== void 0 ? { start_column: error.col, end_column: error.col } : {},
    annotation_level: "failure",
    title: error.name === "DataError" ? "evalwarden: dataset error" : "evalwarden: config error",
    message: `${error.message}${error.hint ? `
${error.hint}` : ""}`.slice(0, 4e3)
  };
}
function annotationsForComparison(comparison, config, workspace) {
  const file = repoPath(config.file, workspace);
  if (!file) return [];
  const located = parseLocated(file, config.text);
  const tasks = located.doc.toJS();
  const annotations = [];
  for (const model of comparison.models) {
    for (const task of model.tasks) {
      const warns = task.verdict === "inconclusive" || task.verdict === "regression" && !task.failing;
      if (!task.failing && !warns) continue;
      const index = tasks?.tasks?.findIndex((t) => t?.id === task.task) ?? -1;
      const pos = index >= 0 ? locate(located, `/tasks/${index}`) : void 0;
      annotations.push({
        path: file,
        start_line: pos?.line ?? 1,
        end_line: pos?.line ?? 1,
        annotation_level: task.failing ? "failure" : "warning",
        title: `evalwarden: ${task.verdict} on ${model.model} / ${task.task}`.slice(0, 255),
        message: task.reason.slice(0, 4e3)
      });
    }
  }
  return annotations;
}

// src/report/failure-report.ts
function renderFailureReport(input) {
  const lines = [];
  if (input.marker) lines.push(input.marker);
  lines.push("### \u{1F6D1} evalwarden: **error**", "", escapeInline(input.message, 2e3), "");
  if (input.hint) lines.push(`Hint: ${escapeInline(input.hint, 1e3)}`, "");
  lines.push("Nothing was gated: the model was not measured, which is never a pass.");
  if (input.runUrl && /^https?:\/\/[^\s()<>]+$/.test(input.runUrl))
    lines.push("", `<sub>[Workflow run](${input.runUrl}) \xB7 evalwarden</sub>`);
  return `${lines.join("\n")}
`;
}

export {
  batchAnnotations,
  annotationForError,
  annotationsForComparison,
  markerValue,
  COMMENT_LIMIT,
  CHECK_SUMMARY_LIMIT,
  renderReport,
  renderFailureReport
};
