import { EXIT } from '../command.js';
import type { DemoGateInput } from './demo.js';

/** The gate's verdict on the demo's candidate (wired to the gate module). */
export async function gateDemo(input: DemoGateInput): Promise<number> {
  input.io.stderr(`candidate results: ${input.cand.outDir}; baseline: ${input.base.outDir}`);
  return EXIT.ok;
}
