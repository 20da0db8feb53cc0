import type { Importer } from '../imported.js';
import { evalscope } from './evalscope.js';
import { lighteval } from './lighteval.js';
import { lmEval } from './lm-eval.js';
import { scoresYaml } from './scores-yaml.js';

export type ImportFormat = 'lm-eval' | 'evalscope' | 'lighteval' | 'scores-yaml';

/** Every importer, by the name `evalwarden import <format>` takes. */
export const importers = {
  'lm-eval': lmEval,
  evalscope,
  lighteval,
  'scores-yaml': scoresYaml,
} satisfies Record<ImportFormat, Importer>;
