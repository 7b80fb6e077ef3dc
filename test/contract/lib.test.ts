/** Offline unit tests of the contract-test library: flags, safety, schema conversion, checks, reports. */
import { describe, expect, it } from 'vitest';
import { CheckFailure, grants, missingScope, negativeDataRejection, paginationProblems, responseHeadersConformance, responseSchemaConformance, statusCodeConformance } from '../../contract-tests/lib/checks.js';
import { UsageError, buildConfig, helpText, parseFlags, toEnv, withEnv, FLAGS } from '../../contract-tests/lib/config.js';
import { dreddConfig } from '../../contract-tests/lib/dredd.js';
import type { Exchange } from '../../contract-tests/lib/http.js';
import { isLoopbackHost, isLoopbackUrl } from '../../contract-tests/lib/loopback.js';
import { schemaProblems, schemaView } from '../../contract-tests/lib/provenance.js';
import { dreddResults } from '../../contract-tests/lib/run-dredd.js';
import { buildRows, failed, findings, notRun, summaryLine, toJUnit, type CheckResult } from '../../contract-tests/lib/results.js';
import { toJsonSchema, validate } from '../../contract-tests/lib/schema.js';
import { loadSpec } from '../../contract-tests/lib/spec.js';

const spec = await loadSpec();

function exchange(status: number, body: unknown, headers: Record<string, string> = {}): Exchange {
  const text = body === undefined ? '' : JSON.stringify(body);
  return {
    request: { method: 'GET', url: 'http://127.0.0.1:1/x', headers: {} },
    response: { status, headers: { 'content-type': 'application/json', ...headers }, text, json: body },
    ms: 1,
    rateLimitRetries: 0,
  };
}

/** Host names that look like loopback to a prefix test but are names anyone can register. */
export const LOOPBACK_LOOKALIKES = ['127.example.com', '127.0.0.1.example.com', '127.0.0.1.nip.io', '127-0-0-1.example.net', 'localhost.example.com'];

describe('loopback check', () => {
  it('accepts only this machine', () => {
    for (const h of ['127.0.0.1', '127.8.9.10', 'localhost', 'api.localhost', '::1', '[::1]', '::ffff:127.0.0.1']) expect(isLoopbackHost(h), h).toBe(true);
    for (const h of ['10.0.0.1', '192.168.1.2', 'example.com', '0.0.0.0', '::', '128.0.0.1', ...LOOPBACK_LOOKALIKES]) expect(isLoopbackHost(h), h).toBe(false);
    expect(isLoopbackUrl('http://127.0.0.1:4010')).toBe(true);
    expect(isLoopbackUrl('https://tt.example.com')).toBe(false);
  });

  it('is the rule of both runners: the Dredd hooks write only where the suites do', () => {
    for (const host of ['127.0.0.1', 'localhost', '[::1]', ...LOOPBACK_LOOKALIKES]) {
      const url = `http://${host}:4010`;
      const env = { CONTRACT_BASE_URL: url, CONTRACT_TOKEN: 'tt_x' };
      const suites = buildConfig(withEnv({}, env), 'x');
      const dredd = dreddConfig(env);
      expect(dredd.writes, host).toBe(suites.writes);
      expect(dredd.writes, host).toBe(!LOOPBACK_LOOKALIKES.includes(host));
      // Standalone `npx dredd`: the target is Dredd's own endpoint, judged the same way.
      expect(dreddConfig({ CONTRACT_TOKEN: 'tt_x' }, { configuration: { endpoint: url } }).writes, host).toBe(suites.writes);
    }
    expect(dreddConfig({ CONTRACT_TOKEN: 'tt_x', CONTRACT_BASE_URL: 'http://127.example.com', CONTRACT_ALLOW_WRITES: '1' }).writes).toBe(true);
  });
});

