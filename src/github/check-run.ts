import { batchAnnotations, CHECK_SUMMARY_LIMIT, type Annotation } from '../report/index.js';
import type { GitHub } from './client.js';

export interface CheckRunOptions {
  name: string;
  headSha: string;
  conclusion: 'success' | 'failure' | 'neutral';
  title: string;
  /** Markdown, cut to GitHub's 65,535 characters if longer. */
  summary: string;
  annotations: readonly Annotation[];
  detailsUrl?: string;
}

export interface CheckRunResult {
  id: number;
  url: string;
  /** Requests sent: one create, then one update per further 50 annotations. */
  requests: number;
}

/**
 * A completed check run. The Checks API takes at most 50 annotations per request: the first
 * batch rides on the create, the rest on updates, which append.
 */
export async function publishCheckRun(gh: GitHub, options: CheckRunOptions): Promise<CheckRunResult> {
  const [first = [], ...rest] = batchAnnotations(options.annotations);
  const output = (annotations: readonly Annotation[]) => ({
    title: options.title.slice(0, 255),
    summary:
      options.summary.length > CHECK_SUMMARY_LIMIT
        ? options.summary.slice(0, CHECK_SUMMARY_LIMIT)
        : options.summary,
    annotations: [...annotations],
  });
  const { data } = await gh.octokit.rest.checks.create({
    ...gh.repo,
    name: options.name,
    head_sha: options.headSha,
    status: 'completed',
    conclusion: options.conclusion,
    completed_at: new Date().toISOString(),
    ...(options.detailsUrl ? { details_url: options.detailsUrl } : {}),
    output: output(first),
  });
  for (const batch of rest)
    await gh.octokit.rest.checks.update({ ...gh.repo, check_run_id: data.id, output: output(batch) });
  return {
    id: data.id,
    url: data.html_url || `${gh.serverUrl}/${gh.repo.owner}/${gh.repo.repo}/runs/${data.id}`,
    requests: 1 + rest.length,
  };
}
