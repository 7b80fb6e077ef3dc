/**
 * OpenAPI 3.0 schemas -> JSON Schema for Ajv, and the validators built from
 * them (compiled lazily, once per schema). Shared by request validation, the
 * strict response check and the contract suites.
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { FieldErrors } from './errors.js';
import type { JsonSchema } from './spec.js';

// ajv-formats is CommonJS; under NodeNext its default export is the module object.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv) => Ajv;

const converted = new WeakMap<object, JsonSchema>();

/** Convert `nullable`, boolean `exclusiveMinimum/Maximum` and drop OpenAPI-only keywords. */
export function toJsonSchema(schema: JsonSchema): JsonSchema {
  const hit = converted.get(schema);
  if (hit) return hit;
  const out: JsonSchema = {};
  converted.set(schema, out); // shared sub-schemas convert once
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'example' || key === 'nullable' || key === 'xml' || key === 'externalDocs' || key === 'discriminator') continue;
    if (key === 'exclusiveMinimum' || key === 'exclusiveMaximum') continue;
    if (key === 'properties' || key === 'patternProperties') {
      out[key] = Object.fromEntries(Object.entries(value as Record<string, JsonSchema>).map(([k, v]) => [k, toJsonSchema(v)]));
    } else if (key === 'items' || key === 'additionalProperties' || key === 'not') {
      out[key] = typeof value === 'object' && value !== null ? toJsonSchema(value as JsonSchema) : value;
    } else if (key === 'allOf' || key === 'anyOf' || key === 'oneOf') {
      out[key] = (value as JsonSchema[]).map(toJsonSchema);
    } else {
      out[key] = value;
    }
  }
  if (schema.exclusiveMinimum === true && typeof schema.minimum === 'number') {
    delete out.minimum;
    out.exclusiveMinimum = schema.minimum;
  }
  if (schema.exclusiveMaximum === true && typeof schema.maximum === 'number') {
    delete out.maximum;
    out.exclusiveMaximum = schema.maximum;
  }
  if (schema.nullable === true) {
    const composed = 'allOf' in schema || 'anyOf' in schema || 'oneOf' in schema;
    if (typeof schema.type === 'string' && !composed) {
      out.type = [schema.type, 'null'];
      if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
    } else {
      const inner = { ...out };
      for (const k of Object.keys(out)) delete out[k];
      if (typeof inner.description === 'string') out.description = inner.description;
      out.anyOf = [inner, { type: 'null' }];
    }
  }
  return out;
}

function makeAjv(coerce: boolean): Ajv {
  const ajv = new Ajv({ strict: false, allErrors: true, coerceTypes: coerce ? 'array' : false, useDefaults: false, validateFormats: true });
  addFormats(ajv);
  ajv.addFormat('binary', true);
  return ajv;
}

const strictAjv = makeAjv(false);
const coercingAjv = makeAjv(true);
const compiled = new WeakMap<object, ValidateFunction>();
const compiledCoercing = new WeakMap<object, ValidateFunction>();

/** A validator for an OpenAPI schema (JSON bodies and responses: no type coercion). */
export function validatorFor(schema: JsonSchema): ValidateFunction {
  let fn = compiled.get(schema);
  if (!fn) {
    fn = strictAjv.compile(toJsonSchema(schema));
    compiled.set(schema, fn);
  }
  return fn;
}

/** A validator that coerces strings to the schema's types in place (query, path, headers). */
export function coercingValidatorFor(schema: JsonSchema): ValidateFunction {
  let fn = compiledCoercing.get(schema);
  if (!fn) {
    fn = coercingAjv.compile(toJsonSchema(schema));
    compiledCoercing.set(schema, fn);
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

function messageOf(e: ErrorObject, field: string): string {
  switch (e.keyword) {
    case 'required':
      return `${field} is required`;
    case 'additionalProperties':
      return 'Unknown field.';
    case 'type':
      return `must be of type ${String((e.params as { type: string | string[] }).type)}`;
    case 'enum':
      return `must be one of: ${(e.params as { allowedValues: unknown[] }).allowedValues.filter((v) => v !== null).join(', ')}`;
    default:
      return e.message ?? 'is invalid';
  }
}

/** Ajv errors -> the documented `errors` object (field -> messages). */
export function toFieldErrors(errors: ErrorObject[] | null | undefined, prefix = '_general'): FieldErrors {
  const out: FieldErrors = {};
  for (const e of errors ?? []) {
    // oneOf/anyOf report every branch; keep the summary line only.
    if (e.keyword === 'if') continue;
    const field = fieldOf(e, prefix);
    const msg = messageOf(e, field);
    (out[field] ??= []).includes(msg) || out[field].push(msg);
  }
  return out;
}