describe('read-only guard', () => {
  it('refuses to send anything but GET in read-only mode, before any network access', async () => {
    const { HttpClient } = await import('../../contract-tests/lib/http.js');
    const client = new HttpClient('http://192.0.2.1:9', { admin: 't' }, { timeoutMs: 100, maxRateWaitS: 0, readOnlyReason: 'read-only mode' });
    for (const m of ['POST', 'PUT', 'PATCH', 'DELETE']) await expect(client.send(m, '/api/v1/projects')).rejects.toThrow('read-only mode');
  });
});

describe('rate limits', () => {
  it('waits out a 429 (Retry-After) and retries, recording how many it waited out', async () => {
    const { createServer } = await import('node:http');
    const { HttpClient } = await import('../../contract-tests/lib/http.js');
    let calls = 0;
    const srv = createServer((_req, res) => {
      calls++;
      if (calls === 1) res.writeHead(429, { 'Retry-After': '0', 'content-type': 'application/json' }).end('{"error":"Rate limit exceeded"}');
      else res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
    });
    await new Promise<void>((r) => srv.listen(0, '127.0.0.1', () => r()));
    const port = (srv.address() as { port: number }).port;
    try {
      const client = new HttpClient(`http://127.0.0.1:${port}`, { admin: 'tt_x' }, { timeoutMs: 2000, maxRateWaitS: 5 });
      const ex = await client.send('GET', '/api/v1/projects');
      expect(ex.response.status).toBe(200);
      expect(ex.rateLimitRetries).toBe(1);
      const none = new HttpClient(`http://127.0.0.1:${port}`, { admin: 'tt_x' }, { timeoutMs: 2000, maxRateWaitS: 5 });
      calls = 0;
      expect((await none.send('GET', '/x', { auth: 'none' })).response.status).toBe(429);
    } finally {
      srv.close();
    }
  });
});

describe('flags and configuration', () => {
  it('parses --name value, --name=value and booleans; rejects the rest', () => {
    expect(parseFlags(['--base-url', 'http://127.0.0.1:1', '--token=tt_x', '--allow-writes', '--timeout', '5'])).toEqual({ 'base-url': 'http://127.0.0.1:1', token: 'tt_x', 'allow-writes': true, timeout: 5 });
    expect(() => parseFlags(['--nope'])).toThrow(UsageError);
    expect(() => parseFlags(['--token'])).toThrow(/needs a value/);
    expect(() => parseFlags(['--timeout', 'soon'])).toThrow(/number/);
    expect(() => parseFlags(['positional'])).toThrow(/unexpected argument/);
    expect(parseFlags(['--readonly-token', 'tt_r'])).toEqual({ 'narrow-token': 'tt_r' });
  });

  it('requires a base URL and a token', () => {
    expect(() => buildConfig({}, 'x')).toThrow(/--base-url is required/);
    expect(() => buildConfig({ 'base-url': 'http://127.0.0.1:1' }, 'x')).toThrow(/--token is required/);
    expect(() => buildConfig({ 'base-url': 'ftp://x', token: 't' }, 'x')).toThrow(UsageError);
    expect(() => buildConfig({ 'base-url': 'http://127.0.0.1:1', token: 't', 'entry-date': '21/11/2026' }, 'x')).toThrow(/entry-date/);
  });

  it('takes the entry day and the run\'s "now" only when given, and checks them', () => {
    const c = (v: Record<string, string>) => buildConfig({ 'base-url': 'http://127.0.0.1:1', token: 't', ...v }, 'x');
    expect(c({}).entryDate).toBeUndefined();
    expect(c({}).now).toBeUndefined();
    expect(c({ 'entry-date': '2026-11-16', now: '2026-11-17T00:00:30Z' })).toMatchObject({ entryDate: '2026-11-16', now: Date.parse('2026-11-17T00:00:30Z') });
    expect(c({ now: '2026-11-17T00:00:30' }).now).toBe(Date.parse('2026-11-17T00:00:30Z'));
    for (const bad of ['tomorrow', '2026-11-17', '17/11/2026 10:00']) expect(() => c({ now: bad }), bad).toThrow(/--now must be an ISO 8601 datetime/);
    expect(buildConfig(withEnv({}, { CONTRACT_BASE_URL: 'http://127.0.0.1:1', CONTRACT_TOKEN: 't', CONTRACT_NOW: '2026-11-20T12:00:00Z' }), 'x').now).toBe(Date.parse('2026-11-20T12:00:00Z'));
  });

  it('writes only to loopback unless --allow-writes, never with --read-only', () => {
    const c = (v: Record<string, string | boolean>) => buildConfig({ token: 't', ...v }, 'x');
    expect(c({ 'base-url': 'http://127.0.0.1:4010' }).writes).toBe(true);
    expect(c({ 'base-url': 'https://tt.example.com' }).writes).toBe(false);
    expect(c({ 'base-url': 'https://tt.example.com' }).readOnlyReason).toMatch(/--allow-writes/);
    expect(c({ 'base-url': 'https://tt.example.com', 'allow-writes': true }).writes).toBe(true);
    expect(c({ 'base-url': 'http://127.0.0.1:4010', 'read-only': true }).writes).toBe(false);
    expect(c({ 'base-url': 'http://127.0.0.1:4010/api/v1/' }).baseUrl).toBe('http://127.0.0.1:4010');
  });

  it('round-trips through the environment the suites read', () => {
    const values = { 'base-url': 'http://127.0.0.1:9', token: 'tt_a', 'narrow-token': 'tt_n', 'narrow-scopes': 'read:projects', 'allow-writes': true, junit: 'x.xml' };
    const env = toEnv(values);
    expect(env).toMatchObject({ CONTRACT_BASE_URL: 'http://127.0.0.1:9', CONTRACT_TOKEN: 'tt_a', CONTRACT_READONLY_TOKEN: 'tt_n', CONTRACT_ALLOW_WRITES: 'true' });
    expect(Object.values(env)).not.toContain('x.xml');
    const back = buildConfig(withEnv({}, env), 'x');
    expect(back.narrowScopes).toEqual(['read:projects']);
    expect(back.narrowToken).toBe('tt_n');
  });

  it('documents every flag in --help', () => {
    const help = helpText();
    for (const f of FLAGS) expect(help).toContain(`--${f.name}`);
  });
});

