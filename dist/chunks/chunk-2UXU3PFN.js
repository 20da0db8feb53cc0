import { createRequire as __evalwardenRequire } from 'node:module'; const require = __evalwardenRequire(import.meta.url);

// src/errors.ts
var EvalwardenError = class extends Error {
  hint;
  constructor(message, options = {}) {
    super(message, { cause: options.cause });
    this.name = new.target.name;
    this.hint = options.hint;
  }
};
var LocatedError = class extends EvalwardenError {
  file;
  line;
  col;
  path;
  constructor(location, message, options = {}) {
    const where = [location.file, location.line, location.col].filter((p) => p !== void 0).join(":");
    super(`${where} ${location.path ? `${location.path}: ` : ""}${message}`, options);
    this.file = location.file;
    this.line = location.line;
    this.col = location.col;
    this.path = location.path;
  }
};
var ConfigError = class extends LocatedError {
};
var DataError = class extends LocatedError {
};
var EndpointError = class extends EvalwardenError {
  url;
  status;
  constructor(url, message, options = {}) {
    super(message, options);
    this.url = url;
    this.status = options.status;
  }
};

export {
  EvalwardenError,
  LocatedError,
  ConfigError,
  DataError,
  EndpointError
};
