import { createRequire as __evalwardenRequire } from 'node:module'; const require = __evalwardenRequire(import.meta.url);

// src/gate/verdict-words.ts
var VERDICT_ICON = {
  error: "\u{1F6D1}",
  regression: "\u274C",
  inconclusive: "\u26A0\uFE0F",
  "no-baseline": "\u2139\uFE0F",
  pass: "\u2705",
  improvement: "\u{1F680}"
};
var UNDERPOWERED_ICON = "\u2754";
function points(value) {
  if (value === null || value === void 0 || !Number.isFinite(value)) return "n/a";
  const rounded = Math.round(value * 1e3) / 10;
  const sign = rounded > 0 ? "+" : rounded < 0 ? "\u2212" : "\xB1";
  return `${sign}${Math.abs(rounded).toFixed(1)} pts`;
}
function size(value) {
  return `${(Math.round(value * 1e3) / 10).toFixed(1)} pts`;
}
function pText(value) {
  if (value === null || value === void 0 || !Number.isFinite(value)) return "n/a";
  if (value < 1e-4) return "<0.0001";
  return value.toPrecision(2);
}
function verdictIcon(task) {
  return task.verdict === "pass" && task.underpowered ? UNDERPOWERED_ICON : VERDICT_ICON[task.verdict];
}
function verdictLabel(task) {
  let text = task.verdict === "pass" && task.underpowered ? "pass (underpowered)" : task.verdict;
  const d = task.delta;
  if (d && (task.verdict === "regression" || task.verdict === "inconclusive"))
    text += ` (p drop = ${pText(task.verdict === "regression" ? d.p_drop_adjusted : d.p_drop)})`;
  if (d && task.verdict === "improvement") text += ` (p rise = ${pText(d.p_improvement_adjusted)})`;
  if (task.accepted) text += " (accepted)";
  if (task.policy.critical) text += " \xB7 critical";
  return text;
}
function underpoweredSentence(task) {
  if (task.verdict !== "pass" || !task.underpowered) return null;
  const more = task.more_items;
  if (!more) return "this run cannot tell whether it dropped beyond max_drop";
  const items = more.items.toLocaleString("en-US");
  return more.goal === "detect" ? `this run cannot tell; about ${items} more items would find a ${(more.drop * 100).toFixed(1)}-point drop 80% of the time` : `this run cannot tell; about ${items} more items would rule out a drop beyond ${size(more.drop)} if \u0394 held`;
}
function changeWords(task) {
  const words = [];
  const details = task.change_details ?? {};
  for (const change of task.changes) {
    const detail = details[change];
    const fromTo = detail ? ` (${detail.from} \u2192 ${detail.to})` : "";
    if (change === "prompt") words.push("prompt changed since the baseline; gated as usual");
    else if (change === "scorer") words.push(`scorer changed${fromTo}: not compared`);
    else if (change === "primary_metric") words.push(`primary metric changed${fromTo}: not compared`);
    else if (change === "instrument" && !task.changes.includes("scorer"))
      words.push("scorer options, judge or rubric changed: not compared");
  }
  return words;
}
function pairedNote(task) {
  if (!task.delta?.paired || !task.candidate.own) return null;
  const own = task.candidate.own;
  if (own.n === task.candidate.n) return null;
  return `over the ${task.candidate.n} paired items; the candidate\u2019s own score is ${percent(own.mean)} on ${own.n}`;
}
function percent(x) {
  return x === null || x === void 0 || !Number.isFinite(x) ? "\u2014" : `${(x * 100).toFixed(1)}%`;
}
var MDE_FOOTNOTE = "MDE: the smallest true drop this run finds 80% of the time \u2014 one-sided, at the task\u2019s \u03B1 after the correction across tasks (\u03B1/m under Holm), and beyond max_drop; never below what the 95% interval allows.";
var PAIRED_FOOTNOTE = "Baseline and Candidate average over the items both runs scored (the paired items) when the test is paired; a row says so when that differs from the candidate\u2019s own score.";
function countsSentence(verdicts, underpowered = 0) {
  const total = verdicts.length;
  const counts = /* @__PURE__ */ new Map();
  for (const v of verdicts) counts.set(v, (counts.get(v) ?? 0) + 1);
  const parts = [];
  const passed = counts.get("pass") ?? 0;
  if (passed > 0)
    parts.push(underpowered > 0 ? `${passed} passed (${underpowered} underpowered)` : `${passed} passed`);
  if (counts.get("improvement")) parts.push(`${counts.get("improvement")} improved`);
  if (counts.get("no-baseline")) parts.push(`${counts.get("no-baseline")} without a baseline`);
  return `${total} task${total === 1 ? "" : "s"}: ${parts.join(", ")}`;
}
function stoppedSentence(task) {
  const s = task.sequential;
  if (!s || s.why === "no-test") return null;
  const where = s.stopped_at < s.of ? `stopped at ${s.stopped_at} of ${s.of}` : `ran all ${s.of} items`;
  const why = s.why === "regression" ? "the drop crossed the boundary" : s.why === "futility" && s.ruled_out !== null ? `a ${(s.ruled_out * 100).toFixed(0)}-point drop ruled out` : "decided at the last look";
  const capped = s.capped_by_baseline !== null ? `; the baseline covers ${s.capped_by_baseline} items, so the looks stop there` : "";
  return `${where}: ${why}${capped}`;
}
function savingSentence(c) {
  const s = c.sequential;
  if (!s) return null;
  const n = (x) => x.toLocaleString("en-US");
  return `sequential looks needed ${n(s.calls_used)} of ${n(s.calls_full)} calls: ${n(s.calls_saved)} calls and $${s.cost_saved.toFixed(4)} fewer than the full set`;
}

export {
  VERDICT_ICON,
  points,
  size,
  pText,
  verdictIcon,
  verdictLabel,
  underpoweredSentence,
  changeWords,
  pairedNote,
  MDE_FOOTNOTE,
  PAIRED_FOOTNOTE,
  countsSentence,
  stoppedSentence,
  savingSentence
};
