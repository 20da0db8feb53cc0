import type { Importer } from '../imported.js';
import { evalscope } from './evalscope.js';
import { lighteval } from './lighteval.js';
import { lmEval } from './lm-eval.js';
import { scoresYaml } from './scores-yaml.js';
import { trainerState } from './trainer-state.js';

export type ImportFormat = 'lm-eval' | 'evalscope' | 'lighteval' | 'scores-yaml' | 'trainer-state';

/** Every importer, by the name `evalwarden import <format>` takes. */
export const importers = {
  'lm-eval': lmEval,
  evalscope,
  lighteval,
  'scores-yaml': scoresYaml,
  'trainer-state': trainerState,
} satisfies Record<ImportFormat, Importer>;
