/**
 * `safeSegment(id)` from docs/data-protocol.md ("Ids"): the dashboard needs it to find
 * `series/<model>.json`, and the test-data generator uses this same function so both sides agree.
 * Uses WebCrypto (browsers in secure contexts, including http://127.0.0.1, and Node ≥ 20).
 */
export async function safeSegment(id: string): Promise<string> {
  let kept = '';
  // By code point, as the publisher does: one emoji becomes one `_`, not two.
  for (const ch of id) kept += /^[A-Za-z0-9._-]$/.test(ch) ? ch : '_';
  kept = kept.replace(/^\.+/, '').slice(0, 100);
  if (kept === '') throw new Error(`id ${JSON.stringify(id)} has no usable characters for a path segment`);
  if (kept === id) return kept;
  return `${kept}-${(await sha256Hex(id)).slice(0, 8)}`;
}

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
