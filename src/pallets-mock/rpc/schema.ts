/**
 * The JSON Schema subset the RPC method table declares its parameters and results in (draft 2020-12
 * keywords: type, enum, const, pattern, minimum, maximum, minLength, minItems, maxItems, items, properties,
 * required, additionalProperties, anyOf, description), a validator for it, and the schemas shared by
 * several methods. The core validates every declared parameter with `schemaError` before the handler
 * runs; `rpc.discover` publishes the same objects (openrpc.ts); tests validate real results with it.
 */

export type JsonType = 'string' | 'number' | 'integer' | 'boolean' | 'object' | 'array' | 'null';

export interface JsonSchema {
  type?: JsonType | JsonType[];
  description?: string;
  enum?: readonly unknown[];
  const?: unknown;
  pattern?: string;
  minLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: readonly string[];
  additionalProperties?: boolean | JsonSchema;
  anyOf?: readonly JsonSchema[];
}

const typeOf = (v: unknown): JsonType => {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v as JsonType;
};

const show = (v: unknown): string => {
  const text = JSON.stringify(v) ?? String(v);
  return text.length > 32 ? `${text.slice(0, 32)}…` : text;
};

const fits = (actual: JsonType, wanted: JsonType): boolean =>
  actual === wanted || (wanted === 'number' && actual === 'integer');

const patterns = new Map<string, RegExp>();
const regex = (p: string): RegExp => {
  let re = patterns.get(p);
  if (!re) {
    re = new RegExp(p, 'u');
    patterns.set(p, re);
  }
  return re;
};

/** Why `value` does not match `schema` (a text naming the path, e.g. `pid: expected …`), or undefined. */
export function schemaError(schema: JsonSchema, value: unknown, path: string): string | undefined {
  if (schema.anyOf) {
    const errors = schema.anyOf.map((s) => schemaError(s, value, path));
    if (errors.some((e) => e === undefined)) return undefined;
    return schema.description
      ? `${path}: expected ${schema.description}, got ${show(value)}`
      : errors[errors.length - 1];
  }
  const actual = typeOf(value);
  if (schema.type !== undefined) {
    const wanted = Array.isArray(schema.type) ? schema.type : [schema.type as JsonType];
    if (!wanted.some((t) => fits(actual, t)))
      return `${path}: expected ${schema.description ?? wanted.join(' or ')}, got ${show(value)}`;
  }
  if (schema.const !== undefined && value !== schema.const)
    return `${path}: expected ${show(schema.const)}, got ${show(value)}`;
  if (schema.enum && !schema.enum.includes(value))
    return `${path}: expected one of ${schema.enum.map(show).join(', ')}, got ${show(value)}`;
  if (typeof value === 'string') {
    if (schema.minLength !== undefined && value.length < schema.minLength)
      return `${path}: expected at least ${schema.minLength} character(s)`;
    if (schema.pattern !== undefined && !regex(schema.pattern).test(value))
      return `${path}: expected ${schema.description ?? `a string matching ${schema.pattern}`}, got ${show(value)}`;
  }
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum)
      return `${path}: ${value} is below the minimum ${schema.minimum}`;
    if (schema.maximum !== undefined && value > schema.maximum)
      return `${path}: ${value} exceeds the maximum ${schema.maximum}`;
  }
  if (Array.isArray(value)) {
    if (schema.minItems !== undefined && value.length < schema.minItems)
      return `${path}: at least ${schema.minItems} item(s), got ${value.length}`;
    if (schema.maxItems !== undefined && value.length > schema.maxItems)
      return `${path}: at most ${schema.maxItems} item(s), got ${value.length}`;
    if (schema.items) {
      for (let i = 0; i < value.length; i++) {
        const e = schemaError(schema.items, value[i], `${path}[${i}]`);
        if (e) return e;
      }
    }
  }
  if (actual === 'object') {
    const o = value as Record<string, unknown>;
    for (const k of schema.required ?? []) if (!Object.hasOwn(o, k)) return `${path}: missing "${k}"`;
    for (const [k, v] of Object.entries(o)) {
      const sub = schema.properties?.[k];
      if (sub) {
        const e = schemaError(sub, v, `${path}.${k}`);
        if (e) return e;
      } else if (schema.additionalProperties === false) return `${path}: unsupported option "${k}"`;
      else if (typeof schema.additionalProperties === 'object') {
        const e = schemaError(schema.additionalProperties, v, `${path}.${k}`);
        if (e) return e;
      }
    }
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------------
// Schemas shared by several methods

export const decimalString = (description = 'a decimal integer string'): JsonSchema => ({
  type: 'string',
  pattern: '^[0-9]{1,40}$',
  description,
});

export const hexString = (bytes?: number, description?: string): JsonSchema => ({
  type: 'string',
  pattern: bytes === undefined ? '^0x(?:[0-9a-fA-F]{2})*$' : `^0x[0-9a-fA-F]{${bytes * 2}}$`,
  description: description ?? (bytes === undefined ? '0x-prefixed hex' : `0x-prefixed hex of ${bytes} bytes`),
});

export const uint = (description = 'a non-negative integer', maximum?: number): JsonSchema =>
  maximum === undefined
    ? { type: 'integer', minimum: 0, description }
    : { type: 'integer', minimum: 0, maximum, description };

export const nullable = (schema: JsonSchema): JsonSchema => ({ anyOf: [schema, { type: 'null' }] });

/** An object whose every listed property is required (`optional` ones may be absent). */
export function record(
  properties: Record<string, JsonSchema>,
  optional: readonly string[] = [],
  description?: string,
): JsonSchema {
  return {
    type: 'object',
    properties,
    required: Object.keys(properties).filter((k) => !optional.includes(k)),
    additionalProperties: false,
    ...(description ? { description } : {}),
  };
}

export const arrayOf = (items: JsonSchema): JsonSchema => ({ type: 'array', items });
