import { markdownTable } from 'markdown-table';
import type { RunInfo, Summary } from '../artifacts.js';
import type { Comparison, ModelComparison, TaskComparison } from '../gate/index.js';
import {
  changeWords,
  MDE_FOOTNOTE,
  PAIRED_FOOTNOTE,
  pairedNote,
  savingSentence,
  stoppedSentence,
  underpoweredSentence,
  VERDICT_ICON as ICON,
  verdictIcon,
  verdictLabel,
} from '../gate/index.js';
import { escapeInline } from './escape.js';
import { renderFlips, type ExampleBudget } from './flips.js';
import { renderHistoryChart, type HistoryPoint } from './history-chart.js';

/** GitHub refuses longer issue and PR comment bodies. */
export const COMMENT_LIMIT = 65_536;
/** Check-run `output.summary` and `output.text` limit. */
export const CHECK_SUMMARY_LIMIT = 65_535;

export interface ReportInput {
  comparison: Comparison;
  summary: Summary;
  run: RunInfo | null;
  /** A hidden marker that starts the body (sticky comments and issues are found by it). */
  marker?: string;
  /** Suite scores of the base branch's recent runs, for the chart. */
  history?: { branch: string; points: readonly HistoryPoint[] } | null;
  dashboardUrl?: string | null;
  /** The workflow run that made this report. */
  runUrl?: string | null;
  /** Lines evalwarden itself adds (e.g. why the comment could not be posted). Trusted text. */
  notices?: readonly string[];
}

/** Trimming steps, tried in order until the body fits: examples go first, the table never. */
const BUDGETS: readonly ExampleBudget[] = [
  { perTask: 5, outputChars: 500 },
  { perTask: 3, outputChars: 240 },
  { perTask: 2, outputChars: 0 },
  { perTask: 1, outputChars: 0 },
  { perTask: 0, outputChars: 0 },
];

/**
 * The report for a pull request comment, a check run and the job summary: verdict line, a table
 * per model, what was compared with what, errors, cost and time, the history chart, flipped
 * examples and links. Pure: it returns markdown and never posts it. The body stays under
 * `limit` by trimming the examples first, then cutting the tail.
 */
export function renderReport(input: ReportInput, limit = COMMENT_LIMIT): string {
  for (const budget of BUDGETS) {
    const body = compose(input, budget);
    if (body.length <= limit) return body;
  }
  const note =
    '\n\n_…report cut to fit GitHub’s size limit; the full report is in the job summary and the dashboard._\n';
  const body = compose(input, { perTask: 0, outputChars: 0 });
  return body.slice(0, limit - note.length) + note;
}

function compose(input: ReportInput, budget: ExampleBudget): string {
  const c = input.comparison;
  const parts: string[] = [];
  if (input.marker) parts.push(input.marker);
  parts.push(
    `### ${ICON[c.verdict]} evalwarden: **${c.verdict}** on suite \`${escapeInline(c.candidate.suite, 60).replace(/`/g, '')}\``,
    '',
    escapeInline(c.reason, 600),
    '',
  );
  for (const notice of input.notices ?? []) parts.push(`> ${notice}`, '');
  for (const model of c.models) parts.push(renderModel(model), '');
  const saving = savingSentence(c);
  if (saving) parts.push(`${saving}.`, '');
  if (c.accepted.length > 0) {
    parts.push('**Accepted by a maintainer:**', '');
    for (const a of c.accepted)
      parts.push(
        `- ${escapeInline(a.model, 80)} / ${escapeInline(a.task, 80)}: ${a.verdict} accepted (${a.by}): ${escapeInline(a.reason, 300)}`,
      );
    parts.push('');
  }
  if (c.notes.length > 0) {
    for (const note of c.notes) parts.push(`- note: ${escapeInline(note, 400)}`);
    parts.push('');
  }
  parts.push(renderCosts(input.summary, input.run), '');
  const candidateScore = c.models.find((m) => m.gating === 'full')?.aggregate.candidate?.score ?? null;
  const chart = input.history
    ? renderHistoryChart({
        branch: input.history.branch,
        history: input.history.points,
        candidate: candidateScore,
      })
    : null;
  if (chart) parts.push(chart, '');
  const flips = renderFlips(c, budget);
  if (flips) parts.push(flips, '');
  const links = [
    input.dashboardUrl ? `[Dashboard](${safeUrl(input.dashboardUrl)})` : null,
    input.runUrl ? `[Workflow run](${safeUrl(input.runUrl)})` : null,
  ].filter(Boolean);
  parts.push(
    `<sub>${[...links, `run \`${escapeInline(c.candidate.run_id, 60).replace(/`/g, '')}\``].join(' · ')} · evalwarden</sub>`,
  );
  return `${parts.join('\n')}\n`;
}

function renderModel(model: ModelComparison): string {
  const role =
    model.gating === 'none'
      ? ' (reference, not gated)'
      : model.gating === 'errors-only'
        ? ' (training checkpoint: gated on errors only)'
        : '';
  const rows: string[][] = [['Task', 'Baseline', 'Candidate', 'Δ pts (95% CI)', 'MDE pts', 'Verdict']];
  for (const task of model.tasks) rows.push(taskRow(task));
  if (model.aggregate.candidate) {
    const d = model.aggregate.delta;
    rows.push([
      '**suite (weighted)**',
      model.aggregate.baseline ? pct(model.aggregate.baseline.score) : '—',
      pct(model.aggregate.candidate.score),
      d ? `${signed(d.estimate)} (${signed(d.ci.low)} to ${signed(d.ci.high)})` : '—',
      '',
      `${ICON[model.verdict]} ${model.verdict}`,
    ]);
  }
  const lines = [
    `#### ${escapeInline(model.model, 100)}${role}`,
    '',
    markdownTable(rows, { align: ['l', 'r', 'r', 'r', 'r', 'l'] }),
    '',
    `<sub>${MDE_FOOTNOTE} ${PAIRED_FOOTNOTE}</sub>`,
    '',
  ];
  lines.push(
    model.baseline
      ? `Baseline: ${escapeInline(model.baseline.description, 300)}${model.baseline.model !== model.model ? ` (model ${escapeInline(model.baseline.model, 80)})` : ''}.`
      : `No baseline: ${escapeInline(model.no_baseline_reason ?? 'none found', 300)}.`,
  );
  const changed = [
    model.changes.served_model
      ? `served model ${escapeInline(model.changes.served_model.from, 80)} → ${escapeInline(model.changes.served_model.to, 80)}`
      : null,
    model.changes.params_hash ? 'generation parameters' : null,
    model.changes.prompt_tasks.length > 0
      ? `prompt of ${model.changes.prompt_tasks.map((t) => escapeInline(t, 80)).join(', ')}`
      : null,
  ].filter((x): x is string => x !== null);
  if (changed.length > 0) lines.push(`Changed since the baseline: ${changed.join('; ')}.`);
  return lines.join('\n');
}

