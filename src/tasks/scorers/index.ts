import { existsSync } from 'node:fs';
import path from 'node:path';
import { packageRoot } from '../../package-root.js';
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

/**
 * IFEval loads the shipped Punkt parameters from the package root, wherever the bundle stands,
 * and the language profiles from the copy the build puts in dist/ (an Action has no
 * node_modules), else from the installed package.
 */
const ifeval: Scorer<IfevalOptions> = {
  ...ifevalDefinition,
  create: (options) => {
    const root = packageRoot();
    const bundled = path.join(root, 'dist', 'langdetect');
    return createIfevalScorer({
      punktDir: path.join(root, 'datasets', 'punkt-english'),
      langdetectDir: existsSync(path.join(bundled, 'profiles')) ? bundled : undefined,
    }).create(options);
  },
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
  return Object.hasOwn(scorers, name)
    ? (scorers[name as ScorerName] as unknown as Scorer<Record<string, unknown>>)
    : undefined;
}
