/**
 * How numbers read: scores in [0,1] show as points out of 100 with one decimal, always next to
 * their 95% CI; differences are signed with a real minus sign.
 */
const MINUS = '\u2212';

export function pct(x: number | null | undefined): string {
  return x === null || x === undefined || !Number.isFinite(x) ? '—' : (x * 100).toFixed(1);
}

export function ci(low: number | null | undefined, high: number | null | undefined): string {
  return low === null || low === undefined || high === null || high === undefined
    ? ''
    : `[${pct(low)}, ${pct(high)}]`;
}

export function signed(x: number | null | undefined): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return '—';
  const s = (Math.abs(x) * 100).toFixed(1);
  if (s === '0.0') return '0.0';
  return `${x < 0 ? MINUS : '+'}${s}`;
}

export function signedCi(low: number, high: number): string {
  return `[${signed(low)}, ${signed(high)}]`;
}

/** An interval for a tooltip line: "[a, b]", or "n/a (no standard error in the file)" when unknown. */
export function ciOrUnknown(low: number | null | undefined, high: number | null | undefined): string {
  return low === null || low === undefined || high === null || high === undefined
    ? 'n/a (no standard error in the file)'
    : ci(low, high);
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