describe('OpenAPI 3.0 -> JSON Schema', () => {
  it('turns nullable into a null type, also around allOf', () => {
    expect(toJsonSchema({ type: 'string', nullable: true })).toEqual({ type: ['string', 'null'] });
    expect(validate({ type: 'object', nullable: true, allOf: [{ type: 'object', required: ['id'] }] }, null)).toEqual([]);
    expect(validate({ type: 'object', nullable: true, allOf: [{ type: 'object', required: ['id'] }] }, {})).not.toEqual([]);
    expect(validate({ type: 'string', nullable: true, enum: ['a'] }, null)).toEqual([]);
  });
  it('converts boolean exclusiveMinimum and ignores example', () => {
    expect(validate({ type: 'number', minimum: 0, exclusiveMinimum: true, example: 3 }, 0)).not.toEqual([]);
    expect(validate({ type: 'number', minimum: 0, exclusiveMinimum: true }, 0.5)).toEqual([]);
  });
  it('validates every documented response schema of the spec without compile errors', () => {
    for (const op of spec.operations)
      for (const r of Object.values(op.responses)) for (const s of Object.values(r.content)) if (s) expect(() => validate(s, {}), op.operationId).not.toThrow();
  });
});

const texts = (ps: { text: string }[]) => ps.map((p) => p.text);

