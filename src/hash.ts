import { createHash, hash } from 'node:crypto';

/** JSON with object keys sorted, so equal values hash equally whatever their key order. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        )
      : v,
  );
}

export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/**
 * 16 hex characters of the SHA-256 of a value's canonical JSON: enough to tell versions apart.
 * Only the first 8 bytes are turned into text: a slice of the whole hex digest would keep all
 * 64 characters alive behind it, twice per item of a plan.
 */
export function shortHash(value: unknown): string {
  // One-shot: a plan hashes every row twice, and a Hash object per call costs more than the digest.
  return hash('sha256', typeof value === 'string' ? value : canonicalJson(value), 'buffer').toString(
    'hex',
    0,
    8,
  );
}
