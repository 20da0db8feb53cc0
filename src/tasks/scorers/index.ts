import path from 'node:path';
import { packageRoot } from '../package-root.js';
import type { Scorer } from '../scorer.js';
import { createIfevalScorer, ifeval as ifevalDefinition, type IfevalOptions } from './ifeval.js';
import { choice } from './choice.js';
import { contains } from './contains.js';
import { exact } from './exact.js';
import { json } from './json.js';
import { judge } from './judge.js';
import { numeric } from './numeric.js';
import { pairwise } from './pairwise.js';
import { regex } from './regex.js';

/** IFEval loads the shipped Punkt parameters from the package root, wherever the bundle stands. */
const ifeval: Scorer<IfevalOptions> = {
  ...ifevalDefinition,
  create: (options) => createIfevalScorer({ punktDir: path.join(packageRoot(), 'datasets', 'punkt-english') }).create(options),
};

/** Every scorer, by the name a config uses. Adding a scorer is adding one module and one line here. */
export const scorers = {
  exact,
  regex,
  numeric,
  choice,
  contains,
  json,
  judge,
  pairwise,
  ifeval,
} satisfies Record<string, Scorer<never>>;

export type ScorerName = keyof typeof scorers;

export function findScorer(name: string): Scorer<Record<string, unknown>> | undefined {
  return Object.hasOwn(scorers, name) ? (scorers[name as ScorerName] as unknown as Scorer<Record<string, unknown>>) : undefined;
}