describe('checks', () => {
  const getProject = spec.op('getProject');
  const createClient = spec.op('createClient');

  it('status_code_conformance rejects undocumented and unexpected statuses, a 5xx anywhere', () => {
    expect(texts(statusCodeConformance(createClient, exchange(200, {})))[0]).toMatch(/not documented/);
    expect(statusCodeConformance(createClient, exchange(400, {}))[0]).toMatchObject({ text: expect.stringMatching(/not a documented success/), provenance: 'documented' });
    expect(statusCodeConformance(createClient, exchange(500, {}))[0]).toMatchObject({ text: expect.stringMatching(/server error/), provenance: 'documented' });
    // An operation this spec adds (updateClient: the documentation has no such operation) gives warnings only.
    expect(statusCodeConformance(spec.op('updateClient'), exchange(405, {}))[0].provenance).toBe('specified');
    // An observed route's own status (200 for a workday start, as the real server) is observed.
    expect(statusCodeConformance(spec.op('startWorkday'), exchange(201, {}), 200)[0].provenance).toBe('observed');
  });

  it('response_schema_conformance names the first difference, and where the broken expectation comes from', () => {
    const problems = responseSchemaConformance(getProject, exchange(200, { project: { id: 'x' } }));
    expect(texts(problems).join('\n')).toMatch(/body\/project/);
    expect(texts(responseSchemaConformance(getProject, { ...exchange(200, undefined), response: { status: 200, headers: { 'content-type': 'text/html' }, text: '<p>', json: undefined } }))[0]).toMatch(/Content-Type/);
  });

  it('response_headers_conformance wants the rate-limit headers all together (or none: no limit in force), as integers', () => {
    const ok = { 'x-ratelimit-limit': '100', 'x-ratelimit-remaining': '99', 'x-ratelimit-reset': '1767225660' };
    expect(responseHeadersConformance(getProject, exchange(200, {}, ok))).toEqual([]);
    expect(responseHeadersConformance(getProject, exchange(200, {}, {}))).toEqual([]);
    const { 'x-ratelimit-remaining': _drop, ...missing } = ok;
    const partial = responseHeadersConformance(getProject, exchange(200, {}, missing))[0];
    expect(partial.text).toMatch(/X-RateLimit-Remaining is missing .* which sends X-RateLimit-Limit, X-RateLimit-Reset \(the rate-limit headers come together\)/);
    // Some without the others: a limit is in force and the documented headers are not all there.
    expect(partial.provenance).toBe('documented');
    expect(texts(responseHeadersConformance(getProject, exchange(200, {}, { 'x-ratelimit-reset': '1767225660' })))[0]).toMatch(/X-RateLimit-Limit, X-RateLimit-Remaining is missing/);
    expect(texts(responseHeadersConformance(getProject, exchange(200, {}, { ...ok, 'x-ratelimit-limit': 'many' })))[0]).toMatch(/X-RateLimit-Limit/);
    // A limit of 0 is not a window: a server with limits off sends no headers instead.
    expect(texts(responseHeadersConformance(getProject, exchange(200, {}, { ...ok, 'x-ratelimit-limit': '0', 'x-ratelimit-remaining': '0' })))[0]).toMatch(/header X-RateLimit-Limit="0" must be >= 1/);
  });

  it('pagination problems catch a total that does not match the page', () => {
    const page = (total: number, n: number) => ({ items: Array.from({ length: n }, (_, i) => ({ id: i })), pagination: { page: 1, per_page: 2, total, pages: Math.ceil(total / 2), has_next: total > 2, has_prev: false, next_page: total > 2 ? 2 : null, prev_page: null } });
    expect(paginationProblems(page(1, 1), 'items', { page: 1, perPage: 2 })).toEqual([]);
    expect(paginationProblems(page(2, 1), 'items', { page: 1, perPage: 2 })[0]).toMatch(/implies 2/);
  });

  it('negative_data_rejection wants the rule\'s status and the documented error body; error_code is optional but a string', () => {
    const rule = { provenance: 'documented' as const, status: [404] };
    expect(texts(negativeDataRejection(getProject, exchange(200, {}), rule))[0]).toMatch(/accepted/);
    expect(negativeDataRejection(getProject, exchange(404, { error: 'x', message: 'x', error_code: 'not_found' }), rule)).toEqual([]);
    expect(negativeDataRejection(getProject, exchange(404, { error: 'x', message: 'x' }), rule)).toEqual([]);
    const bare = negativeDataRejection(getProject, exchange(404, { error: 'Project not found' }), rule);
    expect(bare[0]).toMatchObject({ text: expect.stringMatching(/message/), provenance: 'documented' });
    expect(negativeDataRejection(getProject, exchange(404, { error: 'x', message: 'x', error_code: 405 }), rule)[0]).toMatchObject({ text: expect.stringMatching(/error_code must be string/), provenance: 'documented' });
    expect(texts(negativeDataRejection(getProject, exchange(400, { error: 'x', message: 'x' }), rule))[0]).toMatch(/got 400, expected 404/);
    const fields = { provenance: 'documented' as const, status: [400], fields: ['project_id'], errorCode: 'validation_error' };
    const createTimeEntry = spec.op('createTimeEntry');
    expect(negativeDataRejection(createTimeEntry, exchange(400, { error: 'x', message: 'x', error_code: 'validation_error', errors: { project_id: ['required'] } }), fields)).toEqual([]);
    // The real server's answer (issue 13): a plain 400 without field errors.
    const real = texts(negativeDataRejection(createTimeEntry, exchange(400, { success: false, error: 'Either project or client must be selected', message: 'Either project or client must be selected', error_code: 'error' }), fields));
    expect(real).toEqual([expect.stringMatching(/error_code is "error", expected "validation_error"/), expect.stringMatching(/does not name project_id/)]);
  });

  it('missing_scope wants 403 naming a scope the operation accepts', () => {
    const op = spec.op('createProject');
    const body = { error: 'Insufficient permissions', message: 'm', error_code: 'forbidden', required_scope: 'write:projects', available_scopes: ['read:projects'] };
    expect(missingScope(op, exchange(403, body), ['read:projects'])).toEqual([]);
    expect(texts(missingScope(op, exchange(201, {})))[0]).toMatch(/scope not enforced/);
    expect(texts(missingScope(op, exchange(403, { ...body, required_scope: 'read:tasks' })))[0]).toMatch(/does not name/);
    expect(grants(['read:*'], 'read:projects')).toBe(true);
    expect(grants(['read:projects'], 'write:projects')).toBe(false);
  });

  it('a failure starts with the first difference that decides it, then the exchange; its kind follows the provenance', () => {
    const f = new CheckFailure('x', ['first', 'second'], exchange(500, { error: 'boom' }));
    expect(f.message.split('\n')[0]).toBe('first');
    expect(f.message).toContain('-> 500');
    expect(f.kind).toBe('deviation');
    const w = new CheckFailure('x', [{ text: 'stricter', provenance: 'specified' }, { text: 'seen', provenance: 'observed' }]);
    expect(w.kind).toBe('warning');
    expect(w.provenance).toBe('observed');
    expect(w.message.split('\n')[0]).toBe('(observed) seen');
    expect(new CheckFailure('x', [{ text: 'stricter', provenance: 'specified' }, { text: 'promised', provenance: 'documented' }]).message.split('\n')[0]).toBe('promised');
  });
});

