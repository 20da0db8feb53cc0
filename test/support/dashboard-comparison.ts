/**
 * The gate's comparison.json (schemas/comparison.schema.json) for a generated run: per task the
 * Δ with CI and verdict `taskDelta` gives, and the flipped items among the two sample heads.
 */
import type { EvalRecord } from '../../src/artifacts.js';
import type { RunRow } from '../../web/src/data/protocol.js';
import { taskDelta } from './dashboard-data.js';

const POLICY = { max_drop: 0.02, alpha: 0.05, critical: false, min_items: 20, max_error_rate: 0.05 };

export function comparisonFile(
  run: RunRow,
  baseline: RunRow,
  samples: EvalRecord[],
  baselineSamples: EvalRecord[],
): unknown {
  const before = new Map(baselineSamples.map((r) => [`${r.task}\u0000${r.item_id}`, r]));
  const tasks = Object.keys(run.tasks).flatMap((task) => {
    const d = taskDelta(run, baseline, task);
    if (!d) return [];
    const flips = { worse: [] as unknown[], better: [] as unknown[], worse_total: 0, better_total: 0 };
    for (const r of samples.filter((s) => s.task === task)) {
      const b = before.get(`${task}\u0000${r.item_id}`);
      if (!b || b.score === null || r.score === null || b.score === r.score) continue;
      const flip = {
        item_id: r.item_id,
        category: r.category,
        baseline_score: b.score,
        candidate_score: r.score,
        baseline_answer: b.answer,
        candidate_answer: r.answer,
        candidate_output: r.output?.slice(0, 500) ?? null,
      };
      if (r.score < b.score) {
        flips.worse_total++;
        if (flips.worse.length < 20) flips.worse.push(flip);
      } else {
        flips.better_total++;
        if (flips.better.length < 20) flips.better.push(flip);
      }
    }
    const [c, bl] = [run.tasks[task], baseline.tasks[task]];
    return [
      {
        task,
        primary_metric: 'acc',
        weight: 1,
        verdict: d.verdict,
        reason: `Δ ${d.delta} [${d.low}, ${d.high}]`,
        underpowered: d.verdict === 'pass' && d.low < -POLICY.max_drop,
        failing: d.verdict === 'regression',
        accepted: null,
        policy: POLICY,
        candidate: { n: 200, mean: c[0], ci: { low: c[1], high: c[2] }, errors: 0, error_rate: 0 },
        baseline: { n: 200, mean: bl[0], ci: { low: bl[1], high: bl[2] } },
        delta: {
          method: 'mcnemar',
          paired: true,
          estimate: d.delta,
          se: (d.high - d.low) / 3.92,
          ci: { low: d.low, high: d.high },
          p_drop: 0.5,
          p_drop_adjusted: 0.5,
          p_improvement: 0.5,
          p_improvement_adjusted: 0.5,
          mde: 0.05,
          discordant: null,
        },
        changes: [],
        flips,
      },
    ];
  });
  return {
    schema_version: 1,
    created_at: run.created_at,
    candidate: { run_id: run.run_id, suite: run.suite, sha: run.sha, branch: run.branch },
    policy: { correction: 'holm', paired_test: 'auto', fail_on: ['regression', 'error'] },
    models: [
      {
        model: run.model,
        role: run.role,
        step: run.step,
        gating: 'full',
        baseline: {
          kind: 'pages',
          location: baseline.path,
          run_id: baseline.run_id,
          model: baseline.model,
          suite: baseline.suite,
          selected_by: run.kind === 'pr' ? 'latest-on-base' : 'parent',
          sha: baseline.sha,
          branch: baseline.branch,
          created_at: baseline.created_at,
          age_days: 1,
          description: `latest ${baseline.suite} run on ${baseline.branch}`,
        },
        no_baseline_reason: null,
        changes: { served_model: null, params_hash: null, prompt_tasks: [] },
        tasks,
        aggregate: {
          candidate:
            run.score === null ? null : { score: run.score, ci: { low: run.ci![0], high: run.ci![1] } },
          baseline:
            baseline.score === null
              ? null
              : { score: baseline.score, ci: { low: baseline.ci![0], high: baseline.ci![1] } },
          delta: null,
        },
        verdict: run.verdict,
        reason: 'generated',
      },
    ],
    verdict: run.verdict,
    reason: 'generated',
    exit_code: run.verdict === 'regression' ? 1 : run.verdict === 'error' ? 2 : 0,
    failing: tasks
      .filter((t) => t.verdict === 'regression')
      .map((t) => ({ model: run.model, task: t.task, verdict: t.verdict })),
    accepted: [],
    notes: [],
  };
}
