import type { SimFaults } from './options.js';

/** What happens to one request, drawn when it arrives. */
export type Fault = 'none' | '429' | '500' | 'drop' | 'slow';

/**
 * One uniform draw against the cumulative rates, so each request gets at most one fault and
 * the share of each kind matches its rate.
 */
export function drawFault(faults: Required<SimFaults>, random: () => number): Fault {
  let u = random();
  if ((u -= faults.rate429) < 0) return '429';
  if ((u -= faults.rate500) < 0) return '500';
  if ((u -= faults.rateDrop) < 0) return 'drop';
  if ((u -= faults.rateSlow) < 0) return 'slow';
  return 'none';
}
