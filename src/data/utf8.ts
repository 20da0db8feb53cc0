const strict = new TextDecoder('utf-8', { fatal: true });

/**
 * Decodes UTF-8 or says where it is not: Node's `toString('utf8')` turns bad bytes into U+FFFD,
 * which would then be sent to the model as part of a prompt. A byte-order mark is dropped.
 * Returns the text, or the 1-based line and column (in bytes) of the first bad byte.
 */
export function decodeUtf8(bytes: Uint8Array): { text: string } | { line: number; col: number } {
  try {
    return { text: strict.decode(bytes) };
  } catch {
    return firstBadByte(bytes);
  }
}

function firstBadByte(bytes: Uint8Array): { line: number; col: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i < bytes.length && bytes[i] !== 0x0a) continue;
    try {
      strict.decode(bytes.subarray(start, i));
    } catch {
      return { line, col: badColumn(bytes.subarray(start, i)) };
    }
    line++;
    start = i + 1;
  }
  return { line, col: 1 };
}

/** The column of the first byte a strict decoder refuses within one line. */
function badColumn(line: Uint8Array): number {
  let good = 0;
  for (let end = 1; end <= line.length; end++) {
    try {
      strict.decode(line.subarray(0, end));
      good = end;
    } catch {
      // A multi-byte sequence may still be completed by the next byte: keep going a little.
      if (end - good > 4) break;
    }
  }
  return good + 1;
}
