import type { GitHub } from './client.js';

export interface RunIssueOptions {
  /** Hidden marker that starts the issue body: one issue per (suite, model). */
  marker: string;
  title: string;
  /** The report; starts with the marker. */
  body: string;
  /** A regression or an error: open the issue, or update the open one. */
  failing: boolean;
  /** Said on the issue when the next run passes, before closing it. */
  recovery: string;
  /** @default ['evalwarden'] */
  labels?: string[];
}

export interface RunIssueResult {
  action: 'opened' | 'updated' | 'closed' | 'none';
  number: number | null;
  url: string | null;
}

/**
 * Runs with no pull request (nightly drift, full evals, sweeps) report through one issue per
 * (suite, model): a failure opens it or updates the open one; a recovery comments and closes it.
 */
export async function syncRunIssue(gh: GitHub, options: RunIssueOptions): Promise<RunIssueResult> {
  if (!options.body.startsWith(options.marker))
    throw new Error('an evalwarden issue body must start with its marker');
  const labels = options.labels ?? ['evalwarden'];
  const open = await gh.octokit.paginate(gh.octokit.rest.issues.listForRepo, {
    ...gh.repo,
    state: 'open',
    labels: labels.join(','),
    per_page: 100,
  });
  // listForRepo returns pull requests too; only issues started by our marker count.
  const existing = open.find(
    (i) => !i.pull_request && typeof i.body === 'string' && i.body.startsWith(options.marker),
  );
  if (options.failing) {
    if (existing) {
      const { data } = await gh.octokit.rest.issues.update({
        ...gh.repo,
        issue_number: existing.number,
        body: options.body,
        title: options.title,
      });
      return { action: 'updated', number: data.number, url: data.html_url };
    }
    const { data } = await gh.octokit.rest.issues.create({
      ...gh.repo,
      title: options.title,
      body: options.body,
      labels,
    });
    return { action: 'opened', number: data.number, url: data.html_url };
  }
  if (!existing) return { action: 'none', number: null, url: null };
  await gh.octokit.rest.issues.createComment({
    ...gh.repo,
    issue_number: existing.number,
    body: options.recovery,
  });
  const { data } = await gh.octokit.rest.issues.update({
    ...gh.repo,
    issue_number: existing.number,
    state: 'closed',
    state_reason: 'completed',
  });
  return { action: 'closed', number: data.number, url: data.html_url };
}
