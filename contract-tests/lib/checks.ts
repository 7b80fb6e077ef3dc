/**
 * The checks, named after what they check (the names Schemathesis made
 * familiar). Each takes the operation and what the server answered and
 * returns the problems found, worst first, each with where the expectation
 * it breaks comes from (lib/provenance.ts); an empty list means it conforms.
 * `expectConforms` turns problems into a failure whose first line is the
 * first difference, followed by the exchange: a deviation when a documented
 * expectation is broken, a warning when only specified or observed ones are.
 *
 * Rules the documentation states for the whole API hold on every operation
 * whose spec marks them documented (the components of the 401, 403, 404 and
 * validation answers, the pagination object): a 5xx answer to a request is a
 * server error, whatever the operation. An operation this spec adds
 * (`specified`) can only produce warnings: the documentation promises
 * nothing about it.
 */
import { describeExchange, type Exchange } from './http.js';
import { leadingProvenance, problem, problems, schemaProblems, verdictOf, type Problem, type Provenance } from './provenance.js';
import { isObject, listKey, responseFor, successStatuses, type JsonObject, type Operation } from './spec.js';
import { validate } from './schema.js';

export type { Problem, Provenance } from './provenance.js';

export const CHECKS = [
  'status_code_conformance',
  'response_schema_conformance',
  'response_headers_conformance',
  'pagination_conformance',
  'negative_data_rejection',
  'documented_input',
  'ignored_auth',
  'missing_scope',
  'missing_role',
  'stateful_flow',
] as const;
export type CheckName = (typeof CHECKS)[number];

/** What a failed check amounts to. */
export type Kind = 'deviation' | 'warning';

/** A check found a difference. `message` starts with the first difference. */
export class CheckFailure extends Error {
  readonly problems: Problem[];
  readonly kind: Kind;
  constructor(
    readonly check: string,
    found: readonly (Problem | string)[],
    readonly exchange?: Exchange,
  ) {
    const ps = found.map((p) => (typeof p === 'string' ? problem(p, 'documented') : p));
    // The problems that decide the verdict come first.
    const lead = leadingProvenance(ps);
    const sorted = [...ps.filter((p) => p.provenance === lead), ...ps.filter((p) => p.provenance !== lead)];
    const more = sorted.length > 1 ? `\n  (+${sorted.length - 1} more: ${sorted.slice(1, 6).map(label).join('; ')})` : '';
    super(`${label(sorted[0])}${more}${exchange ? `\n${describeExchange(exchange)}` : ''}`);
    this.name = 'CheckFailure';
    this.problems = sorted;
    this.kind = verdictOf(sorted) === 'deviation' ? 'deviation' : 'warning';
  }
  /** The first difference, without its provenance label. */
  get first(): string {
    return this.problems[0]?.text ?? '';
  }
  get provenance(): Provenance {
    return leadingProvenance(this.problems) ?? 'documented';
  }
}

/** `(specified) body/x must be ...`: the first line of a failure says where the expectation comes from when it is not documented. */
const label = (p: Problem): string => (p.provenance === 'documented' ? p.text : `(${p.provenance}) ${p.text}`);

/** A check cannot run here; the reason is reported as the skip note. */
export class SkipCheck extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'SkipCheck';
  }
}

/**
 * What a check needs could not be set up: a prerequisite call failed, or the
 * target's existing data is in the way (a timer already running, a day
 * without free time). The check could not run; reported as such with its
 * reason (never a silent skip, never a pass), and the run fails.
 */
export class SetupError extends Error {
  constructor(readonly reason: string) {
    super(`setup failed: ${reason}`);
    this.name = 'SetupError';
  }
}

/** An operation this spec adds is promised by nothing: its problems are at most specified. */
export function capped(op: Operation, ps: Problem[]): Problem[] {
  return op.provenance === 'specified' ? ps.map((p) => ({ ...p, provenance: 'specified' })) : ps;
}

export function expectConforms(check: string, found: readonly Problem[], exchange?: Exchange): void {
  if (found.length > 0) throw new CheckFailure(check, found, exchange);
}

const documented = (op: Operation): string => Object.keys(op.responses).join(', ');

/** A 5xx is a server error on any operation (the documentation's "500 Internal Server Error"). */
const serverError = (s: number, what: string): Problem[] => (s >= 500 ? [problem(`${what} got ${s}: a server error`, 'documented')] : []);

