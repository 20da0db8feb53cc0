import type { ErrorObject } from 'ajv';

/** Edit distance, for "did you mean" hints on misspelt keys and names. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length];
}

export function didYouMean(word: string, options: readonly string[]): string | undefined {
  const best = options
    .map((o) => ({ o, d: distance(word.toLowerCase(), o.toLowerCase()) }))
    .sort((x, y) => x.d - y.d)[0];
  return best && best.d <= Math.max(2, Math.floor(word.length / 3)) ? best.o : undefined;
}

/**
 * The one error to show for a failed validation: the deepest, preferring specific keywords over
 * the `oneOf`/`anyOf` summaries ajv adds on top of them.
 */
export function pickError(errors: ErrorObject[]): ErrorObject {
  const rank = (e: ErrorObject) => (['oneOf', 'anyOf', 'if', 'not'].includes(e.keyword) ? 1 : 0);
  return [...errors].sort((a, b) => b.instancePath.length - a.instancePath.length || rank(a) - rank(b))[0];
}

/** Pointer where the error stands, pointing at the offending key for unknown properties. */
export function errorPointer(error: ErrorObject): string {
  if (error.keyword === 'additionalProperties')
    return `${error.instancePath}/${String(error.params.additionalProperty)}`;
  return error.instancePath;
}

export function describeError(
  error: ErrorObject,
  schemaProperties?: string[],
): { message: string; hint?: string } {
  const p = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(p.additionalProperty);
      const suggestion = schemaProperties && didYouMean(key, schemaProperties);
      return {
        message: `unknown property "${key}"${suggestion ? ` — did you mean "${suggestion}"?` : ''}`,
        hint: schemaProperties ? `allowed here: ${schemaProperties.join(', ')}` : undefined,
      };
    }
    case 'required':
      return { message: `missing required property "${String(p.missingProperty)}"` };
    case 'enum':
      return {
        message: `must be one of: ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`,
      };
    case 'const':
      return { message: `must be ${JSON.stringify(p.allowedValue)}` };
    case 'type':
      return { message: `must be ${String(p.type)}` };
    case 'pattern':
      return { message: `"${String(error.data)}" does not match ${String(p.pattern)}` };
    default:
      return { message: error.message ?? `fails the ${error.keyword} rule` };
  }
}

/** Keywords ajv adds over the errors of each branch of a choice: the branches say more. */
const SUMMARIES = ['oneOf', 'anyOf', 'if'];

/**
 * A value that fails every branch of a choice (`oneOf`/`anyOf`) gets one error per branch at the
 * same place; showing one of them misleads (`concurrency: -4` is not wrong for not being "auto").
 * Says what each branch allows instead, and names keys that exclude each other (`path` and
 * `url`) rather than "must NOT be valid". Undefined when only one error stands there.
 */
export function describeAlternatives(
  errors: ErrorObject[],
  picked: ErrorObject,
): { message: string; hint?: string } | undefined {
  const here = errors.filter((e) => e.instancePath === picked.instancePath && !SUMMARIES.includes(e.keyword));
  const excluded = here
    .filter((e) => e.keyword === 'not')
    .flatMap((e) => ((e.schema as { required?: string[] } | undefined)?.required ?? []) as string[]);
  if (excluded.length > 1)
    return {
      message: `${[...new Set(excluded)]
        .sort()
        .map((k) => `"${k}"`)
        .join(' and ')} exclude each other`,
      hint: 'give one of them',
    };
  const allowed = [...new Set(here.filter((e) => e.keyword !== 'not').map(allowedBy))];
  if (allowed.length < 2) return undefined;
  return { message: `must be ${allowed.join(' or ')}` };
}

/** What one failed rule allows, as a phrase to join with others. */
function allowedBy(error: ErrorObject): string {
  const p = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'const':
      return JSON.stringify(p.allowedValue);
    case 'enum':
      return (p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(' or ');
    case 'type':
      return p.type === 'integer' ? 'a whole number' : `a ${String(p.type)}`;
    case 'minimum':
      return `a number ≥ ${String(p.limit)}`;
    case 'exclusiveMinimum':
      return `a number > ${String(p.limit)}`;
    case 'maximum':
      return `a number ≤ ${String(p.limit)}`;
    default:
      return describeError(error).message.replace(/^must be /, '');
  }
}
