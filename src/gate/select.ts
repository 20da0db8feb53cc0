import type { Baseline, RunRow as PublishedRunRow } from '../publish/index.js';
import type { BaselineRef } from './comparison.js';

/** Where the gate runs: the caller (Action or CLI) reads these from the event, never the gate. */
export interface GitContext {
  /** `pull_request`, `pull_request_target`, `push`, `schedule`, `workflow_dispatch`, … */
  event?: string;
  /** The commit under test. */
  sha?: string;
  /** The branch under test (push, schedule, dispatch). */
  branch?: string;
  /** Pull requests: the base branch. */
  base_ref?: string;
  /** Pull requests: the merge-base commit of the head and the base branch. */
  base_sha?: string;
  /** Pushes: the parent commit. */
  parent_sha?: string;
}

/**
 * A row of a month index (docs/data-protocol.md): the data protocol's own type
 * (src/publish/protocol.ts), of which selection needs these fields.
 */
export type RunRow = Pick<
  PublishedRunRow,
  'run_id' | 'path' | 'kind' | 'suite' | 'model' | 'branch' | 'sha' | 'pr' | 'created_at'
> &
  Partial<Pick<PublishedRunRow, 'step' | 'score'>>;

/** An entry of data/baselines.json, as the data protocol defines it. */
export type PromotedBaseline = Pick<Baseline, 'branch' | 'model' | 'suite' | 'run_id' | 'path'> &
  Partial<Pick<Baseline, 'promoted_at'>>;

export interface SelectQuery {
  /** The model id to look for in the baseline runs (the candidate's, or --baseline-model). */
  model: string;
  suite: string;
  context: GitContext;
  /** A run id the user named: it wins over every rule. */
  pinned?: string;
  default_branch: string | null;
  now: Date;
}

export type Selection =
  | { row: RunRow; selected_by: BaselineRef['selected_by']; description: string; age_days: number | null }
  | { row: null; reason: string };

const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);

/**
 * Pick the baseline run among published runs (DESIGN §4). Pull request: the run on the
 * merge-base, else the latest on the base branch. Push: the parent commit's run, else the latest
 * on the branch. Schedule, dispatch and the rest: the promoted baseline of (branch, model, suite),
 * never simply the previous run, so a slow slide still shows. A pinned run id wins.
 * Runs match on suite, and a quick run may use a full run (paired on the quick items).
 */
export function selectBaseline(
  rows: readonly RunRow[],
  promoted: readonly PromotedBaseline[],
  query: SelectQuery,
): Selection {
  const { context, now } = query;
  const forModel = rows.filter((r) => r.model === query.model);
  if (query.pinned !== undefined) {
    const pinned = forModel.find(
      (r) => r.run_id === query.pinned || r.run_id.startsWith(`${query.pinned}--`),
    );
    if (!pinned)
      return { row: null, reason: `pinned run ${query.pinned} has no published run of model ${query.model}` };
    return found(pinned, 'pinned', `pinned run ${pinned.run_id}`, now);
  }
  const matching = suiteMatches(forModel, query.suite);
  const branchRuns = (branch: string) =>
    matching.filter(
      (r) => r.branch === branch && r.kind !== 'pr' && (context.sha === undefined || r.sha !== context.sha),
    );

  if (context.event !== undefined && PULL_REQUEST_EVENTS.has(context.event)) {
    const base = context.base_ref ?? query.default_branch;
    if (!base) return { row: null, reason: 'the pull request has no base branch to find a baseline on' };
    const runs = branchRuns(base);
    const onMergeBase = context.base_sha ? latest(runs.filter((r) => r.sha === context.base_sha)) : undefined;
    if (onMergeBase)
      return found(
        onMergeBase,
        'merge-base',
        `the run on merge-base ${short(context.base_sha)} of ${base}`,
        now,
      );
    const last = latest(runs);
    if (last)
      return found(
        last,
        'latest-on-base',
        `the latest run on ${base} (${short(last.sha)}; none on merge-base ${short(context.base_sha)})`,
        now,
      );
    return { row: null, reason: `no ${query.suite} run of ${query.model} on ${base} yet` };
  }
  if (context.event === 'push') {
    const branch = context.branch ?? query.default_branch;
    if (!branch) return { row: null, reason: 'the push has no branch to find a baseline on' };
    const runs = branchRuns(branch);
    const onParent = context.parent_sha
      ? latest(runs.filter((r) => r.sha === context.parent_sha))
      : undefined;
    if (onParent)
      return found(
        onParent,
        'parent',
        `the run on parent commit ${short(context.parent_sha)} of ${branch}`,
        now,
      );
    const last = latest(runs);
    if (last)
      return found(
        last,
        'latest-on-branch',
        `the latest run on ${branch} (${short(last.sha)}; none on parent ${short(context.parent_sha)})`,
        now,
      );
    return { row: null, reason: `no ${query.suite} run of ${query.model} on ${branch} yet` };
  }
  // Schedule, dispatch, and a local compare (no event): the promoted baseline of the branch; with
  // no event the default branch's too, and failing that its latest run (a local guess, said so).
  const branches = [
    ...new Set(
      [context.branch, ...(context.event === undefined ? [query.default_branch] : [])].filter(
        (b): b is string => !!b,
      ),
    ),
  ];
  if (branches.length === 0) return { row: null, reason: 'no branch to find a promoted baseline for' };
  for (const branch of branches) {
    const entries = promoted.filter((p) => p.branch === branch && p.model === query.model);
    const entry =
      entries.find((p) => p.suite === query.suite) ??
      (query.suite !== 'full' ? entries.find((p) => p.suite === 'full') : undefined);
    if (!entry) continue;
    const row = rows.find((r) => r.run_id === entry.run_id) ?? {
      run_id: entry.run_id,
      path: entry.path,
      kind: 'branch',
      suite: entry.suite,
      model: entry.model,
      branch: entry.branch,
      sha: null,
      pr: null,
      created_at: entry.promoted_at ?? '',
    };
    return found(row, 'promoted', `the promoted baseline of ${branch}`, now);
  }
  if (context.event === undefined) {
    for (const branch of branches) {
      const last = latest(branchRuns(branch));
      if (last)
        return found(last, 'latest-on-branch', `the latest run on ${branch} (no promoted baseline)`, now);
    }
  }
  return {
    row: null,
    reason: `no promoted baseline for (${branches.join(' or ')}, ${query.model}, ${query.suite}): promote one with \`evalwarden promote <run>\` or pin gate.baseline.run`,
  };
}

