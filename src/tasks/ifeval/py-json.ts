/**
 * Python's `json.loads` accepts everything `JSON.parse` does plus the constants `NaN`,
 * `Infinity` and `-Infinity`; IFEval's json_format check succeeds on whatever `json.loads` parses.
 */

// Strings are matched first so constants inside them stay; "-NaN" is not Python JSON, so it is kept as is and fails.
const PY_CONSTANT = /"(?:[^"\\]|\\.)*"|-?Infinity|-?NaN/gs;

/** Whether Python's `json.loads(text)` would parse the text. */
export function pythonJsonParses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    // Replace the Python-only constants outside strings by a number, then try again.
    if (!/NaN|Infinity/.test(text)) return false;
    const replaced = text.replace(PY_CONSTANT, (token) =>
      token.startsWith('"') || token === '-NaN' ? token : '0',
    );
    try {
      JSON.parse(replaced);
      return true;
    } catch {
      return false;
    }
  }
}
