import type { ValidateFunction } from 'ajv';

/** Each built-in scorer's options validator, compiled ahead of time (scripts/generate-validators.mjs). */
declare const validators: Record<string, ValidateFunction | undefined>;
export = validators;
