/** Normalisation shared by the string-comparing scorers (exact, contains, regex). */
export interface NormalizeOptions {
  case_sensitive?: boolean;
  ignore_punctuation?: boolean;
}

export function normalizeText(text: string, options: NormalizeOptions = {}): string {
  let out = text.normalize('NFKC').trim().replace(/\s+/g, ' ');
  if (!options.case_sensitive) out = out.toLowerCase();
  if (options.ignore_punctuation ?? true)
    out = out
      .replace(/[\p{P}\p{S}]+$/u, '')
      .replace(/^[\p{P}\p{S}]+/u, '')
      .trim();
  return out;
}

export function targetList(target: string | string[] | null): string[] {
  if (target === null) return [];
  return Array.isArray(target) ? target : [target];
}
