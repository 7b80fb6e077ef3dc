/**
 * Every operation of the spec, checked against the target:
 * - with valid input: status_code_conformance, response_schema_conformance,
 *   response_headers_conformance (and pagination_conformance for lists);
 * - with each documented input the valid request does not send: documented_input (<name>);
 * - with each invalid input, naming the rule it tests: negative_data_rejection (<rule>);
 * - without a token / with a token no server issued: ignored_auth;
 * - with a token lacking the scope: missing_scope; with a non-admin user on
 *   admin routes: missing_role.
 * Session routes get the web session (--username/--password) instead of a token.
 */
import { afterAll, beforeAll } from 'vitest';
import { casesById, contractKit, type FixtureSet } from '../apis.js';
import { defaultProbe, documentsInputErrors, inputCheck, negativeCheckOf, negativesOf, type CaseArgs, type OperationCase } from '../lib/case.js';
import {
  CheckFailure,
  SkipCheck,
  capped,
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
  type Problem,
} from '../lib/checks.js';
import { Ctx, sessionOnly } from '../lib/context.js';
import type { Exchange, OpRequest } from '../lib/http.js';
import { problem, problems } from '../lib/provenance.js';
import { operationSkip } from '../lib/select.js';
import { isObject, isPaginatedList, type Operation } from '../lib/spec.js';
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

