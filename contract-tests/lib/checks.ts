/**
 * The checks, named after what they check (the names Schemathesis made
 * familiar). Each takes the operation and what the server answered and
 * returns the problems found, worst first; an empty list means it conforms.
 * `expectConforms` turns problems into a failure whose first line is the
 * first difference, followed by the exchange.
 */
import { describeExchange, type Exchange } from './http.js';
import { validate } from './schema.js';
import { isObject, listKey, responseFor, successStatuses, type JsonObject, type Operation } from './spec.js';

export const CHECKS = [
  'status_code_conformance',
  'response_schema_conformance',
  'response_headers_conformance',
  'pagination_conformance',
  'negative_data_rejection',
  'ignored_auth',
  'missing_scope',
  'missing_role',
  'stateful_flow',
] as const;
export type CheckName = (typeof CHECKS)[number];

/** A check found a difference. `message` starts with the first difference. */
export class CheckFailure extends Error {
  constructor(
    readonly check: string,
    readonly problems: string[],
    readonly exchange?: Exchange,
  ) {
    const more = problems.length > 1 ? `\n  (+${problems.length - 1} more: ${problems.slice(1, 6).join('; ')})` : '';
    super(`${problems[0]}${more}${exchange ? `\n${describeExchange(exchange)}` : ''}`);
    this.name = 'CheckFailure';
  }
}

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
 * without free time). A failure of the run's setup, reported as a failure
 * with its reason, never as a silent skip.
 */
export class SetupError extends Error {
  constructor(readonly reason: string) {
    super(`setup failed: ${reason}`);
    this.name = 'SetupError';
  }
}

export function expectConforms(check: string, problems: string[], exchange?: Exchange): void {
  if (problems.length > 0) throw new CheckFailure(check, problems, exchange);
}

const documented = (op: Operation): string => Object.keys(op.responses).join(', ');

/**
 * status_code_conformance: a valid request gets a documented success status
 * (`expected` when the case names one).
 */
export function statusCodeConformance(op: Operation, ex: Exchange, expected?: number): string[] {
  const s = ex.response.status;
  if (!responseFor(op, s)) return [`status ${s} is not documented for ${op.operationId} (documented: ${documented(op)})`];
  if (expected !== undefined && s !== expected) return [`expected status ${expected} for a valid request, got ${s}`];
  if (s < 200 || s >= 300) return [`a valid request got ${s}, not a documented success status (${successStatuses(op).join(', ')})`];
  return [];
}

