import type { PlanEstimate } from '../run/index.js';

/** The estimate as the CLI prints it. */
export function renderEstimate(e: PlanEstimate): string[] {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const judgeCalls = (n: number) => (n > 0 ? ` + ${plural(n, 'judge call')}` : '');
  return [
    ...e.tasks.map(
      (t) =>
        `${t.task}: ${plural(t.items, 'item')} × ${plural(t.samples, 'sample')} × ${plural(t.models, 'model')} → ${plural(t.calls, 'call')}${judgeCalls(t.judgeCalls)}`,
    ),
    `models: ${e.models.join(', ')}${e.judge ? `; judge: ${e.judge}` : ''}`,
    `${plural(e.calls + e.judgeCalls, 'call')}; ~${e.promptTokens} prompt + ≤${e.completionTokens} completion tokens; ${
      e.cost === null
        ? 'cost unknown (no price in the config: models[].price)'
        : `cost ≤ ${e.cost.toFixed(4)} at the config's prices`
    }. No call was made.`,
  ];
}
