/** The parts of an lm-eval task config that define the task; the rest is the run's (model args, paths). */
const DEFINING_KEYS = [
  'task',
  'dataset_path',
  'dataset_name',
  'dataset_kwargs',
  'training_split',
  'validation_split',
  'test_split',
  'fewshot_split',
  'process_docs',
  'doc_to_text',
  'doc_to_target',
  'doc_to_choice',
  'process_results',
  'description',
  'target_delimiter',
  'fewshot_delimiter',
  'fewshot_config',
  'num_fewshot',
  'metric_list',
  'output_type',
  'generation_kwargs',
  'repeats',
  'filter_list',
] as const;

/**
 * What an imported lm-eval task was measured with. Two runs pair only when this is equal, so it
 * holds what defines the task (dataset, split, prompt, metrics, filters, few-shot count, task
 * version) and leaves out what differs between runs of the same task: `metadata.pretrained`, model
 * args, and the memory address in a function's repr (`<function f at 0x7f…>` becomes `f`).
 */
export function lmEvalInstrument(
  task: string,
  data: {
    configs?: Record<string, unknown>;
    versions?: Record<string, unknown>;
    'n-shot'?: Record<string, unknown>;
    config?: { num_fewshot?: number };
  },
): { scorer: string; options: unknown } {
  const config = data.configs?.[task];
  const defining: Record<string, unknown> = {};
  if (config && typeof config === 'object') {
    const c = config as Record<string, unknown>;
    for (const key of DEFINING_KEYS) if (key in c) defining[key] = normaliseReprs(c[key]);
    const version = (c.metadata as Record<string, unknown> | undefined)?.version;
    if (version !== undefined) defining.version = version;
  }
  return {
    scorer: `lm-eval:${task}`,
    options: {
      version: data.versions?.[task] ?? null,
      n_shot: data['n-shot']?.[task] ?? data.config?.num_fewshot ?? null,
      config: config === undefined ? null : defining,
    },
  };
}

function normaliseReprs(value: unknown): unknown {
  if (typeof value === 'string')
    return value.replace(/<(function|bound method|built-in function) ([\w.<>]+) at 0x[0-9a-f]+>/g, '$2');
  if (Array.isArray(value)) return value.map(normaliseReprs);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normaliseReprs(v)]));
  return value;
}
