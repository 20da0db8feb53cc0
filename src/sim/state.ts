import type { SimCounters } from './counters.js';
import type { Knowledge } from './model.js';
import type { ResolvedSimOptions } from './options.js';
import type { Slots } from './slots.js';

/** What the handlers share for the life of one simulator. */
export interface SimState {
  options: ResolvedSimOptions;
  knowledge: Knowledge;
  counters: SimCounters;
  slots: Slots;
  /** Separate streams, so turning faults on does not change which samples a run draws. */
  random: { faults: () => number; jitter: () => number; sampling: () => number };
  startedS: number;
  nextId(): string;
}