/** Same suite first; a quick (or any partial) suite falls back to the full suite's runs. */
function suiteMatches(rows: readonly RunRow[], suite: string): RunRow[] {
  const same = rows.filter((r) => r.suite === suite);
  if (same.length > 0 || suite === 'full') return same;
  return rows.filter((r) => r.suite === 'full');
}

function latest(rows: readonly RunRow[]): RunRow | undefined {
  return rows.reduce<RunRow | undefined>(
    (best, r) => (!best || r.created_at > best.created_at ? r : best),
    undefined,
  );
}

function found(row: RunRow, selectedBy: BaselineRef['selected_by'], what: string, now: Date): Selection {
  const created = Date.parse(row.created_at);
  const age = Number.isFinite(created) ? Math.max(0, (now.getTime() - created) / 86_400_000) : null;
  const ageText =
    age === null ? 'age unknown' : age < 1 ? `${Math.round(age * 24)} h old` : `${Math.round(age)} days old`;
  return {
    row,
    selected_by: selectedBy,
    age_days: age,
    description: `${what}, ${row.suite} suite, ${ageText}`,
  };
}

function short(sha: string | null | undefined): string {
  return sha ? sha.slice(0, 7) : 'unknown';
}

export interface CheckpointQuery {
  model: string;
  suite: string;
  /** The candidate checkpoint's step. */
  step: number;
  now: Date;
}

/**
 * A checkpoint sweep is compared with the previous checkpoint (the largest step below this one)
 * and with the best checkpoint so far (highest suite score among earlier steps), for the curves.
 */
export function selectCheckpoints(
  rows: readonly RunRow[],
  query: CheckpointQuery,
): { previous: Selection; best: Selection } {
  const earlier = suiteMatches(
    rows.filter((r) => r.model === query.model && typeof r.step === 'number' && r.step < query.step),
    query.suite,
  );
  const previous = earlier.reduce<RunRow | undefined>(
    (best, r) => (!best || (r.step as number) > (best.step as number) ? r : best),
    undefined,
  );
  const scored = earlier.filter((r) => typeof r.score === 'number');
  const best = scored.reduce<RunRow | undefined>(
    (top, r) => (!top || (r.score as number) > (top.score as number) ? r : top),
    undefined,
  );
  return {
    previous: previous
      ? found(previous, 'previous-checkpoint', `the previous checkpoint (step ${previous.step})`, query.now)
      : { row: null, reason: `no earlier checkpoint of ${query.model} than step ${query.step}` },
    best: best
      ? found(
          best,
          'best-so-far',
          `the best checkpoint so far (step ${best.step}, score ${(best.score as number).toFixed(3)})`,
          query.now,
        )
      : { row: null, reason: `no scored earlier checkpoint of ${query.model}` },
  };
}