/** response_schema_conformance: content type and body match the schema documented for the status. */
export function responseSchemaConformance(op: Operation, ex: Exchange): string[] {
  const s = ex.response.status;
  const def = responseFor(op, s);
  if (!def) return [`status ${s} is not documented for ${op.operationId}, so there is no schema to hold the body to`];
  const mediaTypes = Object.keys(def.content);
  if (mediaTypes.length === 0) return [];
  const ct = (ex.response.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  const mt = mediaTypes.find((m) => m.toLowerCase() === ct) ?? (ct.endsWith('+json') ? mediaTypes.find((m) => m === 'application/json') : undefined);
  if (!mt) return [`Content-Type "${ct || '(none)'}" is not documented for ${s} (documented: ${mediaTypes.join(', ')})`];
  const schema = def.content[mt];
  if (!schema) return [];
  if (mt.includes('json')) {
    if (ex.response.jsonError) return [`body is not JSON: ${ex.response.jsonError}`];
    if (ex.response.text.length === 0) return ['body is empty, a JSON body is documented'];
    return validate(schema, ex.response.json);
  }
  return [];
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
 * all, and declared headers that are present match their schema.
 */
export function responseHeadersConformance(op: Operation, ex: Exchange): string[] {
  const def = responseFor(op, ex.response.status);
  if (!def) return [];
  const problems: string[] = [];
  const groups = new Map<string, { sent: string[]; missing: string[] }>();
  for (const [name, h] of Object.entries(def.headers)) {
    const raw = ex.response.headers[name.toLowerCase()];
    if (h.group) {
      const g = groups.get(h.group) ?? { sent: [], missing: [] };
      (raw === undefined ? g.missing : g.sent).push(name);
      groups.set(h.group, g);
    }
    if (raw === undefined) {
      if (h.required) problems.push(`required header ${name} is missing from the ${ex.response.status} response`);
      continue;
    }
    if (h.schema) problems.push(...validate(h.schema, headerValue(h.schema, raw), `header ${name}=${JSON.stringify(raw)}`));
  }
  for (const [group, g] of groups) {
    if (g.sent.length > 0 && g.missing.length > 0) {
      problems.unshift(`header ${g.missing.join(', ')} is missing from the ${ex.response.status} response, which sends ${g.sent.join(', ')} (the ${group} headers come together)`);
    }
  }
  return problems;
}

/** The `pagination` object must agree with itself and with the page it came with. */
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
  const problems: string[] = [];
  if (requested?.page !== undefined && page !== requested.page) problems.push(`pagination.page is ${page}, page ${requested.page} was asked for`);
  if (requested?.perPage !== undefined && perPage !== requested.perPage) problems.push(`pagination.per_page is ${perPage}, ${requested.perPage} was asked for`);
  const expectedPages = Math.ceil(total / perPage);
  if (pages !== expectedPages && !(total === 0 && pages === 1)) problems.push(`pagination.pages is ${pages}, ceil(total ${total} / per_page ${perPage}) is ${expectedPages}`);
  const expectedCount = Math.max(0, Math.min(perPage, total - (page - 1) * perPage));
  if (items.length !== expectedCount) {
    problems.push(`page ${page} holds ${items.length} item(s) but pagination.total ${total} with per_page ${perPage} implies ${expectedCount}`);
  }
  if (items.length > perPage) problems.push(`page holds ${items.length} items, more than per_page ${perPage}`);
  const lastPage = Math.max(pages, 1);
  if (hasNext !== page < lastPage) problems.push(`pagination.has_next is ${String(hasNext)} on page ${page} of ${pages}`);
  if (hasPrev !== page > 1) problems.push(`pagination.has_prev is ${String(hasPrev)} on page ${page}`);
  if (next !== (page < lastPage ? page + 1 : null)) problems.push(`pagination.next_page is ${JSON.stringify(next)} on page ${page} of ${pages}`);
  if (prev !== (page > 1 ? page - 1 : null)) problems.push(`pagination.prev_page is ${JSON.stringify(prev)} on page ${page}`);
  return problems;
}

/** Ids of the items of a list page (for duplicate detection). */
export function itemIds(body: unknown, key: string): unknown[] {
  if (!isObject(body) || !Array.isArray(body[key])) return [];
  return (body[key] as unknown[]).map((it) => (isObject(it) ? (it.id ?? it.reference_id ?? JSON.stringify(it)) : it));
}

export { listKey };

/**
 * negative_data_rejection: invalid input is refused with a documented 4xx
 * whose body is the documented error.
 */
export function negativeDataRejection(op: Operation, ex: Exchange, expected?: number[]): string[] {
  const s = ex.response.status;
  if (s >= 200 && s < 300) return [`invalid input was accepted with ${s}; a documented 4xx was expected`];
  if (s < 400 || s >= 500) return [`invalid input got ${s}; a documented 4xx was expected`];
  if (!responseFor(op, s)) return [`invalid input got ${s}, which is not documented for ${op.operationId} (documented: ${documented(op)})`];
  if (expected && !expected.includes(s)) return [`invalid input got ${s}, expected ${expected.join(' or ')}`];
  return responseSchemaConformance(op, ex);
}

/** ignored_auth: no token (or a token no server issued) gets 401 (or the API's documented refusal) with the documented error body. */
export function ignoredAuth(op: Operation, ex: Exchange, label: string, expected = 401): string[] {
  const s = ex.response.status;
  if (s !== expected) return [`${label}: expected ${expected}, got ${s}${s >= 200 && s < 300 ? ' (the operation ignored authentication)' : ''}`];
  if (!responseFor(op, expected)) return [`${label}: ${expected} is not documented for ${op.operationId}`];
  return responseSchemaConformance(op, ex).map((p) => `${label}: ${p}`);
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
export function missingScope(op: Operation, ex: Exchange, tokenScopes?: readonly string[]): string[] {
  const s = ex.response.status;
  if (s !== 403) {
    return [`a token without ${op.requiredScopes.join(' or ')} got ${s}, expected 403${s >= 200 && s < 300 ? ' (scope not enforced)' : ''}`];
  }
  const problems = responseSchemaConformance(op, ex);
  const body = ex.response.json;
  if (isObject(body)) {
    if (typeof body.required_scope === 'string') {
      const named = body.required_scope.split(',').map((x) => x.trim()).filter(Boolean);
      const unknown = named.filter((n) => !op.requiredScopes.includes(n));
      if (named.length === 0 || unknown.length > 0) problems.push(`required_scope "${body.required_scope}" does not name the operation's scope (${op.requiredScopes.join(', ')})`);
    } else problems.push('body.required_scope is missing (scope errors name the scope they need)');
    if (!Array.isArray(body.available_scopes)) problems.push('body.available_scopes is missing (scope errors list the token\'s scopes)');
    else if (tokenScopes) {
      const got = new Set(body.available_scopes.map(String));
      if (got.size !== new Set(tokenScopes).size || tokenScopes.some((t) => !got.has(t))) {
        problems.push(`body.available_scopes ${JSON.stringify(body.available_scopes)} differs from the token's scopes ${JSON.stringify(tokenScopes)}`);
      }
    }
  }
  return problems;
}

/** missing_role: a regular user's token on an administrators-only route gets 403 with the documented body. */
export function missingRole(op: Operation, ex: Exchange): string[] {
  const s = ex.response.status;
  if (s !== 403) return [`a non-${op.requiredRole} user got ${s}, expected 403`];
  return responseSchemaConformance(op, ex);
}
