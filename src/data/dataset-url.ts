/**
 * Where a remote dataset is downloaded from. Besides http(s) URLs, a Hugging Face dataset file
 * can be named as `hf://datasets/OWNER/NAME/PATH/IN/REPO@REVISION` (revision defaults to `main`;
 * pin a commit for reproducible runs: the SHA-256 pin is checked either way).
 */
export function resolveDatasetUrl(url: string): string {
  const hf = /^hf:\/\/datasets\/([^/]+)\/([^/]+)\/(.+?)(?:@([^@/]+))?$/.exec(url);
  if (!hf) return url;
  const [, owner, name, file, revision = 'main'] = hf;
  return `https://huggingface.co/datasets/${owner}/${name}/resolve/${encodeURIComponent(revision)}/${file.split('/').map(encodeURIComponent).join('/')}`;
}