function taskRow(task: TaskComparison): string[] {
  const d = task.delta;
  let verdict = `${verdictIcon(task)} ${verdictLabel(task)}`;
  if (task.verdict === 'error' || task.verdict === 'no-baseline')
    verdict += `: ${escapeInline(task.reason, 160)}`;
  const stopped = stoppedSentence(task);
  if (stopped) verdict += `; ${stopped}`;
  const sentence = underpoweredSentence(task);
  if (sentence) verdict += `: ${sentence}`;
  for (const words of changeWords(task)) verdict += `; ${escapeInline(words, 160)}`;
  const paired = pairedNote(task);
  if (d?.pairing) verdict += ` · ${escapeInline(d.pairing, 120)}`;
  return [
    escapeInline(task.task, 80),
    task.baseline ? `${pct(task.baseline.mean)} (n=${task.baseline.n})` : '—',
    `${pct(task.candidate.mean)} (n=${task.candidate.n}${task.candidate.errors ? `, ${task.candidate.errors} errors` : ''})${paired ? `<br><sub>${paired}</sub>` : ''}`,
    d ? `${signed(d.estimate)} (${signed(d.ci.low)} to ${signed(d.ci.high)})` : '—',
    d?.mde != null ? `${(d.mde * 100).toFixed(1)}` : '—',
    verdict,
  ];
}

function renderCosts(summary: Summary, run: RunInfo | null): string {
  const cost = summary.models.reduce((a, m) => a + m.cost, 0);
  const tokens = summary.models.reduce((a, m) => a + m.tokens.prompt + m.tokens.completion, 0);
  const errors = summary.models.reduce((a, m) => a + m.tasks.reduce((b, t) => b + t.errors, 0), 0);
  const parts = [
    `errors: ${errors}`,
    `tokens: ${tokens.toLocaleString('en-US')}`,
    `cost: $${cost.toFixed(4)}`,
  ];
  if (run) {
    const seconds =
      run.finished_at && run.started_at
        ? (Date.parse(run.finished_at) - Date.parse(run.started_at)) / 1000
        : Number.NaN;
    if (Number.isFinite(seconds)) parts.push(`time: ${duration(seconds)}`);
    parts.push(`requests: ${run.counts.requests} (+${run.counts.cached} cached)`);
    parts.push(...cacheNotes(run));
  }
  return `<sub>${parts.join(' · ')}</sub>`;
}

/** What vouched for each model's cached replies, or why they were not used: a cached pass is only as good as that. */
function cacheNotes(run: RunInfo): string[] {
  const noted = run.models.filter((m) => m.cache);
  return noted.map((m) =>
    escapeInline(noted.length === 1 ? `cache ${m.cache!.note}` : `cache (${m.model}) ${m.cache!.note}`, 200),
  );
}

function duration(seconds: number): string {
  if (seconds < 90) return `${seconds.toFixed(1)} s`;
  const minutes = Math.floor(seconds / 60);
  return `${minutes} min ${Math.round(seconds - minutes * 60)} s`;
}

function pct(x: number | null): string {
  return x !== null && Number.isFinite(x) ? `${(x * 100).toFixed(1)}%` : '—';
}

function signed(x: number): string {
  if (!Number.isFinite(x)) return '—';
  const v = x * 100;
  return `${v >= 0 ? '+' : '−'}${Math.abs(v).toFixed(1)}`;
}

/** Links we make ourselves (dashboard, run) still go through a check: http(s) only, no markdown breakers. */
function safeUrl(url: string): string {
  return /^https?:\/\/[^\s()<>]+$/.test(url) ? url : '#';
}
