import type { GitHub } from './client.js';

export interface PullRequestRef {
  number: number;
  headSha: string;
  baseRef: string;
  baseSha: string;
  labels: string[];
  /** Whether the head branch lives in another repository (a fork). */
  fromFork: boolean;
}

/**
 * The open pull request whose head is this commit, looked up through the API. For a
 * `workflow_run` from a fork this is the only trustworthy source: the event's `pull_requests`
 * is empty for forks, and the artifact was written by the fork's code.
 */
export async function findPullRequestForCommit(gh: GitHub, sha: string): Promise<PullRequestRef | null> {
  const { data } = await gh.octokit.rest.repos.listPullRequestsAssociatedWithCommit({
    ...gh.repo,
    commit_sha: sha,
    per_page: 100,
  });
  const open = data.filter((pr) => pr.state === 'open' && pr.head.sha === sha);
  const pr = open[0];
  if (!pr) return null;
  return {
    number: pr.number,
    headSha: pr.head.sha,
    baseRef: pr.base.ref,
    baseSha: pr.base.sha,
    labels: pr.labels.map((l) => (typeof l === 'string' ? l : (l.name ?? ''))).filter(Boolean),
    fromFork: pr.head.repo?.full_name !== `${gh.repo.owner}/${gh.repo.repo}`,
  };
}

/** The labels on a pull request now (the event payload holds those of when the run started). */
export async function listLabels(gh: GitHub, issueNumber: number): Promise<string[]> {
  const labels = await gh.octokit.paginate(gh.octokit.rest.issues.listLabelsOnIssue, {
    ...gh.repo,
    issue_number: issueNumber,
    per_page: 100,
  });
  return labels.map((l) => l.name);
}

/** Takes a label off a pull request; one that is not there is no error. */
export async function removeLabel(gh: GitHub, issueNumber: number, name: string): Promise<void> {
  try {
    await gh.octokit.rest.issues.removeLabel({ ...gh.repo, issue_number: issueNumber, name });
  } catch (error) {
    if ((error as { status?: number }).status !== 404) throw error;
  }
}
