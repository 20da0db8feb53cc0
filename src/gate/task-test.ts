import type { MetricSummary } from '../artifacts.js';
import {
  pairedBootstrap,
  type DifferenceTest,
  estimateMean,
  scoreInterval,
  mcnemarExact,
  newcombePairedInterval,
  pairedT,
  welch,
} from '../stats/index.js';
import type { SideStats, TestMethod } from './comparison.js';
import { itemKey, type ItemScore } from './items.js';

export interface TaskTestOptions {
  paired_test: 'auto' | 't' | 'bootstrap';
  /** Fewer shared items than this and the runs are compared unpaired. */
  min_pairs: number;
  /** Seed of the bootstrap, so a verdict can be reproduced. */
  seed: number;
}

/** The statistical comparison of one task, before any policy is applied. */
export interface TaskTest {
  method: TestMethod;
  paired: boolean;
  /** How an unpaired test came to be, said beside its verdict; absent when paired. */
  pairing?: string;
  candidate: SideStats;
  baseline: SideStats;
  test: DifferenceTest;
  discordant: { worse: number; better: number } | null;
  /** The paired items (empty when unpaired), for flipped examples. */
  pairs: { candidate: ItemScore; baseline: ItemScore }[];
}

/**
 * Compare one task's items. Pairs on item id + row hash; with enough pairs the test is paired
 * (a quick run against a full baseline pairs on the quick items), otherwise unpaired (Welch).
 */
export function testTask(
  candidateItems: ReadonlyMap<string, ItemScore> | readonly ItemScore[],
  baseline: ReadonlyMap<string, ItemScore> | readonly ItemScore[],
  options: TaskTestOptions,
): TaskTest {
  const keyed = (items: ReadonlyMap<string, ItemScore> | readonly ItemScore[]) =>
    Array.isArray(items)
      ? new Map(items.map((b) => [itemKey(b.item_id, b.item_hash), b]))
      : (items as ReadonlyMap<string, ItemScore>);
  const baseMap = keyed(baseline);
  // An index's own keys: a key built again per item would cost a string and its hash each.
  const candidateMap = keyed(candidateItems);
  const pairs: { candidate: ItemScore; baseline: ItemScore }[] = [];
  for (const [key, item] of candidateMap) {
    const match = baseMap.get(key);
    if (match) pairs.push({ candidate: item, baseline: match });
  }
  // Records arrive in completion order (and shards merge in any order): sort so that sums, and
  // the bootstrap's resamples, are the same however the items were read.
  pairs.sort((a, b) => compareItems(a.candidate, b.candidate));
  if (pairs.length >= options.min_pairs && pairs.length >= 2) {
    const hasClusters = pairs.some((p) => p.candidate.cluster !== null);
    const result = testPaired(
      pairs.map((p) => p.candidate.score),
      pairs.map((p) => p.baseline.score),
      {
        paired_test: options.paired_test,
        binary: pairs.every((p) => p.candidate.binary && p.baseline.binary),
        weights: pairs.some((p) => p.candidate.weight !== 1)
          ? pairs.map((p) => p.candidate.weight)
          : undefined,
        clusters: hasClusters ? pairs.map((p) => p.candidate.cluster) : undefined,
        seed: options.seed,
      },
    );
    return { ...result, pairs };
  }
  const baseItems = [...baseMap.values()].sort(compareItems);
  const candEstimate = estimateSide([...candidateMap.values()].sort(compareItems));
  const baseEstimate = estimateSide(baseItems);
  return {
    method: 'welch',
    paired: false,
    pairing: `unpaired: ${pairs.length} shared item${pairs.length === 1 ? '' : 's'}, fewer than ${Math.max(2, options.min_pairs)} (Welch on the means)`,
    candidate: candEstimate.side,
    baseline: baseEstimate.side,
    test: welch(candEstimate.estimate, baseEstimate.estimate),
    discordant: null,
    pairs: [],
  };
}

function compareItems(a: ItemScore, b: ItemScore): number {
  return a.item_id < b.item_id
    ? -1
    : a.item_id > b.item_id
      ? 1
      : a.item_hash < b.item_hash
        ? -1
        : a.item_hash > b.item_hash
          ? 1
          : 0;
}

export interface PairedOptions {
  paired_test: 'auto' | 't' | 'bootstrap';
  /** Every item score is 0 or 1 (exact McNemar applies). */
  binary: boolean;
  weights?: number[];
  clusters?: (string | null)[];
  seed?: number;
}

