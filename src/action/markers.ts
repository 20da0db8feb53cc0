import { markerValue } from '../report/index.js';
import type { ActionContext } from './context.js';
import type { ActionInputs } from './inputs.js';

/**
 * One sticky comment per (workflow, config, models asked for): the same whether the run passes,
 * regresses or fails before measuring, so a fixed failure replaces its own comment.
 */
export function commentMarker(ctx: ActionContext, inputs: ActionInputs): string {
  const config = inputs.config.replace(/^\.\//, '');
  const models =
    inputs.models
      .map((m) => m.id)
      .sort()
      .join('+') || 'all';
  return `<!-- evalwarden:comment workflow=${markerValue(ctx.workflow)} config=${markerValue(config)} model=${markerValue(models)} -->`;
}
