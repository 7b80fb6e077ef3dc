/**
 * Every operation of openapi.yaml, checked against the target:
 * - with valid input: status_code_conformance, response_schema_conformance,
 *   response_headers_conformance (and pagination_conformance for lists);
 * - with invalid input: negative_data_rejection;
 * - without a token / with a token no server issued: ignored_auth;
 * - with a token lacking the scope: missing_scope; with a non-admin user on
 *   admin routes: missing_role.
 */
import { afterAll, beforeAll } from 'vitest';
import { casesById, contractKit, type FixtureSet } from '../apis.js';
import { defaultProbe, documentsInputErrors, type OperationCase } from '../lib/case.js';
import {
  CheckFailure,
  SkipCheck,
  expectConforms,
  grants,
  ignoredAuth,
  itemIds,
  missingRole,
  missingScope,
  negativeDataRejection,
  paginationProblems,
  responseHeadersConformance,
  responseSchemaConformance,
  statusCodeConformance,
} from '../lib/checks.js';
import { Ctx } from '../lib/context.js';
import type { Exchange, OpRequest } from '../lib/http.js';
import { operationSkip } from '../lib/select.js';
import { isObject, type Operation } from '../lib/spec.js';
import { check, loadTarget, reportWarnings } from './harness.js';

const { config, spec } = await loadTarget();
// Time entries go into free time of the entry day (lib/room.ts), read when the fixtures are set up.
const root = Ctx.create(config, spec);
// The API's cases and fixtures (--api; TimeTracker by default).
const kit = contractKit(config.api);
const CASES = casesById(kit);
const fx = kit.fixtures(root);

beforeAll(async () => {
  await fx.setup();
}, 600_000);

afterAll(async () => {
  await fx.teardown();
  reportWarnings(root);
}, 600_000);

type ValidResult = { ex: Exchange } | { skip: string } | { error: unknown };
const validResults = new Map<string, ValidResult>();