describe('provenance of schema problems', () => {
  const listProjects = spec.op('listProjects');
  it('a documented field missing or mistyped is a deviation; an observed field missing is an observed warning', () => {
    const list = (p: Record<string, unknown>) => exchange(200, { projects: [p], pagination: { page: 1, per_page: 50, total: 1, pages: 1, has_next: false, has_prev: false, next_page: null, prev_page: null } });
    // Only the documented fields of the list example: every missing one is observed.
    const documentedOnly = { id: 1, name: 'x', description: null, client_id: 1, hourly_rate: null, estimated_hours: null, status: 'active', created_at: '2026-01-01T10:00:00' };
    const observed = responseSchemaConformance(listProjects, list(documentedOnly));
    expect(observed.length).toBeGreaterThan(0);
    expect(new Set(observed.map((p) => p.provenance))).toEqual(new Set(['observed']));
    const { name: _n, ...noName } = documentedOnly;
    const noNameProblems = responseSchemaConformance(listProjects, list(noName));
    expect(noNameProblems[0]).toMatchObject({ provenance: 'documented', text: expect.stringMatching(/name/) });
    expect(responseSchemaConformance(listProjects, list({ ...documentedOnly, id: 'x' }))[0]).toMatchObject({ provenance: 'documented', text: expect.stringMatching(/id/) });
  });
  it('a stricter constraint of this spec is a specified warning', () => {
    const search = spec.op('search');
    // The documented 400 of a short query: error, results, partial, errors. `message` is this spec's addition there.
    const ps = negativeDataRejection(search, exchange(400, { error: 'Query must be at least 2 characters', results: [], partial: false, errors: {} }), { provenance: 'documented', status: [400] });
    expect(ps).toEqual([{ text: expect.stringMatching(/message/), provenance: 'specified' }]);
  });
  it('views keep only the constraints of the allowed provenances', () => {
    const schema = { type: 'object', 'x-provenance': { self: 'documented', properties: 'observed' }, required: ['a', 'b'], properties: { a: { type: 'integer', 'x-provenance': 'documented' }, b: { type: 'string', maxLength: 2, 'x-provenance': { self: 'documented', maxLength: 'specified', required: 'observed' } } } };
    const documented = schemaView(schema, new Set(['documented']), 'documented');
    expect(documented.required).toEqual(['a']);
    expect((documented.properties as Record<string, Record<string, unknown>>).b).toMatchObject({ type: 'string' });
    expect((documented.properties as Record<string, Record<string, unknown>>).b.maxLength).toBeUndefined();
    expect(schemaProblems(schema, { a: 1, b: 'long' }, 'documented')).toEqual([{ text: 'body/b must NOT have more than 2 characters', provenance: 'specified' }]);
    expect(schemaProblems(schema, { a: 1 }, 'documented')).toEqual([{ text: "body must have required property 'b'", provenance: 'observed' }]);
    expect(schemaProblems(schema, { b: 'x' }, 'documented')).toEqual([{ text: "body must have required property 'a'", provenance: 'documented' }]);
  });
});

