/**
 * Escaping for strings that came from a model or an artifact (fork PRs upload their own).
 * Nothing here trusts its input: the result can neither inject HTML, nor break a table row,
 * nor notify anyone on GitHub.
 */

const ZWJ = '\u200d';

/** Text for a table cell or an inline sentence: one line, no HTML, no markdown, no @-mentions. */
export function escapeInline(text: string, maxChars = 300): string {
  const flat = text.replace(/[\r\n\t\u2028\u2029]+/g, ' ');
  const cut = flat.length > maxChars ? `${flat.slice(0, maxChars)}…` : flat;
  return cut
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]#|~]/g, (c) => `\\${c}`)
    .replace(/@/g, `@${ZWJ}`)
    .replace(/[\u0000-\u001f\u007f]/g, '');
}

/**
 * A fenced code block holding untrusted text verbatim. The fence is longer than any run of
 * backticks inside, so the text cannot close it; mentions inside code never notify. `<!--` is
 * broken up so the text can never forge the hidden marker that finds our sticky comment.
 */
export function codeBlock(text: string, maxChars = 500): string {
  let body = text.length > maxChars ? `${text.slice(0, maxChars)}…` : text;
  body = body.replace(/<!--/g, `<${ZWJ}!--`).replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
  const longest = Math.max(0, ...(body.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}text\n${body}\n${fence}`;
}

/** A value for a hidden HTML comment: only characters that cannot end the comment. */
export function markerValue(text: string): string {
  return text
    .replace(/[^A-Za-z0-9._:/@+=-]/g, '_')
    .replace(/-{2,}/g, '_')
    .slice(0, 120);
}
