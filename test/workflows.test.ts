import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';

const ROOT = path.resolve(import.meta.dirname, '..');
const files = ['workflows-examples', '.github/workflows'].flatMap((dir) =>
  readdirSync(path.join(ROOT, dir))
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => path.join(dir, f)),
);
const action = parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as {
  inputs: Record<string, unknown>;
  outputs: Record<string, unknown>;
  runs: { using: string; main: string };
};

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
interface Job {
  'runs-on'?: unknown;
  uses?: string;
  steps?: Step[];
  permissions?: unknown;
}
interface Workflow {
  name?: string;
  on?: unknown;
  permissions?: unknown;
  jobs?: Record<string, Job>;
}

describe('workflows', () => {
  test('there is one for each documented use', () => {
    expect(files.map((f) => path.basename(f)).sort()).toEqual(
      expect.arrayContaining([
        'pr-quick-eval.yml',
        'full-eval-dispatch.yml',
        'nightly-drift.yml',
        'checkpoint-sweep.yml',
        'sharded-full-eval.yml',
        'fork-pr-eval.yml',
        'fork-pr-report.yml',
        'fork-pr-trusted.yml',
        'ci.yml',
        'release.yml',
      ]),
    );
  });

  test.each(files)('%s parses and has what GitHub requires, with permissions stated', (file) => {
    const workflow = parse(readFileSync(path.join(ROOT, file), 'utf8')) as Workflow;
    expect(workflow.name, 'name').toBeTruthy();
    expect(workflow.on, 'on').toBeTruthy();
    expect(Object.keys(workflow.jobs ?? {}).length, 'jobs').toBeGreaterThan(0);
    for (const [id, job] of Object.entries(workflow.jobs!)) {
      expect(job['runs-on'] ?? job.uses, `${id}: runs-on`).toBeTruthy();
      expect(job.permissions ?? workflow.permissions, `${id}: permissions (job or workflow)`).toBeDefined();
      expect(Array.isArray(job.steps) && job.steps.length > 0, `${id}: steps`).toBe(true);
      for (const [i, step] of job.steps!.entries())
        expect(Boolean(step.uses) !== Boolean(step.run), `${id} step ${i}: exactly one of uses / run`).toBe(
          true,
        );
    }
  });

  test.each(files)('%s passes only inputs that action.yml declares', (file) => {
    const workflow = parse(readFileSync(path.join(ROOT, file), 'utf8')) as Workflow;
    for (const job of Object.values(workflow.jobs ?? {})) {
      for (const step of job.steps ?? []) {
        if (step.uses !== './' && !step.uses?.startsWith('evalwarden/evalwarden@')) continue;
        for (const name of Object.keys(step.with ?? {}))
          expect(Object.keys(action.inputs), `${file}: input ${name}`).toContain(name);
      }
    }
  });

  test('a release runs the tests and a fresh build on the released commit before the script moves the major tag', () => {
    const text = readFileSync(path.join(ROOT, '.github/workflows/release.yml'), 'utf8');
    const workflow = parse(text) as Workflow & { jobs: Record<string, Job & { needs?: string }> };
    const runs = (job: Job) => (job.steps ?? []).map((s) => s.run ?? '').join('\n');
    const move = Object.values(workflow.jobs).find((j) => runs(j).includes('scripts/release-tags.mjs'))!;
    expect(move).toBeDefined();
    const check = workflow.jobs[move.needs as string];
    expect(runs(check)).toContain('npm test');
    expect(runs(check)).toContain('npm run build');
    expect(runs(check)).toContain('git status --porcelain dist/');
    expect(text).not.toMatch(/v1\./);
  });

  test("ci's action job asserts the verdict and exit code, not only that a summary exists", () => {
    const text = readFileSync(path.join(ROOT, '.github/workflows/ci.yml'), 'utf8');
    expect(text).toContain('steps.eval.outputs.verdict }}" = no-baseline');
    expect(text).toContain('steps.eval.outputs.exit-code }}" = 0');
    expect(text).toContain('steps.regressed.outputs.verdict }}" = regression');
    expect(text).toContain('steps.regressed.outputs.exit-code }}" = 1');
  });

  test.each(files)('%s grants a job write access to contents only where it publishes', (file) => {
    const workflow = parse(readFileSync(path.join(ROOT, file), 'utf8')) as Workflow;
    for (const [id, job] of Object.entries(workflow.jobs ?? {})) {
      const permissions = (job.permissions ?? workflow.permissions ?? {}) as Record<string, string> | string;
      expect(permissions, `${file}: ${id}: no blanket write-all`).not.toBe('write-all');
      if (typeof permissions === 'string' || permissions.contents !== 'write') continue;
      const publishes = (job.steps ?? []).some(
        (step) =>
          ((step.uses === './' || step.uses?.startsWith('evalwarden/evalwarden@')) &&
            Boolean(step.with?.publish) &&
            step.with?.publish !== 'false') ||
          /git push|release-tags\.mjs|gh-pages/.test(step.run ?? ''),
      );
      expect(publishes, `${file}: ${id} has contents: write but publishes nothing`).toBe(true);
    }
  });

  test('no workflow checks out pull request code under pull_request_target', () => {
    for (const file of files) {
      const text = readFileSync(path.join(ROOT, file), 'utf8');
      if (!/pull_request_target/.test(text)) continue;
      if (!/mode: trusted/.test(text)) {
        expect(text, file).not.toMatch(/github\.event\.pull_request\.head\.(sha|ref)/);
        continue;
      }
      // The trusted run's one exception: the PR's head is checked out beside the base, without
      // credentials, and nothing runs from it (no run: steps, no uses: ./, no serve, cache or publish).
      const workflow = parse(text) as Workflow;
      for (const job of Object.values(workflow.jobs ?? {})) {
        for (const step of job.steps ?? []) {
          expect(step.run, `${file}: a run: step under pull_request_target`).toBeUndefined();
          expect(step.uses, file).not.toBe('./');
          const w = (step.with ?? {}) as Record<string, unknown>;
          if (String(w.ref ?? '').includes('pull_request.head')) {
            expect(w.path, `${file}: the PR's checkout goes beside the base`).toBeTruthy();
            expect(w['persist-credentials'], `${file}: no credentials in the PR's checkout`).toBe(false);
          }
          if (step.uses?.startsWith('evalwarden/evalwarden@'))
            for (const input of ['serve', 'publish', 'cache'])
              expect(w[input], `${file}: ${input}`).toBeUndefined();
        }
      }
    }
  });

  test('action.yml runs on node24 from dist/index.js and every input but the token defaults to a string', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
    for (const [name, input] of Object.entries(action.inputs) as [
      string,
      { default?: unknown; description?: string },
    ][]) {
      expect(input.description, name).toBeTruthy();
      expect(typeof input.default, name).toBe('string');
    }
    expect(Object.keys(action.outputs)).toEqual(
      expect.arrayContaining([
        'verdict',
        'summary-path',
        'comparison-path',
        'comment-url',
        'dashboard-url',
        'results-dir',
      ]),
    );
  });

  test('every input action.yml declares is read by the Action', () => {
    const source = readFileSync(path.join(ROOT, 'src/action/inputs.ts'), 'utf8');
    for (const name of Object.keys(action.inputs))
      expect(source, name).toMatch(new RegExp(`\\(['"]${name}['"]\\)`));
  });
});
