/**
 * A simulated vLLM-style OpenAI-compatible server: the demo's default endpoint, the real HTTP
 * peer in tests, and the yardstick for benchmarks.
 */
export type { SimCounters } from './counters.js';
export type { SimFaults, SimItem, SimJudgeOptions, SimModel, SimOptions } from './options.js';
export { startSim, type Sim } from './server.js';
export { idealWallMs } from './ideal-wall.js';
