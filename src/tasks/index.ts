// The door of src/tasks/: what other modules may use.
export { findScorer, scorers } from './scorers/index.js';
export { withBuiltinFields, resolveBuiltin } from './builtins.js';
export { isScoreFailure, type JudgeCall, type Scorer } from './scorer.js';
export { fieldValue, renderTemplate, templateFields } from './template.js';
