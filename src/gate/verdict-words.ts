import type { Comparison, TaskComparison, Verdict } from './comparison.js';

/**
 * The verdict's words and numbers, in one place: the terminal table, the PR comment, the job
 * summary and the dashboard all render a task's verdict from these functions, so they cannot
 * disagree. No Node APIs and only type imports: a browser bundle imports this module as is.
 * Every function returns plain text; the caller escapes it for its medium.
 */

export const VERDICT_ICON: Record<Verdict, string> = {
  error: '🛑',
  regression: '❌',
  inconclusive: '⚠️',
  'no-baseline': 'ℹ️',
  pass: '✅',
  improvement: '🚀',
};

/** A pass that could not have seen a drop beyond max_drop: not ✅, which a reader takes as "fine". */
export const UNDERPOWERED_ICON = '❔';

/** The fields of a task comparison the words depend on (a dashboard may hold a slimmer copy). */
export type TaskWordsInput = Pick<
  TaskComparison,
  'verdict' | 'underpowered' | 'accepted' | 'policy' | 'delta' | 'changes' | 'baseline' | 'candidate'
> & {
  more_items?: TaskComparison['more_items'];
  change_details?: TaskComparison['change_details'];
  sequential?: TaskComparison['sequential'];
};

/** Δ in percentage points with a sign, e.g. `−3.2 pts`. */
export function points(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return 'n/a';
  const rounded = Math.round(value * 1000) / 10;
  const sign = rounded > 0 ? '+' : rounded < 0 ? '−' : '±';
  return `${sign}${Math.abs(rounded).toFixed(1)} pts`;
}

/** A size in percentage points without a sign, e.g. `2.0 pts`. */
export function size(value: number): string {
  return `${(Math.round(value * 1000) / 10).toFixed(1)} pts`;
}

/** A p-value for a sentence: two significant digits, `<0.0001` below that. */
export function pText(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return 'n/a';
  if (value < 0.0001) return '<0.0001';
  return value.toPrecision(2);
}

export function verdictIcon(task: Pick<TaskComparison, 'verdict' | 'underpowered'>): string {
  return task.verdict === 'pass' && task.underpowered ? UNDERPOWERED_ICON : VERDICT_ICON[task.verdict];
}

/**
 * The verdict cell: the verdict, its p-value when a test decided it (a drop's or a rise's, after
 * the correction), and the marks. The icon is separate so a plain-text medium can leave it out.
 */
export function verdictLabel(task: TaskWordsInput): string {
  let text: string = task.verdict === 'pass' && task.underpowered ? 'pass (underpowered)' : task.verdict;
  const d = task.delta;
  if (d && (task.verdict === 'regression' || task.verdict === 'inconclusive'))
    text += ` (p drop = ${pText(task.verdict === 'regression' ? d.p_drop_adjusted : d.p_drop)})`;
  if (d && task.verdict === 'improvement') text += ` (p rise = ${pText(d.p_improvement_adjusted)})`;
  if (task.accepted) text += ' (accepted)';
  if (task.policy.critical) text += ' · critical';
  return text;
}

/**
 * The sentence an underpowered pass carries: this run cannot tell, and how many more items would.
 * Null for any other verdict.
 */
export function underpoweredSentence(task: TaskWordsInput): string | null {
  if (task.verdict !== 'pass' || !task.underpowered) return null;
  const more = task.more_items;
  if (!more) return 'this run cannot tell whether it dropped beyond max_drop';
  const items = more.items.toLocaleString('en-US');
  return more.goal === 'detect'
    ? `this run cannot tell; about ${items} more items would find a ${(more.drop * 100).toFixed(1)}-point drop 80% of the time`
    : `this run cannot tell; about ${items} more items would rule out a drop beyond ${size(more.drop)} if Δ held`;
}

