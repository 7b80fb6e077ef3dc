/**
 * Stage `validate`: path, query and JSON body against the operation's
 * schemas (Ajv, compiled once per operation). Path and query strings are
 * converted to their types with a strict syntax (`paramValidatorFor`: no
 * `0x10`, `1e309` or unsafe integers); empty query values count as absent and undeclared
 * ones are ignored; parameters marked `x-clamp` are capped at their
 * `maximum`; a parameter declared with `content: application/json` (a
 * Waterline `?where={...}`) is parsed as JSON first. JSON and form bodies are checked against the schema of their
 * media type (unless the operation documents its 400 as an HTML page:
 * then its handler answers body errors in that page). A malformed path parameter names no resource (404); a bad query
 * or body is a 400 `validation_error` with field-level `errors`. With
 * `lenientQuery` (a profile's engine behaviour: the real TimeTracker reads
 * query values with fallbacks) a query value that fails is dropped, as if
 * it had not been sent; a required one still fails.
 */
import { ApiError, validationError } from '../errors.js';
import { FORM_MEDIA_TYPE } from '../form.js';
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

/** The query parameters an error is about (top-level names), for dropping them. */
function offending(errors: readonly { instancePath: string }[] | null | undefined): string[] {
  return [...new Set((errors ?? []).map((e) => (e.instancePath.split('/')[1] ?? '').replace(/~1/g, '/').replace(/~0/g, '~')).filter(Boolean))];
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

export function validate(options: { lenientQuery?: boolean } = {}): Stage {
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
      if (!capped || !rules.validate(query)) {
        let dropped = false;
        while (options.lenientQuery && !rules.validate(query)) {
          const names = offending(rules.validate.errors).filter((n) => n in query);
          if (names.length === 0) break;
          for (const n of names) delete query[n];
          dropped = true;
        }
        if (!dropped || !rules.validate(query)) throw validationError(toFieldErrors(rules.validate.errors, 'query'));
      }
    }
    // An operation that documents its 400 as an HTML page (the web login form) answers its own body
    // errors; this stage could only answer them in the API's error shape, which that operation never sends.
    const pageFor400 = op.responses['400']?.page === true;
    if (op.requestBody && x.body !== undefined && !pageFor400) {
      const schema = op.requestBody.content[x.contentType];
      if (x.contentType === 'application/json' && schema) {
        const v = validatorFor(schema);
        if (!v(x.body)) throw validationError(toFieldErrors(v.errors));
      } else if (x.contentType === FORM_MEDIA_TYPE && schema) {
        // Form fields arrive as text, like query parameters: the same strict conversion.
        const v = paramValidatorFor(schema);
        if (!v(x.body as Record<string, unknown>)) throw validationError(toFieldErrors(v.errors));
      }
    }
    x.params = path;
    x.query = query;
    return next();
  };
}
