import { EXIT } from '../command.js';
import { compare } from './compare.js';
import type { DemoGateInput } from './demo.js';

/** The gate's verdict on the demo's candidate, with the first model's run as its baseline. */
export async function gateDemo(input: DemoGateInput): Promise<number> {
  input.io.stdout('\nThe gate: cand (candidate) against the run of base (its baseline), item by item:\n');
  const code = await compare(['--candidate', input.cand.outDir, '--baseline', input.base.outDir, '--baseline-model', 'base', '--config', input.cand.loaded.file], input.io);
  if (code === EXIT.failed) input.io.stdout('\nIn CI this verdict exits 1 and fails the job; the demo itself succeeded.');
  // The demo succeeded when the gate gave a verdict; only an error is a failure of the demo.
  return code === EXIT.error ? EXIT.error : EXIT.ok;
}
