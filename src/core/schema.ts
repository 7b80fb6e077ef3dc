/**
 * OpenAPI 3.0 schemas -> JSON Schema for Ajv, and the validators built from
 * them (compiled lazily, once per schema). Shared by request validation, the
 * strict response check and the contract suites.
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { FieldErrors } from './errors.js';
import type { JsonSchema } from './spec-model.js';
import { parseIsoTime } from './time.js';

// ajv-formats is CommonJS; under NodeNext its default export is the module object.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv) => Ajv;

const DROP = new Set(['nullable', 'example', 'examples', 'discriminator', 'xml', 'externalDocs', 'deprecated']);
const SCHEMA_MAP_KEYS = new Set(['properties', 'patternProperties', 'definitions', '$defs']);
const SCHEMA_KEYS = new Set(['items', 'additionalProperties', 'not', 'propertyNames', 'contains', 'if', 'then', 'else']);
const SCHEMA_LIST_KEYS = new Set(['allOf', 'anyOf', 'oneOf']);
const isObject = (v: unknown): v is JsonSchema => typeof v === 'object' && v !== null && !Array.isArray(v);

const converted = new WeakMap<object, JsonSchema>();

/**
 * Convert an OpenAPI 3.0 Schema Object to a JSON Schema (draft-07) Ajv accepts:
 * `nullable: true` becomes a `null` type (or an `anyOf` with `{type: null}` when
 * the schema combines `allOf`/`oneOf`/`anyOf`/`$ref` parts); boolean
 * `exclusiveMinimum/Maximum` become numbers; annotations JSON Schema lacks
 * (`example`, `x-*`, `discriminator`, ...) are dropped. Shared sub-schemas
 * convert once. Used by the engine and the contract suites alike.
 */
export function toJsonSchema(schema: JsonSchema): JsonSchema {
  const hit = converted.get(schema);
  if (hit) return hit;
  const out: JsonSchema = {};
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
      if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
    } else {
      const inner: JsonSchema = { ...out };
      for (const k of Object.keys(out)) delete out[k];
      out.anyOf = [{ type: 'null' }, inner];
    }
  }
  return out;
}

/**
 * The formats of the kit's specs beyond ajv-formats: `binary` (any string) and
 * `date-or-date-time` (what the handlers' `parseIsoTime` reads: a real
 * calendar date, optionally with a time and an offset).
 */
export function addKitFormats(ajv: Ajv): Ajv {
  addFormats(ajv);
  ajv.addFormat('binary', true);
  ajv.addFormat('date-or-date-time', { type: 'string', validate: (v: string) => parseIsoTime(v) !== null });
  return ajv;
}

// No type coercion anywhere: parameters are converted by paramValidatorFor's strict syntax first.
const strictAjv = addKitFormats(new Ajv({ strict: false, allErrors: true, coerceTypes: false, useDefaults: false, validateFormats: true }));

const compiled = new WeakMap<object, ValidateFunction>();

/** A validator for an OpenAPI schema (JSON bodies and responses: no type coercion). */
export function validatorFor(schema: JsonSchema): ValidateFunction {
  let fn = compiled.get(schema);
  if (!fn) {
    fn = strictAjv.compile(toJsonSchema(schema));
    compiled.set(schema, fn);
  }
  return fn;
}

const INTEGER = /^[+-]?\d+$/;
const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * One parameter value as sent (a string, or several for a repeated array
 * parameter) -> the schema's type, with a strict syntax: integers are decimal
 * digits giving a safe integer, numbers a finite decimal literal, booleans
 * `true`/`false`. Anything else stays a string, so the validator names the
 * field. (Ajv's own coercion reads `0x10` as 16, `1e309` as Infinity and
 * `2^53+1` as 2^53.)
 */
