import { isMap, isNode, isScalar, LineCounter, parseDocument, type Document } from 'yaml';

/** A parsed YAML/JSON document that can say where any value of it stands. */
export interface LocatedDocument {
  file: string;
  doc: Document;
  lines: LineCounter;
}

export function parseLocated(file: string, text: string): LocatedDocument {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  return { file, doc, lines };
}

/**
 * Line and column (1-based) of the value at a JSON pointer such as `/tasks/2/scorer`; the
 * nearest enclosing value when the path does not exist (a missing property points at its parent).
 */
export function locate(
  located: LocatedDocument,
  pointer: string,
  options: { key?: boolean } = {},
): { line: number; col: number } | undefined {
  const segments = pointer
    .split('/')
    .slice(1)
    .map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
  if (options.key && segments.length > 0) {
    // An unknown property is pointed at by its key, not its value.
    const parent =
      segments.length === 1 ? located.doc.contents : located.doc.getIn(segments.slice(0, -1), true);
    const pair = isMap(parent)
      ? parent.items.find((p) => isScalar(p.key) && p.key.value === segments.at(-1))
      : undefined;
    if (pair && isNode(pair.key) && pair.key.range) return located.lines.linePos(pair.key.range[0]);
  }
  for (let depth = segments.length; depth >= 0; depth--) {
    const node = depth === 0 ? located.doc.contents : located.doc.getIn(segments.slice(0, depth), true);
    if (isNode(node) && node.range) {
      const { line, col } = located.lines.linePos(node.range[0]);
      return { line, col };
    }
  }
  return undefined;
}

/** JSON pointer (`/tasks/2/scorer`) → the path users read (`tasks[2].scorer`). */
export function readablePath(pointer: string): string {
  return pointer
    .split('/')
    .slice(1)
    .map((s) => (/^\d+$/.test(s) ? `[${s}]` : `.${s}`))
    .join('')
    .replace(/^\./, '');
}
