/**
 * Prompt templates: `{{field}}` (spaces allowed, `a.b` for nested fields) is replaced by the
 * row's value. Written by hand rather than with a template engine because none is needed for
 * substitution alone, and engines' HTML escaping by default would corrupt prompts.
 */
const PLACEHOLDER = /\{\{\s*([A-Za-z0-9_.-]+)\s*\}\}/g;

export function templateFields(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1]);
}

export function fieldValue(row: Record<string, unknown>, field: string): unknown {
  let value: unknown = row;
  for (const part of field.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

export function renderTemplate(template: string, row: Record<string, unknown>): string {
  return template.replace(PLACEHOLDER, (_, field: string) => {
    const value = fieldValue(row, field);
    return typeof value === 'string' ? value : JSON.stringify(value);
  });
}