describe('report', () => {
  const results: CheckResult[] = [
    { runner: 'suites', id: 'getInfo', check: 'status_code_conformance', outcome: 'pass' },
    { runner: 'suites', id: 'getInfo', check: 'negative_data_rejection', outcome: 'skip', message: 'takes no input' },
    { runner: 'suites', id: 'listProjects', check: 'response_schema_conformance', outcome: 'deviation', provenance: 'documented', message: "body/projects/0 must have required property 'name'", detail: 'full <detail> & more' },
    { runner: 'dredd', id: 'listProjects', check: 'dredd 200 application/json', outcome: 'pass' },
    { runner: 'suites', id: 'createProject', check: 'status_code_conformance', outcome: 'skip', message: 'read-only mode' },
    { runner: 'suites', id: 'getHealth', check: 'status_code_conformance', outcome: 'skip', message: 'not selected (--only)' },
    { runner: 'suites', id: 'updateClient', check: 'status_code_conformance', outcome: 'warning', provenance: 'specified', message: '(specified) status 405 is not documented' },
    { runner: 'suites', id: 'createTransfer', check: 'status_code_conformance', outcome: 'skip', message: 'no stock item with stock' },
    { runner: 'suites', id: 'createTransfer', check: 'negative_data_rejection (required fields missing: 400)', outcome: 'pass' },
    { runner: 'suites', id: 'getTransfer', check: 'status_code_conformance', outcome: 'blocked', message: 'setup failed: prerequisite createTransfer failed' },
  ];
  const rows = buildRows(results, ['getInfo', 'listProjects', 'createProject', 'getHealth', 'updateClient', 'createTransfer', 'getTransfer']);
  it('gives one row per operation: deviation, warning, hollow (no valid check ran), could not run, skip', () => {
    expect(rows.map((r) => [r.id, r.outcome])).toEqual([
      ['getInfo', 'pass'],
      ['listProjects', 'deviation'],
      ['createProject', 'skip'],
      ['updateClient', 'warning'],
      ['createTransfer', 'hollow'],
      ['getTransfer', 'blocked'],
    ]);
    expect(rows[1].detail).toBe("response_schema_conformance: body/projects/0 must have required property 'name'");
    expect(rows[2].detail).toBe('read-only mode');
    expect(rows[4].detail).toBe('none of its valid-request checks ran: no stock item with stock');
    expect(summaryLine(rows)).toBe('1 passed, 1 deviation, 1 warning, 1 hollow, 1 could not run, 1 skipped');
    expect(failed(rows, false)).toBe(true);
    expect(failed(rows.filter((r) => r.outcome !== 'deviation' && r.outcome !== 'blocked'), false)).toBe(false);
    expect(failed(rows.filter((r) => r.outcome !== 'deviation' && r.outcome !== 'blocked'), true)).toBe(true);
    expect(findings(results).map((f) => [f.id, f.kind, f.provenance])).toEqual([['listProjects', 'deviation', 'documented'], ['updateClient', 'warning', 'specified']]);
    expect(notRun(results, rows).map((n) => n.id)).toEqual(['getInfo', 'createProject', 'createTransfer', 'getTransfer', 'createTransfer']);
  });
  it('writes well-formed JUnit XML: deviations fail, could-not-run errs, warnings pass with their verdict (fail with --strict), hollow operations are named', () => {
    const xml = toJUnit(results, 'http://127.0.0.1:1', { rows });
    expect(xml).toContain('<testsuite name="suites" tests="10" failures="1" errors="1" skipped="5"');
    expect(xml).toContain('<failure type="deviation"');
    expect(xml).toContain('full &lt;detail&gt; &amp; more');
    expect(xml).toContain('<error type="could not run"');
    expect(xml).toContain('<property name="verdict" value="warning"/>');
    expect(xml).toContain('name="createTransfer › hollow"');
    expect(xml).toContain('<testsuite name="dredd" tests="1"');
    expect(toJUnit(results, 'x', { strict: true, rows })).toContain('<failure type="warning"');
  });
});

