import configSchema from '../../schemas/config.schema.json' with { type: 'json' };

interface SchemaNode {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, SchemaNode>;
  additionalProperties?: boolean | SchemaNode;
  items?: SchemaNode;
  oneOf?: SchemaNode[];
  anyOf?: SchemaNode[];
  definitions?: Record<string, SchemaNode>;
}

const ROOT = configSchema as SchemaNode;

/**
 * An environment variable is always text, so `step: ${STEP}` reads "5000". Where the schema wants
 * a number, an integer or a boolean (and never a string), such an interpolated text is read as
 * that type: a sweep needs one config, not one per step. Text that is not a number (or not
 * true/false) is left as it is, for the validator to say so with the line.
 */
export function coerceInterpolated(data: unknown, pointers: readonly string[]): unknown {
  for (const pointer of pointers) {
    const keys = pointer.split('/').slice(1);
    const types = typesAt(keys);
    if (types.has('string') || types.size === 0) continue;
    const parent = keys
      .slice(0, -1)
      .reduce<unknown>((node, key) => (node as Record<string, unknown>)?.[key], data);
    const last = keys.at(-1);
    if (last === undefined || typeof parent !== 'object' || parent === null) continue;
    const holder = parent as Record<string, unknown>;
    const coerced = coerce(holder[last], types);
    if (coerced !== undefined) holder[last] = coerced;
  }
  return data;
}

function coerce(value: unknown, types: Set<string>): number | boolean | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (types.has('boolean') && (text === 'true' || text === 'false')) return text === 'true';
  if (!types.has('number') && !types.has('integer')) return undefined;
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text)) return undefined;
  const number = Number(text);
  if (!Number.isFinite(number)) return undefined;
  return types.has('number') || Number.isInteger(number) ? number : undefined;
}

/** Every JSON type the schema allows at a path of the config. */
function typesAt(keys: readonly string[]): Set<string> {
  let nodes: SchemaNode[] = [ROOT];
  for (const key of keys) {
    nodes = nodes.flatMap(expand).flatMap((node) => {
      if (/^\d+$/.test(key) && node.items) return [node.items];
      const property = node.properties?.[key];
      if (property) return [property];
      return typeof node.additionalProperties === 'object' ? [node.additionalProperties] : [];
    });
  }
  const types = new Set<string>();
  for (const node of nodes.flatMap(expand)) {
    for (const type of [node.type ?? []].flat()) types.add(type);
  }
  return types;
}

/** A node with its `$ref` followed and its `oneOf`/`anyOf` alternatives spread out. */
function expand(node: SchemaNode): SchemaNode[] {
  if (node.$ref) {
    const name = node.$ref.replace('#/definitions/', '');
    const target = ROOT.definitions?.[name];
    return target ? expand(target) : [];
  }
  const alternatives = [...(node.oneOf ?? []), ...(node.anyOf ?? [])];
  return [node, ...alternatives.flatMap(expand)];
}
