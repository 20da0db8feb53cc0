import { markdownTable } from 'markdown-table';
import type { Interval } from '../artifacts.js';
import type { Comparison, TaskComparison } from './comparison.js';
import { points } from './verdict.js';

/**
 * The comparison as text for a terminal or a job summary: the verdict line, one row per task,
 * which baseline was used and the notes. Task and model ids come from artifacts that may be
 * untrusted (fork PRs), so table cells are escaped.
 */
export function renderComparisonTable(c: Comparison): string {
  const rows: string[][] = [
    ['Model', 'Task', 'Baseline', 'Candidate', 'Δ (95% CI)', 'p drop (adj.)', 'MDE', 'Verdict'],
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
        task.delta ? `${pValue(task.delta.p_drop)} (${pValue(task.delta.p_drop_adjusted)})` : '—',
        task.delta?.mde != null ? `${(task.delta.mde * 100).toFixed(1)} pts` : '—',
        verdictCell(task),
      ]);
    }
  }
  const lines = [
    `**${c.verdict}** — ${cell(c.reason)}`,
    '',
    markdownTable(rows, { align: ['l', 'l', 'r', 'r', 'r', 'r', 'r', 'l'] }),
    '',
  ];
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

function verdictCell(task: TaskComparison): string {
  let text = task.verdict;
  if (task.underpowered) text += ' (underpowered)';
  if (task.accepted) text += ' (accepted)';
  if (task.policy.critical) text += ' [critical]';
  if (task.verdict === 'error' || task.verdict === 'no-baseline') text += `: ${cell(task.reason)}`;
  return text;
}

function score(mean: number | null, ci: Interval | null, n: number): string {
  if (mean === null || ci === null || !Number.isFinite(mean)) return '—';
  return `${(mean * 100).toFixed(1)} [${(ci.low * 100).toFixed(1)}, ${(ci.high * 100).toFixed(1)}] n=${n}`;
}

function pValue(p: number): string {
  if (!Number.isFinite(p)) return '—';
  return p < 0.0001 ? '<0.0001' : p.toFixed(4);
}

/** Keep a cell a cell: no pipes, newlines, HTML or @-mentions from artifact strings. */
function cell(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/\|/g, '\\|')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/@/g, '@\u200b');
}
