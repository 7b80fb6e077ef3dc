/**
 * Stage `validate`: path, query and JSON body against the operation's
 * schemas (Ajv, compiled once per operation). Path and query strings are
 * converted to their types with a strict syntax (`paramValidatorFor`: no
 * `0x10`, `1e309` or unsafe integers); empty query values count as absent and undeclared
 * ones are ignored; parameters marked `x-clamp` are capped at their
 * `maximum`; a parameter declared with `content: application/json` (a
 * Waterline `?where={...}`) is parsed as JSON first. A malformed path parameter names no resource (404); a bad query
 * or body is a 400 `validation_error` with field-level `errors`.
 */
import { ApiError, validationError } from '../errors.js';
import { parseJsonBody } from '../input.js';
import type { Stage } from '../pipeline.js';
import { paramValidatorFor, toFieldErrors, validatorFor, type ParamValidator } from '../schema.js';
import type { JsonSchema, OperationDef, ParamDef } from '../spec-model.js';

interface QueryRules {
  names: Set<string>;
  arrays: Set<string>;
  /** Parameters whose value is JSON text (`content: application/json`). */
  json: Set<string>;
  clamps: { name: string; max: number }[];
  validate: ParamValidator;
}

const objectOf = (ps: ParamDef[], required: (p: ParamDef) => boolean): JsonSchema => ({
  type: 'object',
  properties: Object.fromEntries(ps.map((p) => [p.name, p.schema])),
  required: ps.filter(required).map((p) => p.name),
});

const FORM = 'application/x-www-form-urlencoded';

const queryRules = new WeakMap<OperationDef, QueryRules>();
function rulesOf(op: OperationDef): QueryRules {
  let r = queryRules.get(op);
  if (!r) {
    const qs = op.params.filter((p) => p.in === 'query');
    r = {
      names: new Set(qs.map((p) => p.name)),
      arrays: new Set(qs.filter((p) => p.schema.type === 'array' && !p.json).map((p) => p.name)),
      json: new Set(qs.filter((p) => p.json).map((p) => p.name)),
      clamps: qs.filter((p) => p.clamp && typeof p.schema.maximum === 'number').map((p) => ({ name: p.name, max: p.schema.maximum as number })),
      validate: paramValidatorFor(objectOf(qs, (p) => p.required)),
    };
    queryRules.set(op, r);
  }
  return r;
}

const pathValidators = new WeakMap<OperationDef, ParamValidator>();
function pathValidator(op: OperationDef) {
  let v = pathValidators.get(op);
  if (!v) {
    v = paramValidatorFor(objectOf(op.params.filter((p) => p.in === 'path'), () => true));
    pathValidators.set(op, v);
  }
  return v;
}

/** A JSON-valued parameter's text -> its value; a 400 naming the parameter when it is not JSON (or too deep, or not finite). */
function jsonParam(name: string, text: string): unknown {
  try {
    return parseJsonBody(text);
  } catch (error) {
    const detail = error instanceof ApiError && error.status === 400 && error.code === 'validation_error' ? 'must not nest too deep and hold finite numbers only' : 'must be valid JSON';
    throw validationError({ [name]: [detail] });
  }
}

export function validate(): Stage {
  return (x, next) => {
    const op = x.op!;
    const path: Record<string, unknown> = { ...x.pathParams };
    if (op.params.some((p) => p.in === 'path') && !pathValidator(op)(path)) throw new ApiError(404, 'Resource not found', 'not_found');
    const rules = rulesOf(op);
    const query: Record<string, unknown> = {};
    if (x.req.search) {
      for (const [k, v] of new URLSearchParams(x.req.search)) {
        if (!rules.names.has(k) || v === '') continue;
        if (rules.arrays.has(k)) ((query[k] ??= []) as string[]).push(v);
        else if (!(k in query)) query[k] = v;
      }
    }
    for (const name of rules.json) if (typeof query[name] === 'string') query[name] = jsonParam(name, query[name]);
    const valid: boolean = rules.validate(query);
    if (!valid) {
      // A value over the maximum of a capped parameter is not an error: cap it and check again.
      let capped = false;
      for (const c of rules.clamps) {
        const value = query[c.name];
        if (typeof value === 'number' && value > c.max) {
          query[c.name] = c.max;
          capped = true;
        }
      }
      if (!capped || !rules.validate(query)) throw validationError(toFieldErrors(rules.validate.errors, 'query'));
    }
    if (op.requestBody && x.body !== undefined && x.contentType === 'application/json') {
      const schema = op.requestBody.content['application/json'];
      if (schema) {
        const v = validatorFor(schema);
        if (!v(x.body)) throw validationError(toFieldErrors(v.errors));
      }
    }
    if (op.requestBody && x.contentType === FORM && op.requestBody.content[FORM]) {
      // Form fields arrive as text, like query parameters: the same strict conversion.
      const v = paramValidatorFor(op.requestBody.content[FORM]);
      if (!v(x.body as Record<string, unknown>)) throw validationError(toFieldErrors(v.errors));
    }
    x.params = path;
    x.query = query;
    return next();
  };
}
