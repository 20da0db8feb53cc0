import { DataError } from '../errors.js';

export type Harness = 'lm-eval' | 'lighteval' | 'evalscope' | 'trainer-state';

/** Which harness wrote a parsed results file, from what it holds (names get changed, contents do not). */
export function harnessOf(data: unknown): Harness | null {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return null;
  const d = data as Record<string, unknown>;
  if ('config_general' in d && isObject(d.results)) return 'lighteval';
  if (Array.isArray(d.log_history) && 'global_step' in d) return 'trainer-state';
  // evalscope's report schema v1 has a top-level score; v2 (Aug 2026) has schema_version 2 and none.
  if (
    Array.isArray(d.metrics) &&
    ('dataset_name' in d || 'model_name' in d) &&
    ('score' in d || 'schema_version' in d)
  )
    return 'evalscope';
  if (isObject(d.results) && ('versions' in d || 'configs' in d || 'config' in d || 'n-shot' in d))
    return 'lm-eval';
  return null;
}

const IMPORT_NAME: Record<Harness, string> = {
  'lm-eval': 'lm-eval',
  lighteval: 'lighteval',
  evalscope: 'evalscope',
  'trainer-state': 'trainer-state',
};

const DESCRIPTION: Record<Harness, string> = {
  'lm-eval': 'an lm-evaluation-harness results file',
  lighteval: 'a lighteval results file',
  evalscope: 'an evalscope report',
  'trainer-state': "a Hugging Face Trainer's trainer_state.json",
};

/** Refuses a file another harness wrote, naming the importer that reads it. */
export function expectHarness(file: string, data: unknown, expected: Harness, what: string): void {
  const found = harnessOf(data);
  if (found === expected) return;
  if (found !== null)
    throw new DataError({ file }, `this is ${DESCRIPTION[found]}: use \`import ${IMPORT_NAME[found]}\``);
  throw new DataError({ file }, `not ${DESCRIPTION[expected]}: ${what}`);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
