import type { Scorer } from '../scorer.js';
import { choice } from './choice.js';
import { contains } from './contains.js';
import { exact } from './exact.js';
import { json } from './json.js';
import { judge } from './judge.js';
import { numeric } from './numeric.js';
import { regex } from './regex.js';

/** Every scorer, by the name a config uses. Adding a scorer is adding one module and one line here. */
export const scorers = {
  exact,
  regex,
  numeric,
  choice,
  contains,
  json,
  judge,
} satisfies Record<string, Scorer<never>>;

export type ScorerName = keyof typeof scorers;

export function findScorer(name: string): Scorer<Record<string, unknown>> | undefined {
  return Object.hasOwn(scorers, name) ? (scorers[name as ScorerName] as unknown as Scorer<Record<string, unknown>>) : undefined;
}
