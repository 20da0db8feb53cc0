import type { GitHub } from './client.js';

/**
 * A file's text at a commit, through the API (the checkout holds the pull request's version);
 * null when it does not exist there, e.g. a config the pull request adds.
 */
export async function readFileAtRef(gh: GitHub, path: string, ref: string): Promise<string | null> {
  try {
    const { data } = await gh.octokit.rest.repos.getContent({ ...gh.repo, path, ref });
    if (Array.isArray(data) || data.type !== 'file' || !('content' in data)) return null;
    return Buffer.from(data.content, (data.encoding as BufferEncoding) || 'base64').toString('utf8');
  } catch (error) {
    if ((error as { status?: number }).status === 404) return null;
    throw error;
  }
}