/** Undo what a request created; a failing cleanup is a warning of the run, not of the check. */
async function undo(op: Operation, after: ((a: CaseArgs<FixtureSet>, ex: Exchange) => Promise<void>) | undefined, c: Ctx, ex: Exchange, what: string): Promise<void> {
  if (!after) return;
  try {
    await after({ c, fx }, ex);
  } catch (error) {
    c.warnings.push(`${op.operationId}: cleanup after ${what} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

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
  await undo(op, k.after, c, ex, 'the valid request');
  return ex;
}

function validExchange(op: Operation): Exchange {
  const r = validResults.get(op.operationId);
  if (!r) throw new SkipCheck('the valid request was not made (status_code_conformance did not run)');
  if ('skip' in r) throw new SkipCheck(r.skip);
  if ('error' in r) throw r.error;
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

/** The documented page size limit of a list (its `per_page` maximum), if any. */
function perPageMax(op: Operation): number | undefined {
  const p = op.parameters.find((x) => x.in === 'query' && x.name === 'per_page');
  return typeof p?.schema?.maximum === 'number' ? p.schema.maximum : undefined;
}

/** Default documented page size (`per_page` default). */
function perPageDefault(op: Operation): number | undefined {
  const p = op.parameters.find((x) => x.in === 'query' && x.name === 'per_page');
  return typeof p?.schema?.default === 'number' ? p.schema.default : undefined;
}

/** `params`: the path parameters of a list under a row (a webhook's deliveries pages one row's list). */
async function pagination(op: Operation, k: OperationCase<string, FixtureSet>, key: string, c: Ctx, params?: Record<string, number>): Promise<void> {
  const id = op.operationId;
  const perPage = 2;
  const base = { ...(k.pageQuery ?? {}) };
  const page = async (query: Record<string, string | number>, what: string): Promise<Exchange> => {
    const ex = await c.call(id, { params, query: { ...base, ...query } });
    if (ex.response.status !== 200) throw new CheckFailure('pagination_conformance', capped(op, [problem(`${what} answered ${ex.response.status}, expected 200`, ex.response.status >= 500 ? 'documented' : op.provenance)]), ex);
    return ex;
  };
  const first = await page({ per_page: perPage, page: 1 }, 'page 1');
  expectConforms('pagination_conformance', capped(op, problems(paginationProblems(first.response.json, key, { page: 1, perPage }), 'documented')), first);
  const p = (first.response.json as { pagination: { pages: number; total: number } }).pagination;
  let lastPage = 1;
  if (p.pages > 1) {
    lastPage = p.pages;
    const last = await page({ per_page: perPage, page: lastPage }, `the last page (${lastPage})`);
    const found = paginationProblems(last.response.json, key, { page: lastPage, perPage });
    const lp = (last.response.json as { pagination?: { total?: number } }).pagination;
    if (lp?.total !== p.total) found.push(`pagination.total is ${p.total} on page 1 but ${String(lp?.total)} on page ${lastPage}`);
    const firstIds = itemIds(first.response.json, key);
    const dup = itemIds(last.response.json, key).filter((x) => firstIds.includes(x));
    if (dup.length > 0) found.push(`item(s) ${dup.map(String).join(', ')} appear on page 1 and on page ${lastPage}`);
    expectConforms('pagination_conformance', capped(op, problems(found, 'documented')), last);
  }
  // Past the end: an empty page (the real server's behaviour; the documentation does not say).
  const past = await c.call(id, { params, query: { ...base, per_page: perPage, page: lastPage + 1 } });
  const pastProblems: Problem[] =
    past.response.status !== 200
      ? [problem(`a page past the end (${lastPage + 1}) answered ${past.response.status}, expected 200 with no items`, past.response.status >= 500 ? 'documented' : 'observed')]
      : problems(paginationProblems(past.response.json, key, { page: lastPage + 1, perPage }), 'observed');
  expectConforms('pagination_conformance', capped(op, pastProblems), past);
  if (!isPaginatedList(op)) return;
  // The documented page size: 50 when not asked, at most 100 however many are asked for.
  const def = perPageDefault(op);
  if (def !== undefined) {
    const plain = await page({}, 'the list without per_page');
    const got = (plain.response.json as { pagination?: { per_page?: unknown } }).pagination?.per_page;
    if (got !== def) expectConforms('pagination_conformance', capped(op, [problem(`pagination.per_page is ${JSON.stringify(got)} without per_page, the documented default is ${def}`, 'documented')]), plain);
  }
  const max = perPageMax(op);
  if (max !== undefined) {
    const many = await page({ per_page: max + 50, page: 1 }, `per_page=${max + 50}`);
    const body = many.response.json as { pagination?: { per_page?: unknown } } & Record<string, unknown>;
    const got = body.pagination?.per_page;
    const items = Array.isArray(body[key]) ? (body[key] as unknown[]).length : 0;
    const found: Problem[] = [];
    if (typeof got !== 'number' || got > max) found.push(problem(`pagination.per_page is ${JSON.stringify(got)} for per_page=${max + 50}, the documented maximum is ${max}`, 'documented'));
    if (items > max) found.push(problem(`${items} items on one page, the documented maximum is ${max}`, 'documented'));
    expectConforms('pagination_conformance', capped(op, found), many);
  }
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
      await pagination(op, k, key, c, k.pagePath ? await k.pagePath({ c, fx }) : undefined);
    });
  }

  for (const input of k?.inputs ?? []) {
    check(root, id, inputCheck(input), gate, async (c) => {
      const ex = await c.call(id, await input.request({ c, fx }));
      const ok = ex.response.status === input.expectStatus;
      await undo(op, input.after ?? k?.after, c, ex, inputCheck(input));
      const found: Problem[] = ok
        ? ((await input.verify?.({ c, fx }, ex)) ?? [])
        : [problem(`expected ${input.expectStatus}, got ${ex.response.status}`, ex.response.status >= 500 ? 'documented' : input.provenance)];
      expectConforms(inputCheck(input), capped(op, found), ex);
    });
  }

  const negatives = k ? negativesOf(k, op) : [];
  if (negatives.length === 0) {
    check(root, id, 'negative_data_rejection', gate, async () => {
      if (!k) return missingCase();
      throw new SkipCheck(k.noBad ?? (documentsInputErrors(op) ? 'no invalid input defined' : 'the spec documents no 4xx for invalid input'));
    });
  }
  for (const n of negatives) {
    const name = negativeCheckOf(n);
    check(root, id, name, gate, async (c) => {
      const ex = await c.call(id, await n.request({ c, fx }));
      if (ex.response.status < 300) await undo(op, n.after ?? k?.after, c, ex, `the wrongly accepted ${name}`);
      expectConforms(name, negativeDataRejection(op, ex, n), ex);
    });
  }

  check(root, id, 'ignored_auth', gate, async (c) => {
    if (!k) return missingCase();
    if (!op.authenticated) throw new SkipCheck('the operation needs no token (security: [])');
    const req = await probeRequest(op, k, c);
    const none = await c.call(id, { ...req, auth: 'none' });
    expectConforms('ignored_auth', ignoredAuth(op, none, sessionOnly(op) ? 'no session' : 'no token', kit.authRefusal?.none), none);
    const invalid = await c.call(id, { ...req, auth: 'invalid' });
    expectConforms('ignored_auth', ignoredAuth(op, invalid, sessionOnly(op) ? 'a session no server issued' : 'a token no server issued', kit.authRefusal?.invalid), invalid);
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
      throw new SkipCheck("the operation needs a read scope and the narrow token's scopes are unknown (pass --narrow-scopes)");
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
