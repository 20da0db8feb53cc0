/** One earlier run on the base branch: its suite score (0..1) and commit. */
export interface HistoryPoint {
  sha: string | null;
  created_at: string;
  score: number;
}

/** Points worth a chart: at most this many recent runs. */
export const HISTORY_POINTS = 12;

/**
 * A mermaid xychart of the suite score on the base branch's recent runs, the candidate last.
 * Labels are short commit hashes (checked hex) or ordinals: nothing from an artifact reaches
 * the chart as free text. Null when there are fewer than two earlier runs.
 */
export function renderHistoryChart(input: {
  branch: string;
  history: readonly HistoryPoint[];
  candidate: number | null;
}): string | null {
  const points = [...input.history]
    .filter((p) => Number.isFinite(p.score))
    .sort((a, b) => (a.created_at < b.created_at ? -1 : a.created_at > b.created_at ? 1 : 0))
    .slice(-HISTORY_POINTS);
  if (points.length < 2) return null;
  const labels = points.map((p, i) =>
    p.sha && /^[0-9a-f]{7,40}$/i.test(p.sha) ? p.sha.slice(0, 7) : `#${i + 1}`,
  );
  const values = points.map((p) => p.score * 100);
  if (input.candidate !== null && Number.isFinite(input.candidate)) {
    labels.push('this PR');
    values.push(input.candidate * 100);
  }
  const low = Math.max(0, Math.floor(Math.min(...values) / 5) * 5 - 5);
  const high = Math.min(100, Math.ceil(Math.max(...values) / 5) * 5 + 5);
  const branch = input.branch.replace(/[^A-Za-z0-9._/-]/g, '_');
  return [
    '```mermaid',
    'xychart-beta',
    `  title "Suite score on ${branch}, recent runs"`,
    `  x-axis [${labels.map((l) => `"${l}"`).join(', ')}]`,
    `  y-axis "score (%)" ${low} --> ${high}`,
    `  line [${values.map((v) => v.toFixed(1)).join(', ')}]`,
    '```',
  ].join('\n');
}