async function runValid(op: Operation, k: OperationCase<string, FixtureSet>, c: Ctx): Promise<Exchange> {
  if (!k.valid) throw new SkipCheck('no valid input defined for this operation');
  let req: OpRequest;
  try {
    req = await k.valid({ c, fx });
  } catch (error) {
    if (error instanceof SkipCheck) validResults.set(op.operationId, { skip: error.reason });
    else validResults.set(op.operationId, { error });
    throw error;
  }
  let ex: Exchange;
  try {
    ex = await c.call(op.operationId, req);
  } catch (error) {
    validResults.set(op.operationId, { error });
    throw error;
  }
  validResults.set(op.operationId, { ex });
  if (k.after) {
    try {
      await k.after({ c, fx }, ex);
    } catch (error) {
      c.warnings.push(`${op.operationId}: cleanup after the valid request failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return ex;
}

function validExchange(op: Operation): Exchange {
  const r = validResults.get(op.operationId);
  if (!r) throw new SkipCheck('the valid request was not made (status_code_conformance did not run)');
  if ('skip' in r) throw new SkipCheck(r.skip);
  if ('error' in r) throw new CheckFailure('valid request', [`the valid request could not be made: ${r.error instanceof Error ? r.error.message : String(r.error)}`]);
  return r.ex;
}

async function probeRequest(op: Operation, k: OperationCase<string, FixtureSet>, c: Ctx): Promise<OpRequest> {
  return k.probe ? k.probe({ c, fx }) : defaultProbe(op);
}

function hasPagination(op: Operation): string | undefined {
  const schema = op.responses['200']?.content['application/json'];
  if (op.method !== 'GET' || !isObject(schema) || !isObject(schema.properties) || !('pagination' in schema.properties)) return undefined;
  for (const [k, v] of Object.entries(schema.properties)) if (k !== 'pagination' && isObject(v) && v.type === 'array') return k;
  return undefined;
}

for (const op of spec.operations) {
  const id = op.operationId;
  const k = CASES.get(id);
  const gate = operationSkip(config, op) ?? k?.skip;
  const missingCase = async (): Promise<void> => {
    throw new CheckFailure('coverage', [`no case for ${id} in contract-tests/cases (every operation needs one, or an explicit skip)`]);
  };

  check(root, id, 'status_code_conformance', gate, async (c) => {
    if (!k) return missingCase();
    const ex = await runValid(op, k, c);
    expectConforms('status_code_conformance', statusCodeConformance(op, ex, k.expectStatus), ex);
  });

  check(root, id, 'response_schema_conformance', gate, async () => {
    if (!k) return missingCase();
    const ex = validExchange(op);
    expectConforms('response_schema_conformance', responseSchemaConformance(op, ex), ex);
  });

  check(root, id, 'response_headers_conformance', gate, async () => {
    if (!k) return missingCase();
    const ex = validExchange(op);
    expectConforms('response_headers_conformance', responseHeadersConformance(op, ex), ex);
  });

  const key = hasPagination(op);
  if (key) {
    check(root, id, 'pagination_conformance', gate, async (c) => {
      if (!k) return missingCase();
      const perPage = 2;
      const base = { ...(k.pageQuery ?? {}) };
      const first = await c.call(id, { query: { ...base, per_page: perPage, page: 1 } });
      if (first.response.status !== 200) throw new CheckFailure('pagination_conformance', [`page 1 answered ${first.response.status}, expected 200`], first);
      expectConforms('pagination_conformance', paginationProblems(first.response.json, key, { page: 1, perPage }), first);
      const p = (first.response.json as { pagination: { pages: number; total: number } }).pagination;
      let lastPage = 1;
      if (p.pages > 1) {
        lastPage = p.pages;
        const last = await c.call(id, { query: { ...base, per_page: perPage, page: lastPage } });
        if (last.response.status !== 200) throw new CheckFailure('pagination_conformance', [`the last page (${lastPage}) answered ${last.response.status}, expected 200`], last);
        const problems = paginationProblems(last.response.json, key, { page: lastPage, perPage });
        const lp = (last.response.json as { pagination?: { total?: number } }).pagination;
        if (lp?.total !== p.total) problems.push(`pagination.total is ${p.total} on page 1 but ${String(lp?.total)} on page ${lastPage}`);
        const firstIds = itemIds(first.response.json, key);
        const dup = itemIds(last.response.json, key).filter((x) => firstIds.includes(x));
        if (dup.length > 0) problems.push(`item(s) ${dup.map(String).join(', ')} appear on page 1 and on page ${lastPage}`);
        expectConforms('pagination_conformance', problems, last);
      }
      const past = await c.call(id, { query: { ...base, per_page: perPage, page: lastPage + 1 } });
      if (past.response.status !== 200) throw new CheckFailure('pagination_conformance', [`a page past the end (${lastPage + 1}) answered ${past.response.status}, expected 200 with no items`], past);
      expectConforms('pagination_conformance', paginationProblems(past.response.json, key, { page: lastPage + 1, perPage }), past);
    });
  }

  check(root, id, 'negative_data_rejection', gate, async (c) => {
    if (!k) return missingCase();
    if (!k.bad) throw new SkipCheck(k.noBad ?? (documentsInputErrors(op) ? 'no invalid input defined' : 'the spec documents no 4xx for invalid input'));
    const ex = await c.call(id, await k.bad({ c, fx }));
    if (ex.response.status < 300 && k.after) await k.after({ c, fx }, ex);
    expectConforms('negative_data_rejection', negativeDataRejection(op, ex, k.badStatus), ex);
  });

  check(root, id, 'ignored_auth', gate, async (c) => {
    if (!k) return missingCase();
    if (!op.authenticated) throw new SkipCheck('the operation needs no token (security: [])');
    const req = await probeRequest(op, k, c);
    const refusal = kit.authRefusal ?? { none: 401, invalid: 401 };
    const none = await c.call(id, { ...req, auth: 'none' });
    expectConforms('ignored_auth', ignoredAuth(op, none, 'no token', refusal.none), none);
    const invalid = await c.call(id, { ...req, auth: 'invalid' });
    expectConforms('ignored_auth', ignoredAuth(op, invalid, 'a token no server issued', refusal.invalid), invalid);
  });

  check(root, id, 'missing_scope', gate, async (c) => {
    if (!k) return missingCase();
    if (op.requiredScopes.length === 0) throw new SkipCheck(op.authenticated ? 'the operation needs no scope' : 'the operation needs no token');
    if (!config.narrowToken) throw new SkipCheck('no --narrow-token given (a token lacking the write scopes)');
    const scopes = config.narrowScopes;
    if (scopes) {
      const held = op.requiredScopes.filter((s) => grants(scopes, s));
      if (held.length > 0) throw new SkipCheck(`the narrow token holds ${held.join(', ')}, which this operation accepts`);
    } else if (!op.requiredScopes.every((s) => s.startsWith('write:') || s.startsWith('admin:'))) {
      throw new SkipCheck('the operation needs a read scope and the narrow token\'s scopes are unknown (pass --narrow-scopes)');
    }
    const ex = await c.call(id, { ...(await probeRequest(op, k, c)), auth: 'narrow' });
    expectConforms('missing_scope', missingScope(op, ex, scopes), ex);
  });

  if (op.requiredRole) {
    check(root, id, 'missing_role', gate, async (c) => {
      if (!k) return missingCase();
      if (!config.userToken && !config.basic?.user) {
        throw new SkipCheck(config.basic ? `no --user-username/--user-password given (a regular user's credentials)` : `no --user-token given (a non-${op.requiredRole} user's token)`);
      }
      const ex = await c.call(id, { ...(await probeRequest(op, k, c)), auth: 'user' });
      expectConforms('missing_role', missingRole(op, ex), ex);
    });
  }
}
