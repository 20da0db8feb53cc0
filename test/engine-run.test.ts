import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { startSim } from '../src/sim/index.js';
import { artifactValidators } from '../src/artifact-schemas.js';
import {
  numericConfig,
  numericRows,
  readResults,
  runCli,
  tempProject,
  writeConfig,
  writeJsonl,
} from './support/engine.js';

describe('evalwarden run against the simulator', () => {
  test('a run writes records, summary and run.json that match their schemas and the model accuracy', async () => {
    await using project = await tempProject();
    const rows = numericRows(400);
    await writeJsonl(path.join(project.dir, 'data/math.jsonl'), rows);
    await using sim = await startSim({
      models: { 'sim-cand': { accuracy: 0.7 } },
      items: rows.map((r) => ({ prompt: r.question, target: r.answer, scorer: 'numeric' })),
      latencyMs: 2,
    });
    await writeConfig(project.dir, numericConfig(sim.url));
    const result = await runCli(['run', '--suite', 'full', '--out', 'out'], { cwd: project.dir });
    expect(result.code, result.stderr).toBe(0);
    const { records, summary, run } = await readResults(path.join(project.dir, 'out'));
    expect(records).toHaveLength(400);
    for (const record of records)
      expect(artifactValidators.record()(record), JSON.stringify(artifactValidators.record().errors)).toBe(
        true,
      );
    expect(artifactValidators.summary()(summary), JSON.stringify(artifactValidators.summary().errors)).toBe(
      true,
    );
    expect(artifactValidators.run()(run), JSON.stringify(artifactValidators.run().errors)).toBe(true);
    const task = summary.models[0].tasks[0];
    expect(task.n).toBe(400);
    expect(task.metrics.flexible_extract.mean).toBeGreaterThan(0.63);
    expect(task.metrics.flexible_extract.mean).toBeLessThan(0.77);
    expect(task.metrics.flexible_extract.ci_method).toBe('wilson');
    expect(Object.keys(task.categories).sort()).toEqual(['alpha', 'beta']);
    expect(run.counts).toMatchObject({ planned: 400, done: 400, errors: 0, requests: 400 });
    expect(run.status).toBe('complete');
    expect(sim.counters.chat).toBe(400);
    expect(result.stdout).toContain('flexible_extract');
  });

  test('the quick suite draws the same stratified items on every run', async () => {
    await using project = await tempProject();
    const rows = numericRows(200, ['a', 'b', 'c', 'd']);
    await writeJsonl(path.join(project.dir, 'data/math.jsonl'), rows);
    await using sim = await startSim({
      models: { 'sim-cand': { accuracy: 0.5 } },
      items: rows.map((r) => ({ prompt: r.question, target: r.answer, scorer: 'numeric' })),
      latencyMs: 1,
    });
    await writeConfig(project.dir, numericConfig(sim.url, { task: { quick_size: 40 } }));
    await runCli(['run', '--suite', 'quick', '--out', 'one'], { cwd: project.dir });
    await runCli(['run', '--suite', 'quick', '--out', 'two'], { cwd: project.dir });
    const one = (await readResults(path.join(project.dir, 'one'))).records.map((r) => r.item_id).sort();
    const two = (await readResults(path.join(project.dir, 'two'))).records.map((r) => r.item_id).sort();
    expect(one).toHaveLength(40);
    expect(two).toEqual(one);
    const perCategory = new Map<string, number>();
    for (const id of one) {
      const category = rows.find((r) => r.id === id)!.category;
      perCategory.set(category, (perCategory.get(category) ?? 0) + 1);
    }
    expect([...perCategory.values()]).toEqual([10, 10, 10, 10]);
  });

  test('--dry-run prints the plan and makes no call', async () => {
    await using project = await tempProject();
    await writeJsonl(path.join(project.dir, 'data/math.jsonl'), numericRows(30));
    await using sim = await startSim({ models: { 'sim-cand': { accuracy: 1 } } });
    await writeConfig(
      project.dir,
      numericConfig(sim.url, {
        models: [
          {
            id: 'cand',
            base_url: sim.url,
            model: 'sim-cand',
            price: { input_per_mtok: 1, output_per_mtok: 2 },
            params: { max_tokens: 100 },
          },
        ],
      }),
    );
    const result = await runCli(['run', '--suite', 'full', '--dry-run'], { cwd: project.dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('math: 30 items × 1 sample × 1 model → 30 calls');
    // At 1 per million prompt tokens and 2 per million completion tokens (100 a call at most).
    const [, calls, prompt, completion, cost] =
      /(\d+) calls?; ~(\d+) prompt \+ ≤(\d+) completion tokens; cost ≤ ([\d.]+) at the config's prices\. No call was made\./.exec(
        result.stdout,
      ) ?? [];
    expect(Number(calls)).toBe(30);
    expect(Number(completion)).toBe(3000);
    expect(Number(cost)).toBeCloseTo((Number(prompt) + 2 * 3000) / 1e6, 4);
    expect(sim.counters.chat + sim.counters.models).toBe(0);
  });

  test('mean@N sends N distinct samples per item and reports their spread', async () => {
    await using project = await tempProject();
    const rows = numericRows(40);
    await writeJsonl(path.join(project.dir, 'data/math.jsonl'), rows);
    await using sim = await startSim({
      models: { 'sim-cand': { accuracy: 0.6 } },
      items: rows.map((r) => ({ prompt: r.question, target: r.answer, scorer: 'numeric' })),
      latencyMs: 1,
    });
    await writeConfig(
      project.dir,
      numericConfig(sim.url, {
        models: [{ id: 'cand', base_url: sim.url, model: 'sim-cand', params: { temperature: 1 } }],
        task: { samples: 4 },
      }),
    );
    const result = await runCli(['run', '--suite', 'full', '--out', 'out'], { cwd: project.dir });
    expect(result.code, result.stderr).toBe(0);
    const { records, summary } = await readResults(path.join(project.dir, 'out'));
    expect(records).toHaveLength(160);
    expect(new Set(records.map((r) => `${r.item_id}/${r.sample}`)).size).toBe(160);
    const task = summary.models[0].tasks[0];
    expect(task.n).toBe(40);
    expect(task.samples_per_item).toBe(4);
    expect(task.sample_spread!.mean_item_std).toBeGreaterThan(0);
    // Per-item means are not 0/1, so the interval is a t interval over items.
    expect(task.metrics.flexible_extract.ci_method).toBe('t');
  });

  test('reasoning in <think> or reasoning_content is kept in the record and not scored', async () => {
    await using project = await tempProject();
    const rows = numericRows(20);
    await writeJsonl(path.join(project.dir, 'data/math.jsonl'), rows);
    await using sim = await startSim({
      models: {
        'sim-think': { accuracy: 1, reasoning: 'think' },
        'sim-field': { accuracy: 1, reasoning: 'field' },
      },
      items: rows.map((r) => ({ prompt: r.question, target: r.answer, scorer: 'numeric' })),
      latencyMs: 1,
    });
    await writeConfig(
      project.dir,
      numericConfig(sim.url, {
        models: [
          { id: 'think', base_url: sim.url, model: 'sim-think' },
          { id: 'field', base_url: sim.url, model: 'sim-field' },
        ],
        task: { scorer: { type: 'numeric', primary_metric: 'strict_match' } },
      }),
    );
    const result = await runCli(['run', '--suite', 'full', '--out', 'out'], { cwd: project.dir });
    expect(result.code, result.stderr).toBe(0);
    const { records, summary } = await readResults(path.join(project.dir, 'out'));
    for (const record of records) {
      expect(record.reasoning).toBeTruthy();
      expect(record.output).not.toContain('<think>');
    }
    for (const model of summary.models) expect(model.tasks[0].metrics.strict_match.mean).toBe(1);
  });
});

describe('choosing models and data', () => {
  test('--model ID=SERVED@URL runs another checkpoint or endpoint under the same model id', async () => {
    await using project = await tempProject();
    const rows = numericRows(30);
    await writeJsonl(path.join(project.dir, 'data/math.jsonl'), rows);
    await using sim = await startSim({
      models: { 'ckpt-1000': { accuracy: 0.2 }, 'ckpt-2000': { accuracy: 0.9 } },
      items: rows.map((r) => ({ prompt: r.question, target: r.answer, scorer: 'numeric' })),
      latencyMs: 1,
    });
    await writeConfig(
      project.dir,
      numericConfig('http://127.0.0.1:9/v1', {
        models: [{ id: 'cand', base_url: 'http://127.0.0.1:9/v1', model: 'ckpt-1000' }],
      }),
    );
    const result = await runCli(
      ['run', '--suite', 'full', '--out', 'out', '--model', `cand=ckpt-2000@${sim.url}`],
      { cwd: project.dir },
    );
    expect(result.code, result.stderr).toBe(0);
    const { summary, run } = await readResults(path.join(project.dir, 'out'));
    expect(summary.models[0]).toMatchObject({ model: 'cand', served_model: 'ckpt-2000' });
    expect(run.models[0].endpoint).toBe(sim.url);
    expect(summary.models[0].tasks[0].metrics.flexible_extract.mean).toBeGreaterThan(0.7);
  });

  test('an unknown --model id is an error that lists the models', async () => {
    await using project = await tempProject();
    await writeJsonl(path.join(project.dir, 'data/math.jsonl'), numericRows(5));
    await writeConfig(project.dir, numericConfig('http://127.0.0.1:9/v1'));
    const result = await runCli(['run', '--model', 'gpt-9'], { cwd: project.dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('unknown model "gpt-9"');
    expect(result.stderr).toContain('models: cand');
  });

  test('hf:// dataset names resolve to the Hugging Face file URL at a revision', async () => {
    const { resolveDatasetUrl } = await import('../src/data/dataset-url.js');
    expect(resolveDatasetUrl('hf://datasets/openai/gsm8k/main/test-00000-of-00001.parquet@e53f048')).toBe(
      'https://huggingface.co/datasets/openai/gsm8k/resolve/e53f048/main/test-00000-of-00001.parquet',
    );
    expect(resolveDatasetUrl('hf://datasets/google/IFEval/ifeval_input_data.jsonl')).toBe(
      'https://huggingface.co/datasets/google/IFEval/resolve/main/ifeval_input_data.jsonl',
    );
    expect(resolveDatasetUrl('https://example.org/x.jsonl')).toBe('https://example.org/x.jsonl');
  });
});
