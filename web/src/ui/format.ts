/**
 * How numbers read: scores in [0,1] show as points out of 100 with one decimal, always next to
 * their 95% CI; differences are signed with a real minus sign. A metric that is no proportion (a
 * loss, a perplexity, BLEU on 0–100) shows as the file gave it: its `raw` scale.
 */
const MINUS = '\u2212';

/** `points`: a score in [0, 1] as points out of 100; `raw`: the metric's own numbers. */
export type Scale = 'points' | 'raw';

/**
 * A metric with a value outside [0, 1] (a perplexity, a loss above 1, BLEU on 0–100) is no
 * proportion: ×100 would turn a perplexity of 12.5 into 1250.0. One in [0, 1] reads as points,
 * lower-is-better or not (an error rate is a proportion too).
 */
export function scaleOf(...values: (number | null | undefined)[]): Scale {
  const outside = values.some((v) => v !== null && v !== undefined && Number.isFinite(v) && (v < 0 || v > 1));
  return outside ? 'raw' : 'points';
}

function magnitude(x: number, scale: Scale): string {
  if (scale === 'points') return (x * 100).toFixed(1);
  return Math.abs(x) >= 1000 ? x.toFixed(0) : String(Number(x.toPrecision(4)));
}

export function pct(x: number | null | undefined, scale: Scale = 'points'): string {
  return x === null || x === undefined || !Number.isFinite(x) ? '—' : magnitude(x, scale);
}

export function ci(
  low: number | null | undefined,
  high: number | null | undefined,
  scale: Scale = 'points',
): string {
  return low === null || low === undefined || high === null || high === undefined
    ? ''
    : `[${pct(low, scale)}, ${pct(high, scale)}]`;
}

export function signed(x: number | null | undefined, scale: Scale = 'points'): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return '—';
  const s = magnitude(Math.abs(x), scale);
  if (Number(s) === 0) return scale === 'points' ? '0.0' : '0';
  return `${x < 0 ? MINUS : '+'}${s}`;
}

export function signedCi(low: number, high: number, scale: Scale = 'points'): string {
  return `[${signed(low, scale)}, ${signed(high, scale)}]`;
}

/** An interval for a tooltip line: "[a, b]", or "n/a (no standard error in the file)" when unknown. */
export function ciOrUnknown(
  low: number | null | undefined,
  high: number | null | undefined,
  scale: Scale = 'points',
): string {
  return low === null || low === undefined || high === null || high === undefined
    ? 'n/a (no standard error in the file)'
    : ci(low, high, scale);
}

export function date(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

export function money(x: number | null | undefined): string {
  return x === null || x === undefined ? '—' : `$${x < 1 ? x.toFixed(4) : x.toFixed(2)}`;
}

export function ms(x: number | null | undefined): string {
  return x === null || x === undefined
    ? '—'
    : x >= 1000
      ? `${(x / 1000).toFixed(2)} s`
      : `${Math.round(x)} ms`;
}

/** A wall-clock span: seconds under two minutes, then minutes, then hours. */
export function duration(msSpan: number | null | undefined): string {
  if (msSpan === null || msSpan === undefined || !Number.isFinite(msSpan)) return '—';
  const s = msSpan / 1000;
  return s < 120
    ? `${s.toFixed(1)} s`
    : s < 7200
      ? `${Math.round(s / 60)} min`
      : `${(s / 3600).toFixed(1)} h`;
}

export function int(x: number | null | undefined): string {
  return x === null || x === undefined ? '—' : x.toLocaleString('en-US');
}

export function shortSha(sha: string | null | undefined): string {
  return sha ? sha.slice(0, 7) : '—';
}