describe('Dredd results', () => {
  const tx = (operationId: string, outcome: 'pass' | 'fail' | 'skip', message = '') => ({ operationId, name: `${operationId} > 200 > application/json`, outcome, message });
  it('a run killed midway says how many of its transactions it reported', () => {
    const { results } = dreddResults({ results: [tx('getInfo', 'pass'), tx('listProjects', 'pass')], expected: 67, waitedMs: 0, warnings: [] }, '', null, spec);
    expect(results.at(-1)).toMatchObject({ id: '(dredd)', outcome: 'blocked', message: 'Dredd stopped before its last hook: reported 2 of 67 transactions (exit null)' });
    expect(dreddResults(undefined, 'Error: boom', 1, spec).results).toEqual([expect.objectContaining({ outcome: 'blocked', message: expect.stringMatching(/produced no results \(exit 1\): Error: boom/) })]);
  });
  it('classifies failures by the provenance of the documented success answer; a 5xx and a failed prerequisite as such', () => {
    const { results } = dreddResults(
      {
        results: [
          tx('listProjects', 'fail', 'body: missing name'),
          tx('listFavoriteProjects', 'fail', 'body: missing favorites'),
          tx('updateClient', 'fail', "statusCode: Expected status code '200', but got '405'."),
          tx('getClient', 'fail', 'statusCode: ... (got 500 for GET /api/v1/clients/3)'),
          tx('createTransfer', 'fail', 'setup failed: no stock'),
        ],
        complete: true,
        waitedMs: 0,
        warnings: [],
      },
      '',
      0,
      spec,
    );
    expect(results.map((r) => [r.id, r.outcome, r.provenance])).toEqual([
      ['listProjects', 'deviation', 'documented'],
      ['listFavoriteProjects', 'warning', 'observed'],
      ['updateClient', 'warning', 'specified'],
      ['getClient', 'deviation', 'documented'],
      ['createTransfer', 'blocked', 'documented'],
    ]);
  });
});
