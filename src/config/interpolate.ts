/** A `${VAR}` that has no value in the environment. */
export class MissingVariable extends Error {
  constructor(
    readonly pointer: string,
    readonly variable: string,
  ) {
    super(`environment variable ${variable} is not set`);
  }
}

const REFERENCE = /\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}/g;

/** A variable whose name says it holds a credential. */
const SECRET_NAME = /KEY|TOKEN|SECRET|PASSWORD|PASSWD|CREDENTIAL|AUTH/i;

/**
 * The variables a config's text references (`${NAME}`) whose names say they hold a credential: a
 * key interpolated into `extra_body` or a URL is as secret as an `api_key_env`, and the scrubber
 * must know its value too.
 */
export function secretVariables(text: string): string[] {
  const names = [...text.matchAll(REFERENCE)].map((m) => m[1]).filter((name) => SECRET_NAME.test(name));
  return [...new Set(names)];
}

/**
 * Replaces `${VAR}` and `${VAR:-default}` in every string of a parsed config. `$${` escapes a
 * literal `${`. Returns a new value; the input is not changed. The pointer of each string that
 * held a reference goes into `interpolated` (their types are the schema's to settle).
 */
export function interpolate(
  value: unknown,
  env: Record<string, string | undefined>,
  pointer = '',
  interpolated: string[] = [],
): unknown {
  if (typeof value === 'string') {
    if (new RegExp(REFERENCE.source).test(value.split('$${').join(''))) interpolated.push(pointer);
    return value
      .split('$${')
      .map((part) =>
        part.replace(REFERENCE, (_, name: string, fallback: string | undefined) => {
          const found = env[name];
          if (found !== undefined && found !== '') return found;
          if (fallback !== undefined) return fallback;
          throw new MissingVariable(pointer, name);
        }),
      )
      .join('${');
  }
  if (Array.isArray(value)) return value.map((v, i) => interpolate(v, env, `${pointer}/${i}`, interpolated));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, interpolate(v, env, `${pointer}/${k}`, interpolated)]),
    );
  }
  return value;
}
