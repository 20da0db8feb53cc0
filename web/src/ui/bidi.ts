/**
 * Bidirectional controls in user text (model ids, task names, categories, outputs) can reorder
 * what is displayed: "\u202Eevil" reads as "live". Every text the dashboard shows passes through
 * here: the embedding, override and isolate controls and the invisible marks become a visible
 * `[U+202E]`, so the text reads as it is stored; the stylesheet isolates each cell and block on top.
 */
const CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

export function showBidiControls(text: string): string {
  return text.replace(CONTROLS, (c) => `[U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}]`);
}
