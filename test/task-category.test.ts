import { describe, expect, it } from 'vitest';
import { BUILTIN_NAMES, resolveBuiltin } from '../src/tasks/builtins.js';
import type { TaskConfig } from '../src/config/types.js';

const task = (builtin: string, category?: string): TaskConfig => ({
  id: builtin,
  builtin,
  fields: {
    id: 'id',
    input: 'input',
    target: 'target',
    category: 'category',
    cluster: 'cluster',
  },
  samples: 1,
  weight: 1,
  ...(category ? { category } : {}),
});

describe('task categories', () => {
  it('every built-in task names its category, and the config’s own category wins', () => {
    for (const name of BUILTIN_NAMES) expect(resolveBuiltin(task(name)).category, name).toMatch(/\S/);
    expect(resolveBuiltin(task('golden-math')).category).toBe('math');
    expect(resolveBuiltin(task('ifeval')).category).toBe('instruction following');
    expect(resolveBuiltin(task('golden-math', 'arithmetic')).category).toBe('arithmetic');
  });
});
