import type { GitHub } from './client.js';

export interface StickyCommentOptions {
  issueNumber: number;
  /** The hidden marker the body starts with: one comment per marker. */
  marker: string;
  body: string;
}

export interface StickyCommentResult {
  action: 'created' | 'updated';
  id: number;
  url: string;
}

/**
 * Creates the comment, or updates the one that starts with the same marker, so a pull request
 * holds one evalwarden comment per (workflow, config, model) however often the job runs.
 * The marker must start the body: a model's output quoted further down cannot forge it.
 */
export async function upsertStickyComment(
  gh: GitHub,
  options: StickyCommentOptions,
): Promise<StickyCommentResult> {
  if (!options.body.startsWith(options.marker))
    throw new Error('a sticky comment body must start with its marker');
  const comments = await gh.octokit.paginate(gh.octokit.rest.issues.listComments, {
    ...gh.repo,
    issue_number: options.issueNumber,
    per_page: 100,
  });
  const existing = comments.find((c) => typeof c.body === 'string' && c.body.startsWith(options.marker));
  if (existing) {
    const { data } = await gh.octokit.rest.issues.updateComment({
      ...gh.repo,
      comment_id: existing.id,
      body: options.body,
    });
    return { action: 'updated', id: data.id, url: commentUrl(gh, options.issueNumber, data) };
  }
  const { data } = await gh.octokit.rest.issues.createComment({
    ...gh.repo,
    issue_number: options.issueNumber,
    body: options.body,
  });
  return { action: 'created', id: data.id, url: commentUrl(gh, options.issueNumber, data) };
}

/** The reply's html_url; older reply shapes carry none, so it is built the way GitHub builds it. */
function commentUrl(gh: GitHub, issueNumber: number, data: { id: number; html_url?: string }): string {
  return (
    data.html_url ||
    `${gh.serverUrl}/${gh.repo.owner}/${gh.repo.repo}/pull/${issueNumber}#issuecomment-${data.id}`
  );
}
