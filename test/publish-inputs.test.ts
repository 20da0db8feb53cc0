import { describe, expect, it } from 'vitest';
import type { EvalRecord } from '../src/artifacts.js';
import { MAX_OUTPUT_CHARS, outputPolicy, publishableRecord } from '../src/publish/outputs.js';
import { resolvePublishConfig } from '../src/publish/options.js';

const record = (extra: Partial<EvalRecord> = {}): EvalRecord => ({
  schema_version: 1,
  run_id: 'r',
  model: 'cand',
  task: 'math',
  item_id: 'q-1',
  item_hash: 'h',
  sample: 0,
  category: null,
  cluster: null,
  prompt_hash: 'p',
  input: [
    { role: 'system', content: 'Use key sk-live-123456.' },
    { role: 'user', content: `What is 2 + 2? ${'x'.repeat(3000)}` },
  ],
  target: ['4', 'four sk-live-999999'],
  output: '4',
  reasoning: null,
  score: 1,
  scores: { acc: 1 },
  answer: '4',
  details: null,
  latency_ms: 1,
  usage: null,
  cost: null,
  cached: false,
  error: null,
  ...extra,
});

describe('publishing inputs and targets', () => {
  const policy = outputPolicy(resolvePublishConfig({ redact: ['sk-live-\\d+'] }));

  it('are off by default: publish.inputs is none', () => {
    expect(resolvePublishConfig().inputs).toBe('none');
  });

  it('when shown, pass the same redaction and 2,000-character cut as outputs, messages and targets alike', () => {
    const out = publishableRecord(record(), policy, { outputs: true, inputs: true });
    expect(out.input).toEqual([
      { role: 'system', content: 'Use key [redacted].' },
      { role: 'user', content: `What is 2 + 2? ${'x'.repeat(3000)}`.slice(0, MAX_OUTPUT_CHARS) },
    ]);
    expect(out.target).toEqual(['4', 'four [redacted]']);
  });

  it('when not shown, are null whatever the outputs policy, and a record without them stays without', () => {
    for (const outputs of [true, false]) {
      const out = publishableRecord(record(), policy, { outputs, inputs: false });
      expect([out.input, out.target]).toEqual([null, null]);
      expect(out.output).toBe(outputs ? '4' : null);
    }
    const old = record();
    delete old.input;
    delete old.target;
    const out = publishableRecord(old, policy, { outputs: true, inputs: true });
    expect('input' in out || 'target' in out).toBe(false);
  });
});
