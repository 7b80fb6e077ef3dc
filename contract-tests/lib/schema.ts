/**
 * JSON Schema validators fed from the dereferenced spec: one Ajv validator
 * per (operationId, status, media type) response schema and per declared
 * header, compiled lazily and kept.
 *
 * OpenAPI 3.0 schemas are not quite JSON Schema, so each is converted first
 * by the kit's shared `toJsonSchema` (src/core/schema.ts).
 * Formats are the kit's (src/core/schema.ts `addKitFormats`): ajv-formats, `binary` as any string, `date-or-date-time`.
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { addKitFormats, toJsonSchema as convert } from '../../src/core/schema.js';
import { isObject, type JsonObject, type Operation } from './spec.js';

/** The kit's one OpenAPI 3.0 -> JSON Schema conversion (src/core/schema.ts). */
const toJsonSchema = (schema: JsonObject): JsonObject => convert(schema) as JsonObject;

export { toJsonSchema };


export function createAjv(): Ajv {
  return addKitFormats(new Ajv({ strict: false, allErrors: true, validateSchema: false }));
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
