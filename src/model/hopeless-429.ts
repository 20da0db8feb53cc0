/**
 * OpenAI's 429s that no retry can cure: the account has no quota left (`insufficient_quota`), or
 * one request asks for more tokens than the per-minute limit ("Request too large … Limit 30000,
 * Requested 30601"). Both share status 429 with the rate limits that do pass after a wait, so
 * they are told apart by the body's `code`, `type` and, for the size, the numbers it quotes.
 */
export function isHopeless429(body: string): boolean {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return false;
  }
  const error = errorObject(parsed);
  if (!error) return false;
  if (error.code === 'insufficient_quota' || error.type === 'insufficient_quota') return true;
  if (error.type !== 'tokens' && error.code !== 'rate_limit_exceeded') return false;
  // A rate limit quotes "Limit L, Used U, Requested R"; only a request larger than L itself never fits.
  const sizes = /Limit (\d+), Requested (\d+)/.exec(typeof error.message === 'string' ? error.message : '');
  return sizes !== null && Number(sizes[2]) > Number(sizes[1]);
}

function errorObject(parsed: unknown): Record<string, unknown> | null {
  if (typeof parsed !== 'object' || parsed === null) return null;
  const nested = (parsed as { error?: unknown }).error;
  if (typeof nested === 'object' && nested !== null) return nested as Record<string, unknown>;
  return parsed as Record<string, unknown>;
}
