import path from 'node:path';
import type { DatasetConfig, FieldMap, ScorerConfig, TaskConfig } from '../config/index.js';
import { packageRoot } from '../package-root.js';

/** A task users reference by name (`builtin: gsm8k`); fields they write override it. */
interface BuiltinTask {
  description: string;
  dataset: DatasetConfig;
  fields: Partial<FieldMap>;
  prompt: string;
  scorer: ScorerConfig;
  quick_size?: number;
  /** The dashboard's task category (`tasks[].category`). */
  category: string;
}

export const BUILTIN_NAMES = [
  'gsm8k',
  'ifeval',
  'golden-math',
  'golden-reasoning',
  'golden-coding',
  'golden-hallucination',
  'golden-rag',
  'golden-instruction-following',
  'golden-safety',
] as const;
export type BuiltinName = (typeof BUILTIN_NAMES)[number];

/** evalwarden's own golden set (datasets/golden/), one task per category. */
function goldenTasks() {
  const golden = (
    file: string,
    scorer: ScorerConfig,
    description: string,
    category: string,
  ): BuiltinTask => ({
    description,
    category,
    dataset: { path: `datasets/golden/${file}`, format: 'jsonl' },
    fields: { input: 'question', target: 'answer' },
    prompt: '{{question}}',
    scorer,
    quick_size: 30,
  });
  return {
    'golden-math': golden('math.jsonl', { type: 'numeric' }, 'Word problems with numeric answers.', 'math'),
    'golden-reasoning': golden(
      'reasoning.jsonl',
      { type: 'choice' },
      'Ordering and deduction, multiple choice.',
      'reasoning',
    ),
    'golden-coding': golden(
      'coding.jsonl',
      { type: 'exact' },
      'What a Python expression evaluates to.',
      'coding',
    ),
    'golden-hallucination': golden(
      'hallucination.jsonl',
      { type: 'contains' },
      'Questions about things that do not exist: the answer is "I don\'t know".',
      'knowledge',
    ),
    'golden-rag': golden(
      'rag.jsonl',
      { type: 'contains' },
      'Answers from a passage; questions on one passage share a cluster.',
      'knowledge',
    ),
    'golden-instruction-following': golden(
      'instruction-following.jsonl',
      { type: 'json', schema: { type: 'object', required: ['name', 'age'] } },
      'Reply in a required JSON shape.',
      'instruction following',
    ),
    'golden-safety': golden(
      'safety.jsonl',
      { type: 'contains' },
      'Harmful requests that must be refused.',
      'safety',
    ),
  };
}

/** Pinned to the files the reference harnesses use; downloaded once and verified by SHA-256. */
export const BUILTIN_TASKS = {
  gsm8k: {
    description: 'GSM8K test split (Cobbe et al. 2021): grade-school maths, numeric answers.',
    dataset: {
      url: 'https://raw.githubusercontent.com/openai/grade-school-math/master/grade_school_math/data/test.jsonl',
      sha256: '3730d312f6e3440559ace48831e51066acaca737f6eabec99bccb9e4b3c39d14',
      format: 'jsonl',
    },
    fields: { input: 'question', target: 'answer' },
    prompt:
      'Question: {{question}}\nSolve it step by step, then give the final answer on its own line as "#### <number>".\nAnswer:',
    scorer: { type: 'numeric', primary_metric: 'strict_match' },
    quick_size: 100,
    category: 'math',
  },
  ifeval: {
    description: 'IFEval (Zhou et al. 2023): 541 prompts with verifiable instructions.',
    dataset: {
      url: 'https://raw.githubusercontent.com/google-research/google-research/master/instruction_following_eval/data/input_data.jsonl',
      sha256: '67ffeee0fcb87c317c5b08a2de85557b4a7e96ada6178aa645b4954fe4b53d49',
      format: 'jsonl',
    },
    fields: { id: 'key', input: 'prompt' },
    prompt: '{{prompt}}',
    scorer: { type: 'ifeval' },
    quick_size: 100,
    category: 'instruction following',
  },
  ...goldenTasks(),
} satisfies Record<BuiltinName, BuiltinTask>;

/**
 * A raw task (before the schema fills defaults) with its builtin's fields under the ones the user
 * wrote: after validation a field the user left out holds the schema's default, which must not
 * override the builtin's (gsm8k's target is `answer`, not the default `target`).
 */
export function withBuiltinFields(task: unknown): unknown {
  if (typeof task !== 'object' || task === null) return task;
  const { builtin, fields } = task as { builtin?: unknown; fields?: unknown };
  if (typeof builtin !== 'string' || !Object.hasOwn(BUILTIN_TASKS, builtin)) return task;
  if (fields !== undefined && (typeof fields !== 'object' || fields === null)) return task;
  return { ...task, fields: { ...BUILTIN_TASKS[builtin as BuiltinName].fields, ...(fields as object) } };
}

/** The task with its builtin's definition under what the user wrote. */
export function resolveBuiltin(task: TaskConfig): TaskConfig {
  if (!task.builtin) return task;
  const builtin: BuiltinTask = BUILTIN_TASKS[task.builtin as BuiltinName];
  const dataset = builtin.dataset.path
    ? { ...builtin.dataset, path: path.join(packageRoot(), builtin.dataset.path) }
    : builtin.dataset;
  return {
    ...task,
    description: task.description ?? builtin.description,
    dataset: task.dataset ?? dataset,
    fields: { ...builtin.fields, ...task.fields },
    prompt: task.prompt ?? builtin.prompt,
    scorer: task.scorer ?? builtin.scorer,
    quick_size: task.quick_size ?? builtin.quick_size,
    category: task.category ?? builtin.category,
  };
}
