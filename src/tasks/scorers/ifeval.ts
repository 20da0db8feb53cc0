import type { Score, Scorer } from '../scorer.js';
import { IFEVAL_METRICS, evaluateResponse, ifevalMetrics } from '../ifeval/evaluate.js';
import type { CheckContext } from '../ifeval/instruction.js';
import { type LanguageDetector, createLanguageDetector } from '../ifeval/language.js';
import { createSentenceTokenizer } from '../ifeval/punkt.js';
import { loadPunktEnglish } from '../ifeval/punkt-params.js';
import { buildInstructions } from '../ifeval/row.js';

export type IfevalMetric = (typeof IFEVAL_METRICS)[number];

export interface IfevalOptions {
  /** The gated metric; the other three are reported. */
  primary_metric?: IfevalMetric;
}

const DEFAULT_PRIMARY: IfevalMetric = 'prompt_level_strict';

export interface IfevalResources {
  /** Folder of the Punkt English parameters; the bundled dist/ passes its own copy's folder. */
  punktDir?: string | URL;
  /** Folder of the npm `langdetect` package (its profiles); resolved from node_modules by default. */
  langdetectDir?: string;
}

/**
 * IFEval (Zhou et al. 2023), rule-based, following the reference `instruction_following_eval`
 * quirks included (see src/tasks/ifeval/README.md for what still differs). Reads the row's
 * `instruction_id_list` and `kwargs`; reports the four metrics for the item. Instruction-level
 * metrics carry the item's instruction count as weight, so a task mean is the reference's
 * instruction-level accuracy and its standard error is clustered by prompt.
 */
export function createIfevalScorer(resources: IfevalResources = {}): Scorer<IfevalOptions> {
  return {
    name: 'ifeval',
    // 2: replies scored untrimmed (the loose variants drop the reply's own first or last line).
    version: 2,
    metrics: (options) => {
      const primary = options.primary_metric ?? DEFAULT_PRIMARY;
      return [primary, ...IFEVAL_METRICS.filter((m) => m !== primary)];
    },
    binary: (options) => (options.primary_metric ?? DEFAULT_PRIMARY).startsWith('prompt_level'),
    needsTarget: false,
    optionsSchema: {
      type: 'object',
      properties: {
        primary_metric: { enum: [...IFEVAL_METRICS], default: DEFAULT_PRIMARY },
      },
      additionalProperties: false,
    },
    create: (options) => {
      const primary = options.primary_metric ?? DEFAULT_PRIMARY;
      const sentences = createSentenceTokenizer(loadPunktEnglish(resources.punktDir));
      // The detector's profiles take about a second to load: only tasks that ask for a language pay.
      let detector: LanguageDetector | undefined;
      const context: CheckContext = {
        sentences,
        detectLanguage: (text) => (detector ??= createLanguageDetector(resources.langdetectDir))(text),
      };
      return ({ output, row }): Score => {
        const instructions = buildInstructions(row);
        const outcomes = evaluateResponse(instructions, output, context);
        const metrics = ifevalMetrics(outcomes);
        const k = outcomes.length;
        const failedStrict = outcomes.filter((o) => !o.strict).map((o) => o.id);
        const failedLoose = outcomes.filter((o) => !o.loose).map((o) => o.id);
        const explanation =
          failedStrict.length === 0
            ? undefined
            : `not followed: ${failedStrict.join(', ')}` +
              (failedLoose.length === 0
                ? ' (all followed loosely)'
                : failedLoose.length < failedStrict.length
                  ? `; loosely not followed: ${failedLoose.join(', ')}`
                  : '');
        return {
          value: metrics[primary],
          metrics: { ...metrics },
          weights: { inst_level_strict: k, inst_level_loose: k },
          explanation,
          metadata: { instructions: outcomes },
        };
      };
    },
  };
}

export const ifeval: Scorer<IfevalOptions> = createIfevalScorer();