/**
 * status_code_conformance: a valid request gets a documented success status
 * (`expected` when the case names one).
 */
export function statusCodeConformance(op: Operation, ex: Exchange, expected?: number): Problem[] {
  const s = ex.response.status;
  const wanted = expected !== undefined ? responseFor(op, expected) : undefined;
  const from = wanted?.provenance ?? op.provenance;
  let found: Problem[];
  if (s >= 500) found = serverError(s, 'a valid request');
  else if (!responseFor(op, s)) found = [problem(`status ${s} is not documented for ${op.operationId} (documented: ${documented(op)})`, from)];
  else if (expected !== undefined && s !== expected) found = [problem(`expected status ${expected} for a valid request, got ${s}`, from)];
  // A documented redirect the case names (the web login's 302) is the answer a valid request gets.
  else if ((s < 200 || s >= 300) && s !== expected) found = [problem(`a valid request got ${s}, not a documented success status (${successStatuses(op).join(', ')})`, from)];
  else found = [];
  return capped(op, found);
}

/** response_schema_conformance: content type and body match the schema documented for the status. */
export function responseSchemaConformance(op: Operation, ex: Exchange): Problem[] {
  const s = ex.response.status;
  const def = responseFor(op, s);
  if (!def) return capped(op, s >= 500 ? serverError(s, 'the request') : [problem(`status ${s} is not documented for ${op.operationId}, so there is no schema to hold the body to`, op.provenance)]);
  const mediaTypes = Object.keys(def.content);
  if (mediaTypes.length === 0) return [];
  const ct = (ex.response.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  const mt = mediaTypes.find((m) => m.toLowerCase() === ct) ?? (ct.endsWith('+json') ? mediaTypes.find((m) => m === 'application/json') : undefined);
  if (!mt) return capped(op, [problem(`Content-Type "${ct || '(none)'}" is not documented for ${s} (documented: ${mediaTypes.join(', ')})`, def.provenance)]);
  const schema = def.content[mt];
  if (!schema || !mt.includes('json')) return [];
  if (ex.response.jsonError) return capped(op, [problem(`body is not JSON: ${ex.response.jsonError}`, def.provenance)]);
  if (ex.response.text.length === 0) return capped(op, [problem('body is empty, a JSON body is documented', def.provenance)]);
  return capped(op, schemaProblems(schema, ex.response.json, def.provenance));
}

function headerValue(schema: JsonObject | undefined, raw: string): unknown {
  if (!schema) return raw;
  if (schema.type === 'integer' || schema.type === 'number') return raw.trim() === '' ? raw : Number(raw);
  if (schema.type === 'boolean') return raw === 'true' ? true : raw === 'false' ? false : raw;
  return raw;
}

/**
 * response_headers_conformance: required headers are present, the headers of
 * an `x-header-group` (the X-RateLimit-* trio) come all together or not at
 * all (none at all is a server without limits: the rate-limit flow checks
 * that the documented headers come with a limit), and declared headers that
 * are present match their schema.
 */
export function responseHeadersConformance(op: Operation, ex: Exchange): Problem[] {
  const def = responseFor(op, ex.response.status);
  if (!def) return [];
  const found: Problem[] = [];
  const groups = new Map<string, { sent: string[]; missing: string[] }>();
  for (const [name, h] of Object.entries(def.headers)) {
    const raw = ex.response.headers[name.toLowerCase()];
    if (h.group) {
      const g = groups.get(h.group) ?? { sent: [], missing: [] };
      (raw === undefined ? g.missing : g.sent).push(name);
      groups.set(h.group, g);
    }
    if (raw === undefined) {
      if (h.required) found.push(problem(`required header ${name} is missing from the ${ex.response.status} response`, h.provenance ?? def.provenance));
      continue;
    }
    if (h.schema) found.push(...problems(validate(h.schema, headerValue(h.schema, raw), `header ${name}=${JSON.stringify(raw)}`), h.provenance ?? def.provenance));
  }
  for (const [group, g] of groups) {
    // Some but not all: a limit is in force, and the documentation promises all its headers (none at all cannot be told from limits off).
    if (g.sent.length > 0 && g.missing.length > 0) {
      const from = def.headers[g.missing[0]]?.provenance ?? def.provenance;
      found.unshift(problem(`header ${g.missing.join(', ')} is missing from the ${ex.response.status} response, which sends ${g.sent.join(', ')} (the ${group} headers come together)`, from));
    }
  }
  return capped(op, found);
}

/** The `pagination` object must agree with itself and with the page it came with (the documented object). */
export function paginationProblems(body: unknown, key: string, requested?: { page?: number; perPage?: number }): string[] {
  if (!isObject(body)) return ['list body is not an object'];
  const p = body.pagination;
  const items = body[key];
  if (!isObject(p)) return ['pagination object missing'];
  if (!Array.isArray(items)) return [`"${key}" is not an array`];
  const { page, per_page: perPage, total, pages, has_next: hasNext, has_prev: hasPrev, next_page: next, prev_page: prev } = p;
  if (typeof page !== 'number' || typeof perPage !== 'number' || typeof total !== 'number' || typeof pages !== 'number') {
    return ['pagination page/per_page/total/pages are not all numbers'];
  }
  const found: string[] = [];
  if (requested?.page !== undefined && page !== requested.page) found.push(`pagination.page is ${page}, page ${requested.page} was asked for`);
  if (requested?.perPage !== undefined && perPage !== requested.perPage) found.push(`pagination.per_page is ${perPage}, ${requested.perPage} was asked for`);
  const expectedPages = Math.ceil(total / perPage);
  if (pages !== expectedPages && !(total === 0 && pages === 1)) found.push(`pagination.pages is ${pages}, ceil(total ${total} / per_page ${perPage}) is ${expectedPages}`);
  const expectedCount = Math.max(0, Math.min(perPage, total - (page - 1) * perPage));
  if (items.length !== expectedCount) {
    found.push(`page ${page} holds ${items.length} item(s) but pagination.total ${total} with per_page ${perPage} implies ${expectedCount}`);
  }
  if (items.length > perPage) found.push(`page holds ${items.length} items, more than per_page ${perPage}`);
  const lastPage = Math.max(pages, 1);
  if (hasNext !== page < lastPage) found.push(`pagination.has_next is ${String(hasNext)} on page ${page} of ${pages}`);
  if (hasPrev !== page > 1) found.push(`pagination.has_prev is ${String(hasPrev)} on page ${page}`);
  if (next !== (page < lastPage ? page + 1 : null)) found.push(`pagination.next_page is ${JSON.stringify(next)} on page ${page} of ${pages}`);
  if (prev !== (page > 1 ? page - 1 : null)) found.push(`pagination.prev_page is ${JSON.stringify(prev)} on page ${page}`);
  return found;
}

/** Ids of the items of a list page (for duplicate detection). */
export function itemIds(body: unknown, key: string): unknown[] {
  if (!isObject(body) || !Array.isArray(body[key])) return [];
  return (body[key] as unknown[]).map((it) => (isObject(it) ? (it.id ?? it.reference_id ?? JSON.stringify(it)) : it));
}

export { listKey };

/** What an invalid request must get: the statuses that keep the rule, and what the error body must say. */
export interface Rejection {
  /** Where the rule comes from. */
  provenance: Provenance;
  /** Statuses that keep it (default: any documented 4xx). */
  status?: number[];
  /** Fields the answer's `errors` must name (a validation error). */
  fields?: string[];
  /** The `error_code` it must carry when it carries one (optional in the documentation). */
  errorCode?: string;
}

/**
 * negative_data_rejection: invalid input is refused with the rule's status
 * and the documented error body (`error` and `message`; `error_code` a string
 * when sent; the named fields in `errors`).
 */
export function negativeDataRejection(op: Operation, ex: Exchange, rule: Rejection): Problem[] {
  const s = ex.response.status;
  const from = rule.provenance;
  if (s >= 500) return capped(op, serverError(s, 'invalid input'));
  if (s >= 200 && s < 300) return capped(op, [problem(`invalid input was accepted with ${s}; ${rule.status ? rule.status.join(' or ') : 'a documented 4xx'} was expected`, from)]);
  if (rule.status && !rule.status.includes(s)) return capped(op, [problem(`invalid input got ${s}, expected ${rule.status.join(' or ')}`, from)]);
  if (s < 400 || s >= 500) return capped(op, [problem(`invalid input got ${s}; a documented 4xx was expected`, from)]);
  if (!responseFor(op, s)) return capped(op, [problem(`invalid input got ${s}, which is not documented for ${op.operationId} (documented: ${documented(op)})`, from)]);
  const found = responseSchemaConformance(op, ex);
  const body = ex.response.json;
  if (isObject(body)) {
    if (rule.errorCode !== undefined && body.error_code !== undefined && body.error_code !== rule.errorCode) {
      found.push(problem(`error_code is ${JSON.stringify(body.error_code)}, expected "${rule.errorCode}"`, from));
    }
    if (rule.fields && rule.fields.length > 0) {
      const errors = isObject(body.errors) ? body.errors : undefined;
      const missing = rule.fields.filter((f) => !errors || !(f in errors));
      if (missing.length > 0) found.push(problem(`the validation error does not name ${missing.join(', ')} in "errors" (got ${errors ? JSON.stringify(Object.keys(errors)) : 'no errors object'})`, from));
    }
  }
  return capped(op, found);
}

/**
 * The answers that refuse a request without valid credentials: 401, or for a
 * session route whose spec says so, a 302 to the login page.
 */
export function unauthenticatedStatuses(op: Operation): number[] {
  return ['401', '302'].filter((s) => s in op.responses).map(Number);
}

/**
 * ignored_auth: no token (or one no server issued) gets 401 (or the session
 * route's documented redirect, or the API's documented refusal: `expected`)
 * with the documented body.
 */
export function ignoredAuth(op: Operation, ex: Exchange, label: string, expected?: number): Problem[] {
  const s = ex.response.status;
  const wanted = expected !== undefined ? [expected] : unauthenticatedStatuses(op);
  const def = responseFor(op, wanted[0] ?? 401);
  const from = def?.provenance ?? op.provenance;
  if (!wanted.includes(s)) return capped(op, [problem(`${label}: expected ${wanted.join(' or ') || 401}, got ${s}${s >= 200 && s < 300 ? ' (the operation ignored authentication)' : ''}`, s >= 500 ? 'documented' : from)]);
  return responseSchemaConformance(op, ex).map((p) => ({ ...p, text: `${label}: ${p.text}` }));
}

/** Does a set of granted scopes satisfy one required scope? (admin:all and *, resource wildcards). */
export function grants(granted: readonly string[], required: string): boolean {
  const [prefix] = required.split(':');
  return granted.some((g) => g === required || g === 'admin:all' || g === '*' || g === `${prefix}:*`);
}

/**
 * missing_scope: a token without any of the operation's scopes gets 403,
 * with the documented body naming the scope it lacks.
 */
export function missingScope(op: Operation, ex: Exchange, tokenScopes?: readonly string[]): Problem[] {
  const s = ex.response.status;
  const from = responseFor(op, 403)?.provenance ?? op.provenance;
  if (s !== 403) {
    return capped(op, [problem(`a token without ${op.requiredScopes.join(' or ')} got ${s}, expected 403${s >= 200 && s < 300 ? ' (scope not enforced)' : ''}`, s >= 500 ? 'documented' : from)]);
  }
  const found = responseSchemaConformance(op, ex);
  const body = ex.response.json;
  if (isObject(body)) {
    if (typeof body.required_scope === 'string') {
      const named = body.required_scope.split(',').map((x) => x.trim()).filter(Boolean);
      const unknown = named.filter((n) => !op.requiredScopes.includes(n));
      if (named.length === 0 || unknown.length > 0) found.push(problem(`required_scope "${body.required_scope}" does not name the operation's scope (${op.requiredScopes.join(', ')})`, from));
    } else found.push(problem('body.required_scope is missing (scope errors name the scope they need)', from));
    if (!Array.isArray(body.available_scopes)) found.push(problem("body.available_scopes is missing (scope errors list the token's scopes)", from));
    else if (tokenScopes) {
      const got = new Set(body.available_scopes.map(String));
      if (got.size !== new Set(tokenScopes).size || tokenScopes.some((t) => !got.has(t))) {
        found.push(problem(`body.available_scopes ${JSON.stringify(body.available_scopes)} differs from the token's scopes ${JSON.stringify(tokenScopes)}`, from));
      }
    }
  }
  return capped(op, found);
}

/** missing_role: a regular user's token on an administrators-only route gets 403 with the documented body. */
export function missingRole(op: Operation, ex: Exchange): Problem[] {
  const s = ex.response.status;
  if (s !== 403) return capped(op, [problem(`a non-${op.requiredRole} user got ${s}, expected 403`, s >= 500 ? 'documented' : (responseFor(op, 403)?.provenance ?? op.provenance))]);
  return responseSchemaConformance(op, ex);
}
