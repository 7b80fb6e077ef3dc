/**
 * JSON Schema validators fed from the dereferenced spec: one Ajv validator
 * per (operationId, status, media type) response schema and per declared
 * header, compiled lazily and kept.
 *
 * OpenAPI 3.0 schemas are not quite JSON Schema, so each is converted first:
 * - `nullable: true` becomes a `null` type (or an `anyOf` with `{type: null}`
 *   when the schema combines `allOf`/`oneOf`/`anyOf`/`$ref`-merged parts, where
 *   Ajv's own `nullable` keyword would still apply the sub-schemas to `null`);
 * - boolean `exclusiveMinimum`/`exclusiveMaximum` (draft-04 style) become numbers;
 * - annotations JSON Schema lacks (`example`, `x-*`, `discriminator`, `xml`,
 *   `externalDocs`, `deprecated`) are dropped.
 * Formats come from ajv-formats; `binary` (file uploads) is accepted as any string.
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { isObject, type JsonObject, type Operation } from './spec.js';

const DROP = new Set(['nullable', 'example', 'examples', 'discriminator', 'xml', 'externalDocs', 'deprecated']);
const SCHEMA_MAP_KEYS = new Set(['properties', 'patternProperties', 'definitions', '$defs']);
const SCHEMA_KEYS = new Set(['items', 'additionalProperties', 'not', 'propertyNames', 'contains', 'if', 'then', 'else']);
const SCHEMA_LIST_KEYS = new Set(['allOf', 'anyOf', 'oneOf']);

const converted = new WeakMap<object, JsonObject>();

/** Convert an OpenAPI 3.0 Schema Object to a JSON Schema (draft-07) Ajv accepts. */
export function toJsonSchema(schema: JsonObject): JsonObject {
  const hit = converted.get(schema);
  if (hit) return hit;
  const out: JsonObject = {};
  converted.set(schema, out);
  for (const [k, v] of Object.entries(schema)) {
    if (DROP.has(k) || k.startsWith('x-')) continue;
    if (SCHEMA_MAP_KEYS.has(k) && isObject(v)) {
      out[k] = Object.fromEntries(Object.entries(v).map(([name, s]) => [name, isObject(s) ? toJsonSchema(s) : s]));
    } else if (SCHEMA_KEYS.has(k) && isObject(v)) {
      out[k] = toJsonSchema(v);
    } else if (SCHEMA_LIST_KEYS.has(k) && Array.isArray(v)) {
      out[k] = v.map((s) => (isObject(s) ? toJsonSchema(s) : s));
    } else {
      out[k] = v;
    }
  }
  for (const [bound, limit] of [['exclusiveMinimum', 'minimum'], ['exclusiveMaximum', 'maximum']] as const) {
    if (typeof schema[bound] === 'boolean') {
      if (schema[bound] === true && typeof schema[limit] === 'number') {
        out[bound] = schema[limit];
        delete out[limit];
      } else delete out[bound];
    }
  }
  if (schema.nullable === true) {
    const combined = ['allOf', 'anyOf', 'oneOf', '$ref'].some((k) => k in out);
    if (!combined && typeof out.type === 'string') {
      out.type = [out.type, 'null'];
      if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
    } else if (!combined && out.type === undefined) {
      // Untyped but nullable: anything goes already, unless an enum restricts it.
      if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
    } else {
      const inner: JsonObject = { ...out };
      for (const k of Object.keys(out)) delete out[k];
      out.anyOf = [{ type: 'null' }, inner];
    }
  }
  return out;
}

type AddFormats = (ajv: Ajv) => Ajv;
const addFormats = ((addFormatsModule as unknown as { default?: AddFormats }).default ?? addFormatsModule) as unknown as AddFormats;

export function createAjv(): Ajv {
  const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false });
  addFormats(ajv);
  ajv.addFormat('binary', true);
  return ajv;
}

const ajv = createAjv();
const compiled = new WeakMap<object, ValidateFunction>();

/** A validator for an OpenAPI 3.0 schema (memoized per schema object). */
export function validatorFor(schema: JsonObject): ValidateFunction {
  let v = compiled.get(schema);
  if (!v) {
    v = ajv.compile(toJsonSchema(schema));
    compiled.set(schema, v);
  }
  return v;
}

/** One readable line per Ajv error, e.g. `/projects/0 must have required property 'name'`. */
export function formatErrors(errors: readonly ErrorObject[] | null | undefined, root = 'body'): string[] {
  if (!errors) return [];
  const lines: string[] = [];
  for (const e of errors) {
    // anyOf's own "must match a schema in anyOf" repeats what its branches said.
    if (e.keyword === 'anyOf' || e.keyword === 'oneOf') continue;
    // The `{type: 'null'}` branch of a nullable wrapper: the other branch says what is wrong.
    if (e.keyword === 'type' && isObject(e.params) && e.params.type === 'null') continue;
    const where = `${root}${e.instancePath}`;
    let detail = e.message ?? 'is invalid';
    if (e.keyword === 'additionalProperties' && isObject(e.params)) detail += ` (${String(e.params.additionalProperty)})`;
    if (e.keyword === 'enum' && isObject(e.params)) detail += ` ${JSON.stringify(e.params.allowedValues)}`;
    lines.push(`${where} ${detail}`);
  }
  if (lines.length === 0) for (const e of errors) lines.push(`${root}${e.instancePath} ${e.message ?? 'is invalid'}`);
  return [...new Set(lines)];
}

/** Validate a value against a schema; returns problem lines (empty = valid). */
export function validate(schema: JsonObject, value: unknown, root = 'body'): string[] {
  const v = validatorFor(schema);
  return v(value) ? [] : formatErrors(v.errors, root);
}

/** The JSON schema of a documented response, if any. */
export function responseSchema(op: Operation, status: string, mediaType = 'application/json'): JsonObject | undefined {
  return op.responses[status]?.content[mediaType];
}
