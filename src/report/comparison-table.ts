import { markdownTable } from 'markdown-table';
import type { Interval } from '../artifacts.js';
import {
  type Comparison,
  type TaskComparison,
  changeWords,
  MDE_FOOTNOTE,
  PAIRED_FOOTNOTE,
  pairedNote,
  points,
  savingSentence,
  stoppedSentence,
  underpoweredSentence,
  verdictLabel,
} from '../gate/index.js';

/** Where the text goes: markdown escapes HTML, a terminal must not show entities. */
export type Medium = 'terminal' | 'markdown';

/**
 * The comparison as text for a terminal or a job summary: the verdict line, one row per task,
 * which baseline was used and the notes. Task and model ids come from artifacts that may be
 * untrusted (fork PRs), so every such string is escaped for the medium it prints to.
 */
export function renderComparisonTable(c: Comparison, medium: Medium = 'markdown'): string {
  const cell = medium === 'terminal' ? terminalCell : markdownCell;
  const rows: string[][] = [
    ['Model', 'Task', 'Baseline', 'Candidate', 'Δ (95% CI)', 'p (adj.)', 'MDE', 'Verdict'],
  ];
  for (const model of c.models) {
    for (const task of model.tasks) {
      rows.push([
        cell(model.model) +
          (model.gating === 'none' ? ' (reference)' : model.gating === 'errors-only' ? ' (training)' : ''),
        cell(task.task),
        task.baseline ? score(task.baseline.mean, task.baseline.ci, task.baseline.n) : '—',
        score(task.candidate.mean, task.candidate.ci, task.candidate.n),
        task.delta
          ? `${points(task.delta.estimate)} (${points(task.delta.ci.low)} to ${points(task.delta.ci.high)})`
          : '—',
        pCell(task),
        task.delta?.mde != null ? `${(task.delta.mde * 100).toFixed(1)} pts` : '—',
        verdictCell(task, cell),
      ]);
    }
  }
  const lines = [
    `**${c.verdict}** — ${cell(c.reason)}`,
    '',
    markdownTable(rows, { align: ['l', 'l', 'r', 'r', 'r', 'r', 'r', 'l'] }),
    '',
    MDE_FOOTNOTE,
    PAIRED_FOOTNOTE,
    '',
  ];
  const saving = savingSentence(c);
  if (saving) lines.push(saving);
  for (const model of c.models) {
    lines.push(
      model.baseline
        ? `${cell(model.model)}: baseline ${cell(model.baseline.model)} from ${cell(model.baseline.description)}`
        : `${cell(model.model)}: no baseline — ${cell(model.no_baseline_reason ?? 'none found')}`,
    );
    const changed = [
      model.changes.served_model
        ? `served model ${model.changes.served_model.from} → ${model.changes.served_model.to}`
        : null,
      model.changes.params_hash ? 'generation params' : null,
      model.changes.prompt_tasks.length > 0 ? `prompt of ${model.changes.prompt_tasks.join(', ')}` : null,
    ].filter((x): x is string => x !== null);
    if (changed.length > 0) lines.push(`  changed since the baseline: ${cell(changed.join('; '))}`);
    if (model.aggregate.delta) {
      const d = model.aggregate.delta;
      lines.push(
        `  suite aggregate Δ ${points(d.estimate)} (${points(d.ci.low)} to ${points(d.ci.high)}) over ${d.tasks.length} task(s)`,
      );
    }
  }
  for (const a of c.accepted)
    lines.push(`accepted ${a.verdict} on ${cell(a.model)}/${cell(a.task)} (${a.by}): ${cell(a.reason)}`);
  for (const note of c.notes) lines.push(`note: ${cell(note)}`);
  return lines.join('\n');
}

function verdictCell(task: TaskComparison, cell: (text: string) => string): string {
  const parts = [verdictLabel(task)];
  if (task.verdict === 'error' || task.verdict === 'no-baseline') parts[0] += `: ${cell(task.reason)}`;
  const stopped = stoppedSentence(task);
  if (stopped) parts.push(stopped);
  const sentence = underpoweredSentence(task);
  if (sentence) parts.push(sentence);
  parts.push(...changeWords(task).map(cell));
  const paired = pairedNote(task);
  if (paired) parts.push(paired);
  if (task.delta?.pairing) parts.push(cell(task.delta.pairing));
  return parts.join('; ');
}

/** The drop's p-value, or the rise's when the task improved (raw, then after the correction). */
function pCell(task: TaskComparison): string {
  const d = task.delta;
  if (!d) return '—';
  return task.verdict === 'improvement'
    ? `rise ${pValue(d.p_improvement)} (${pValue(d.p_improvement_adjusted)})`
    : `drop ${pValue(d.p_drop)} (${pValue(d.p_drop_adjusted)})`;
}

function score(mean: number | null, ci: Interval | null, n: number | null): string {
  if (mean === null || !Number.isFinite(mean)) return '—';
  const interval = ci ? ` [${(ci.low * 100).toFixed(1)}, ${(ci.high * 100).toFixed(1)}]` : ' [SE unknown]';
  return `${(mean * 100).toFixed(1)}${interval} n=${n ?? 'unknown'}`;
}

function pValue(p: number): string {
  if (!Number.isFinite(p)) return '—';
  return p < 0.0001 ? '<0.0001' : p.toFixed(4);
}

/** A terminal cell: one line, no pipes, no control characters (an artifact could carry ANSI escapes). */
function terminalCell(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/\|/g, '\\|')
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, '');
}

/** Keep a cell a cell: no pipes, newlines, HTML or @-mentions from artifact strings. */
function markdownCell(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/\|/g, '\\|')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/@/g, '@\u200b');
}
