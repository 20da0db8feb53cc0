import type { Comparison, Flip } from '../gate/index.js';
import { codeBlock, escapeInline } from './escape.js';

/** How much of the flipped examples a report shows; trimmed first when a body is too long. */
export interface ExampleBudget {
  perTask: number;
  outputChars: number;
}

/**
 * The most telling flipped examples, in collapsed sections: correct → wrong first (what a
 * reviewer must see), then wrong → correct. Every string in them came from a model.
 */
export function renderFlips(comparison: Comparison, budget: ExampleBudget): string {
  if (budget.perTask <= 0) return '';
  const sections: string[] = [];
  for (const model of comparison.models) {
    for (const task of model.tasks) {
      if (!task.flips) continue;
      const { worse, better, worse_total, better_total } = task.flips;
      const where = `${escapeInline(model.model, 80)} / ${escapeInline(task.task, 80)}`;
      if (worse.length > 0)
        sections.push(
          section(
            `${where}: ${worse_total} worse (correct → wrong first)`,
            worse.slice(0, budget.perTask),
            worse_total,
            budget,
          ),
        );
      if (better.length > 0)
        sections.push(
          section(`${where}: ${better_total} better`, better.slice(0, budget.perTask), better_total, budget),
        );
    }
  }
  return sections.length ? ['#### Flipped examples', '', ...sections].join('\n') : '';
}

function section(title: string, flips: readonly Flip[], total: number, budget: ExampleBudget): string {
  const lines = ['<details>', `<summary>${title}</summary>`, ''];
  for (const flip of flips) {
    const category = flip.category ? ` (${escapeInline(flip.category, 60)})` : '';
    lines.push(
      `- **${escapeInline(flip.item_id, 80)}**${category}: score ${fmt(flip.baseline_score)} → ${fmt(flip.candidate_score)}; ` +
        `answer ${quote(flip.baseline_answer)} → ${quote(flip.candidate_answer)}`,
    );
    if (flip.candidate_output !== null && budget.outputChars > 0)
      lines.push('', indent(codeBlock(flip.candidate_output, budget.outputChars)), '');
  }
  if (total > flips.length) lines.push('', `…and ${total - flips.length} more on the dashboard.`);
  lines.push('', '</details>', '');
  return lines.join('\n');
}

function quote(answer: string | null): string {
  return answer === null ? '—' : `“${escapeInline(answer, 80)}”`;
}

function fmt(score: number): string {
  return Number.isInteger(score) ? String(score) : score.toFixed(2);
}

/** Code under a list item stays inside it. */
function indent(block: string): string {
  return block
    .split('\n')
    .map((l) => `  ${l}`)
    .join('\n');
}
