/**
 * Which hrefs the dashboard will put in a link: its own hash routes and http(s) URLs. Data can
 * hold anything (`javascript:` in a model name, a repository field, an endpoint), so every URL
 * built from data is checked here and the rest are shown as text.
 */
export function safeHref(href: string): string | null {
  if (/^#\/[^\s]*$/.test(href)) return href;
  try {
    const url = new URL(href);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

const REPOSITORY = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9._-]{1,100}$/;

/** `https://github.com/<repo>/commit/<sha>`, or null when either part is not what it claims. */
export function commitUrl(
  repository: string | null | undefined,
  sha: string | null | undefined,
): string | null {
  if (!repository || !sha || !REPOSITORY.test(repository) || !/^[0-9a-f]{7,64}$/i.test(sha)) return null;
  return `https://github.com/${repository}/commit/${sha}`;
}

export function pullUrl(repository: string | null | undefined, pr: number | null | undefined): string | null {
  if (
    !repository ||
    !REPOSITORY.test(repository) ||
    typeof pr !== 'number' ||
    !Number.isInteger(pr) ||
    pr <= 0
  )
    return null;
  return `https://github.com/${repository}/pull/${pr}`;
}