/**
 * The paired test on aligned per-item scores. With `auto`, 0/1 scores without clusters get the
 * exact McNemar test and Newcombe's paired interval (the SE stays the paired one, for the MDE);
 * clustered or fractional scores get the paired t test with a cluster-robust SE.
 */
export function testPaired(
  candidate: readonly number[],
  baseline: readonly number[],
  options: PairedOptions,
): Omit<TaskTest, 'pairs'> {
  const n = candidate.length;
  const diffs = new Array<number>(n);
  let worse = 0;
  let better = 0;
  for (let i = 0; i < n; i++) {
    diffs[i] = candidate[i] - baseline[i];
    if (diffs[i] < 0) worse++;
    else if (diffs[i] > 0) better++;
  }
  const stats = { clusters: options.clusters, weights: options.weights };
  let method: TestMethod;
  let test: DifferenceTest;
  if (options.paired_test === 'bootstrap') {
    method = 'bootstrap';
    test = pairedBootstrap(diffs, { ...stats, seed: options.seed });
  } else {
    test = pairedT(diffs, stats);
    method = 'paired-t';
    // McNemar's discordant pairs are independent only when items are: not with clusters or weights.
    if (options.paired_test === 'auto' && options.binary && !options.clusters && !options.weights) {
      const exact = mcnemarExact(worse, better);
      let both = 0;
      for (let i = 0; i < n; i++) if (candidate[i] === 1 && baseline[i] === 1) both++;
      // Newcombe's paired interval keeps its coverage with few discordant pairs; the t interval does not.
      const ci = newcombePairedInterval({
        both,
        firstOnly: better,
        secondOnly: worse,
        neither: n - both - better - worse,
      });
      test = { ...test, ci, p_drop: exact.p_worse, p_improvement: exact.p_better };
      method = 'mcnemar';
    }
  }
  return {
    method,
    paired: true,
    candidate: side(candidate, options),
    baseline: side(baseline, options),
    test,
    discordant: options.binary ? { worse, better } : null,
  };
}

function side(scores: readonly number[], options: PairedOptions): SideStats {
  const estimate = estimateMean([...scores], { clusters: options.clusters, weights: options.weights });
  if (scores.length === 0) return { n: 0, mean: null, ci: null };
  return {
    n: scores.length,
    mean: estimate.mean,
    ci: scoreInterval(scores, estimate, options.binary && !options.clusters && !options.weights),
  };
}

function estimateSide(items: readonly ItemScore[]): {
  side: SideStats;
  estimate: ReturnType<typeof estimateMean>;
} {
  const scores = items.map((i) => i.score);
  const clustered = items.some((i) => i.cluster !== null);
  const weighted = items.some((i) => i.weight !== 1);
  const estimate = estimateMean(scores, {
    clusters: clustered ? items.map((i) => i.cluster) : undefined,
    weights: weighted ? items.map((i) => i.weight) : undefined,
  });
  const binary = items.every((i) => i.binary) && !clustered && !weighted;
  return {
    side: {
      n: items.length,
      mean: items.length > 0 ? estimate.mean : null,
      ci: items.length > 0 ? scoreInterval(scores, estimate, binary) : null,
    },
    estimate,
  };
}

/** What a comparison of two runs' aggregate numbers is called wherever it is shown. */
export const UNPAIRED_AGGREGATES = 'unpaired: aggregates only (Welch on the means)';

/**
 * Unpaired comparison when one side has no per-item records (results imported from a harness
 * that reports only aggregates): Welch on the summaries' mean, SE and n. Much less powerful
 * than pairing, which the MDE then shows.
 */
export function testFromSummaries(
  candidate: { items: readonly ItemScore[]; summary: MetricSummary | undefined },
  baseline: { items: readonly ItemScore[]; summary: MetricSummary | undefined },
): TaskTest | null {
  const side = (s: { items: readonly ItemScore[]; summary: MetricSummary | undefined }) => {
    if (s.items.length > 0) return estimateSide(s.items);
    const { n, se } = s.summary ?? {};
    if (!s.summary || n === null || n === undefined || n < 2 || se === null || se === undefined) return null;
    return {
      side: { n: s.summary.n, mean: s.summary.mean, ci: s.summary.ci },
      estimate: { mean: s.summary.mean, se, units: n },
    };
  };
  const cand = side(candidate);
  const base = side(baseline);
  if (!cand || !base) return null;
  return {
    method: 'welch',
    paired: false,
    pairing: UNPAIRED_AGGREGATES,
    candidate: cand.side,
    baseline: base.side,
    test: welch(cand.estimate, base.estimate),
    discordant: null,
    pairs: [],
  };
}
