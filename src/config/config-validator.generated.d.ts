import type { ValidateFunction } from 'ajv';
import type { Config } from './types.js';

/** The config schema's validator, compiled ahead of time (scripts/generate-validators.mjs). */
export declare const validate: ValidateFunction<Config>;
export default validate;