/** What changed in the task since the baseline, in words, for the task's row. */
export function changeWords(task: Pick<TaskWordsInput, 'changes' | 'change_details'>): string[] {
  const words: string[] = [];
  const details = task.change_details ?? {};
  for (const change of task.changes) {
    const detail = details[change];
    const fromTo = detail ? ` (${detail.from} → ${detail.to})` : '';
    if (change === 'prompt') words.push('prompt changed since the baseline; gated as usual');
    else if (change === 'scorer') words.push(`scorer changed${fromTo}: not compared`);
    else if (change === 'primary_metric') words.push(`primary metric changed${fromTo}: not compared`);
    else if (change === 'instrument' && !task.changes.includes('scorer'))
      words.push('scorer options, judge or rubric changed: not compared');
  }
  return words;
}

/** What a Baseline or Candidate column averages over, when that is not the run's own figure. */
export function pairedNote(task: TaskWordsInput): string | null {
  if (!task.delta?.paired || !task.candidate.own) return null;
  const own = task.candidate.own;
  if (own.n === task.candidate.n) return null;
  return `over the ${task.candidate.n} paired items; the candidate’s own score is ${percent(own.mean)} on ${own.n}`;
}

export function percent(x: number | null | undefined): string {
  return x === null || x === undefined || !Number.isFinite(x) ? '—' : `${(x * 100).toFixed(1)}%`;
}

/** The footnote that says what the MDE column means. */
export const MDE_FOOTNOTE =
  'MDE: the smallest true drop this run finds 80% of the time — one-sided, at the task’s α after the correction across tasks (α/m under Holm), and beyond max_drop; never below what the 95% interval allows.';

/** Baseline and Candidate columns hold the paired items' averages when the test is paired. */
export const PAIRED_FOOTNOTE =
  'Baseline and Candidate average over the items both runs scored (the paired items) when the test is paired; a row says so when that differs from the candidate’s own score.';

/** The run's reason when nothing failed or warned: how many tasks of each verdict. */
export function countsSentence(verdicts: readonly Verdict[], underpowered = 0): string {
  const total = verdicts.length;
  const counts = new Map<Verdict, number>();
  for (const v of verdicts) counts.set(v, (counts.get(v) ?? 0) + 1);
  const parts: string[] = [];
  const passed = counts.get('pass') ?? 0;
  if (passed > 0)
    parts.push(underpowered > 0 ? `${passed} passed (${underpowered} underpowered)` : `${passed} passed`);
  if (counts.get('improvement')) parts.push(`${counts.get('improvement')} improved`);
  if (counts.get('no-baseline')) parts.push(`${counts.get('no-baseline')} without a baseline`);
  return `${total} task${total === 1 ? '' : 's'}: ${parts.join(', ')}`;
}

/** A sequential task: where it stopped and why ("stopped at 200 of 500: a 6-point drop ruled out"). */
export function stoppedSentence(task: Pick<TaskWordsInput, 'sequential' | 'verdict'>): string | null {
  const s = task.sequential;
  if (!s || s.why === 'no-test') return null;
  const where = s.stopped_at < s.of ? `stopped at ${s.stopped_at} of ${s.of}` : `ran all ${s.of} items`;
  const why =
    s.why === 'regression'
      ? 'the drop crossed the boundary'
      : s.why === 'futility' && s.ruled_out !== null
        ? `a ${(s.ruled_out * 100).toFixed(0)}-point drop ruled out`
        : s.why === 'ended'
          ? 'the run ended before the looks decided'
          : 'decided at the last look';
  const capped =
    s.capped_by_baseline !== null
      ? `; the baseline covers ${s.capped_by_baseline} items, so the looks stop there`
      : '';
  return `${where}: ${why}${capped}`;
}

/**
 * The calls a sequential run made (it stopped at the looks) or would have needed (a full run the
 * gate read look by look), against the full set.
 */
export function savingSentence(c: Pick<Comparison, 'sequential'>): string | null {
  const s = c.sequential;
  if (!s) return null;
  const n = (x: number) => x.toLocaleString('en-US');
  const rest = `${n(s.calls_saved)} calls and $${s.cost_saved.toFixed(4)} fewer than the full set`;
  return s.stopped_early
    ? `sequential looks ran ${n(s.calls_used)} of ${n(s.calls_full)} calls: ${rest}`
    : `sequential looks needed ${n(s.calls_used)} of ${n(s.calls_full)} calls: ${rest}`;
}
