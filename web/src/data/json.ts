/** Guards for reading published JSON, which is untrusted: a value is taken only in the shape asked for. */
import type { Verdict } from './protocol.js';

export type Json = Record<string, unknown>;

export const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
export const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
export const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

const VERDICTS = new Set(['regression', 'inconclusive', 'improvement', 'pass', 'error', 'no-baseline']);
export const verdictOf = (v: unknown): Verdict | null =>
  typeof v === 'string' && VERDICTS.has(v) ? (v as Verdict) : null;
