/**
 * JSON Schema validation of what a server answers, with the engine's own
 * Ajv setup and OpenAPI 3.0 conversion (src/core/schema.ts): one schema
 * compiler for the mock's strict mode and the contract suites alike.
 */
import type { ErrorObject } from 'ajv';
import { toJsonSchema as convert, validatorFor as coreValidatorFor } from '../../src/core/schema.js';
import { isObject, type JsonObject, type Operation } from './spec.js';

/** The kit's one OpenAPI 3.0 -> JSON Schema conversion (src/core/schema.ts). */
const toJsonSchema = (schema: JsonObject): JsonObject => convert(schema) as JsonObject;

export { toJsonSchema };

/** A validator for an OpenAPI 3.0 schema: the engine's own (one Ajv setup for the kit; memoized per schema). */
export const validatorFor = (schema: JsonObject) => coreValidatorFor(schema);

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
