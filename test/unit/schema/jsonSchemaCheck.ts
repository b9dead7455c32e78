// A small checker for the subset of JSON Schema that core/src/manifest/jsonSchema.ts emits, so the
// test can ask "does the shipped schema accept this manifest?" without a new dependency. It follows
// the JSON Schema meaning of each keyword (deep equality for uniqueItems, code points for lengths).
import type { JsonSchema } from '../../../core/src/manifest/jsonSchema';

function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (jsonType(a) !== jsonType(b) || typeof a !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a))
    return a.length === (b as unknown[]).length && a.every((x, i) => deepEqual(x, (b as unknown[])[i]));
  const ka = Object.keys(a);
  const kb = Object.keys(b as object);
  return (
    ka.length === kb.length &&
    ka.every((k) => deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
  );
}

/** True when `value` satisfies `schema` (with `root` for `#/definitions/…` references). */
export function satisfies(value: unknown, schema: JsonSchema, root: JsonSchema = schema): boolean {
  if (schema.$ref !== undefined) {
    const name = /^#\/definitions\/(.+)$/.exec(schema.$ref)?.[1];
    const target = name === undefined ? undefined : root.definitions?.[name];
    if (!target) throw new Error(`unresolvable $ref ${schema.$ref}`);
    return satisfies(value, target, root);
  }
  if (schema.type !== undefined) {
    const types = Array.isArray(schema.type) ? schema.type : [schema.type];
    const t = jsonType(value);
    if (!types.includes(t) && !(t === 'number' && types.includes('integer') && Number.isInteger(value)))
      return false;
  }
  if ('const' in schema && !deepEqual(value, schema.const)) return false;
  if (schema.enum && !schema.enum.some((e) => deepEqual(value, e))) return false;
  if (schema.anyOf && !schema.anyOf.some((s) => satisfies(value, s, root))) return false;
  if (typeof value === 'string') {
    const length = [...value].length;
    if (schema.minLength !== undefined && length < schema.minLength) return false;
    if (schema.maxLength !== undefined && length > schema.maxLength) return false;
    if (schema.pattern !== undefined && !new RegExp(schema.pattern, 'u').test(value)) return false;
  }
  if (Array.isArray(value)) {
    if (schema.items && !value.every((v) => satisfies(v, schema.items as JsonSchema, root))) return false;
    if (schema.uniqueItems && value.some((v, i) => value.findIndex((w) => deepEqual(v, w)) !== i))
      return false;
  }
  if (jsonType(value) === 'object') {
    const object = value as Record<string, unknown>;
    if (schema.required?.some((k) => !(k in object))) return false;
    for (const [key, v] of Object.entries(object)) {
      const property = schema.properties?.[key];
      if (property) {
        if (!satisfies(v, property, root)) return false;
      } else if (schema.additionalProperties === false) return false;
    }
  }
  return true;
}
