import { benjaminiHochbergAdjust } from './benjamini-hochberg.js';
import { holmAdjust } from './holm.js';

export type Correction = 'holm' | 'bh' | 'none';

/** Adjusted p-values for a family of tests, in input order. */
export function adjustPValues(pValues: readonly number[], correction: Correction): number[] {
  switch (correction) {
    case 'holm':
      return holmAdjust(pValues);
    case 'bh':
      return benjaminiHochbergAdjust(pValues);
    case 'none':
      return [...pValues];
  }
}