function coerceParam(schema: JsonSchema | undefined, value: unknown): unknown {
  if (!schema) return value;
  if (schema.type === 'array') {
    const items = isObject(schema.items) ? schema.items : undefined;
    return (Array.isArray(value) ? value : [value]).map((v) => coerceParam(items, v));
  }
  if (typeof value !== 'string') return value;
  switch (schema.type) {
    case 'integer': {
      const n = INTEGER.test(value) ? Number(value) : NaN;
      return Number.isSafeInteger(n) ? n : value;
    }
    case 'number': {
      const n = NUMBER.test(value) ? Number(value) : NaN;
      return Number.isFinite(n) ? n : value;
    }
    case 'boolean':
      return value === 'true' ? true : value === 'false' ? false : value;
    default:
      return value;
  }
}

export type ParamValidator = ((values: Record<string, unknown>) => boolean) & { errors?: ErrorObject[] | null };

const compiledParams = new WeakMap<object, ParamValidator>();

/**
 * A validator for parameters that arrive as text (query, path): converts each
 * value in place with `coerceParam`'s strict syntax, then validates without
 * coercion. `schema` is an object schema with one property per parameter.
 */
export function paramValidatorFor(schema: JsonSchema): ParamValidator {
  let fn = compiledParams.get(schema);
  if (!fn) {
    const validate = validatorFor(schema);
    const props = (schema.properties ?? {}) as Record<string, JsonSchema>;
    const v: ParamValidator = (values) => {
      for (const [k, raw] of Object.entries(values)) values[k] = coerceParam(Object.hasOwn(props, k) ? props[k] : undefined, raw);
      const ok = validate(values);
      v.errors = validate.errors;
      return ok;
    };
    fn = v;
    compiledParams.set(schema, fn);
  }
  return fn;
}


function fieldOf(e: ErrorObject, prefix: string): string {
  const path = e.instancePath.replace(/^\//, '').replace(/\//g, '.');
  if (e.keyword === 'required') {
    const missing = (e.params as { missingProperty: string }).missingProperty;
    return path ? `${path}.${missing}` : missing;
  }
  if (e.keyword === 'additionalProperties') {
    const extra = (e.params as { additionalProperty: string }).additionalProperty;
    return path ? `${path}.${extra}` : extra;
  }
  return path || prefix;
}

const FORMAT_MESSAGES: Record<string, string> = {
  int32: 'must be an integer from -2147483648 to 2147483647',
  int64: 'must be an integer from -9007199254740991 to 9007199254740991',
  date: 'must be a date (YYYY-MM-DD)',
  'date-or-date-time': 'must be an ISO 8601 date or datetime',
};

function messageOf(e: ErrorObject, field: string): string {
  switch (e.keyword) {
    case 'required':
      return `${field} is required`;
    case 'additionalProperties':
      return 'Unknown field.';
    case 'type':
      return `must be of type ${String((e.params as { type: string | string[] }).type)}`;
    case 'format': {
      const format = (e.params as { format: string }).format;
      return FORMAT_MESSAGES[format] ?? `must match format "${format}"`;
    }
    case 'enum':
      return `must be one of: ${(e.params as { allowedValues: unknown[] }).allowedValues.filter((v) => v !== null).join(', ')}`;
    default:
      return e.message ?? 'is invalid';
  }
}

/**
 * Ajv errors -> the documented `errors` object (field -> messages). Field names
 * come from the client (`constructor`, `__proto__`...), so they are collected in
 * a Map and become own properties only at the end.
 */
export function toFieldErrors(errors: ErrorObject[] | null | undefined, prefix = '_general'): FieldErrors {
  const out = new Map<string, string[]>();
  for (const e of errors ?? []) {
    // oneOf/anyOf report every branch; keep the summary line only.
    if (e.keyword === 'if') continue;
    const field = fieldOf(e, prefix);
    const msg = messageOf(e, field);
    const list = out.get(field);
    if (!list) out.set(field, [msg]);
    else if (!list.includes(msg)) list.push(msg);
  }
  return Object.fromEntries(out);
}
