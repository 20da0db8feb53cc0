/**
 * Errors that evalwarden reports to users. Every one says what went wrong, where, and
 * (in `hint`) what to do about it. Entry points print `message` (and `hint`) on one line;
 * stacks only with --debug.
 */
export class EvalwardenError extends Error {
  readonly hint: string | undefined;
  constructor(message: string, options: { hint?: string; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = new.target.name;
    this.hint = options.hint;
  }
}

/** A problem at a place in a file: `file:line:col path: message`. */
export class LocatedError extends EvalwardenError {
  readonly file: string;
  readonly line: number | undefined;
  readonly col: number | undefined;
  readonly path: string | undefined;
  constructor(
    location: { file: string; line?: number; col?: number; path?: string },
    message: string,
    options: { hint?: string; cause?: unknown } = {},
  ) {
    const where = [location.file, location.line, location.col].filter((p) => p !== undefined).join(':');
    super(`${where} ${location.path ? `${location.path}: ` : ''}${message}`, options);
    this.file = location.file;
    this.line = location.line;
    this.col = location.col;
    this.path = location.path;
  }
}

/** A problem in evalwarden.yml (or another config-like file), with its position. */
export class ConfigError extends LocatedError {}

/** A problem in a data file: a dataset (bad row, missing field, checksum mismatch) or a results file. */
export class DataError extends LocatedError {}

/** A model endpoint that cannot be used (unreachable, model not served, auth refused). */
export class EndpointError extends EvalwardenError {
  readonly url: string;
  readonly status: number | undefined;
  constructor(
    url: string,
    message: string,
    options: { status?: number; hint?: string; cause?: unknown } = {},
  ) {
    super(message, options);
    this.url = url;
    this.status = options.status;
  }
}
