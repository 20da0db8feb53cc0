const MAX_LENGTH = 100;

/**
 * The one rule by which a name from a file (a model path, lm-eval's `model_name_sanitized`, a
 * task name) becomes an id: `org/name` → `org__name`; letters, digits and `. _ : -` kept; any
 * other run of characters → one `_`; no separator at either end; at most 100 characters, the end
 * kept when cut (a checkpoint path's last part names the model). Readable, and safe as a path
 * segment once the publisher's safeSegment has replaced `:` and non-ASCII letters.
 */
export function importedId(name: string): string {
  const id = name
    .normalize('NFC')
    .replace(/\//g, '__')
    .replace(/[^\p{L}\p{N}._:-]+/gu, '_')
    .replace(/^[._:-]+|[._:-]+$/g, '');
  const cut =
    [...id].length > MAX_LENGTH
      ? [...id]
          .slice(-MAX_LENGTH)
          .join('')
          .replace(/^[._:-]+/, '')
      : id;
  return cut || 'model';
}
