/**
 * Removes secret values from text that may reach a log, a file or a comment. Some APIs quote
 * the key they refused in their error message, so every error message passes through here.
 */
export function redactSecrets(text: string, secrets: readonly string[]): string {
  let out = text;
  // Longest first, so a key that contains another is hidden whole. Very short values would redact
  // ordinary words; no real key is that short.
  const values = [...new Set(secrets.filter((s) => s.length >= 4))].sort((a, b) => b.length - a.length);
  for (const secret of values) out = out.split(secret).join('***');
  // Bearer tokens and sk-… keys that were not ours are hidden too.
  return out
    .replace(/\b(sk-[A-Za-z0-9_-]{4})[A-Za-z0-9_-]{8,}/g, '$1***')
    .replace(/(Bearer\s+)[^\s"']+/gi, '$1***');
}
