/**
 * `Prefer` (and the `__code`-style query fallbacks) with Prism's semantics,
 * for every response the spec documents: `code=` picks a documented status,
 * `example=` a named example (of the success status without `code=`),
 * `dynamic=true` a body generated from the schema, deterministic under the
 * seed; a preference that cannot be honoured is a 422 (it does not parse) or
 * a 404 (the spec does not document it), and an honoured one is named in
 * `Preference-Applied`. Straight through the engine (MSW and the node server
 * call the same `handle`), strict, so every non-deliberate answer is checked.
 */
import { describe, expect, it } from 'vitest';
import { createClock } from '../../src/core/clock.js';
import { validatorFor } from '../../src/core/schema.js';
import { createEngine } from '../../src/node.js';

const NOW = Date.parse('2026-01-15T09:00:00Z');
const engine = createEngine({ seed: 1, strict: true, throttle: 'off', clock: createClock({ frozenAt: NOW }) });
const admin = engine.tokens().find((t) => t.is_active && t.scopes.includes('admin:all'))!.token;

const sessionPaths = new Set(engine.operations.filter((o) => o.sessionRoute).map((o) => o.path));

interface Sent {
  status: number;
  headers: Record<string, string>;
  body: any;
}
async function send(method: string, url: string, headers: Record<string, string> = {}, body?: unknown, on = engine): Promise<Sent> {
  const [path, search = ''] = url.split('?');
  const res = await on.handle({
    method,
    path,
    search,
    // Session routes take the web session cookie, not a token (as the real server: a token gets the 302 to /login).
    headers: { ...(sessionPaths.has(path) ? { cookie: `session=${admin}` } : { authorization: `Bearer ${admin}` }), ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const raw = res.body;
  const text = raw instanceof Uint8Array ? new TextDecoder().decode(raw) : raw; // the read cache's encoded answers
  // JSON, or the text of the web pages (the login form and its refusals are HTML).
  const decoded = typeof text === 'string' && /json/.test(res.headers['content-type'] ?? res.headers['Content-Type'] ?? 'application/json') ? JSON.parse(text) : text;
  return { status: res.status, headers: res.headers, body: decoded };
}
/** The operation's path with `1` for each parameter (the first value of one that is an enum: a page size). */
const pathOf = (op: (typeof engine.operations)[number]) =>
  op.path.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const values = op.params.find((p) => p.in === 'path' && p.name === name)?.schema.enum;
    return Array.isArray(values) ? String(values[0]) : '1';
  });
/** The operation's URL with its required query parameters (their documented example, or a plain value). */
const urlOf = (op: (typeof engine.operations)[number]) => {
  const query = op.params
    .filter((p) => p.in === 'query' && p.required)
    .map((p) => `${p.name}=${encodeURIComponent(String(p.schema.example ?? p.schema.default ?? (p.schema.type === 'integer' ? 1 : 'project')))}`);
  return `${pathOf(op)}${query.length ? `?${query.join('&')}` : ''}`;
};
const ops = engine.operations;

describe('Prefer: code= for every documented status of every operation', () => {
  it('answers that status with a body valid against its documented schema, and says so', async () => {
    let checked = 0;
    for (const op of ops) {
      for (const [code, def] of Object.entries(op.responses)) {
        if (code.startsWith('2')) continue; // the success status is the stateful answer (below)
        const res = await send(op.method, pathOf(op), { prefer: `code=${code}` });
        const where = `${op.operationId} code=${code}`;
        expect(res.status, where).toBe(Number(code));
        expect(res.headers['Preference-Applied'], where).toBe(`code=${code}`);
        if (def.schema) expect(validatorFor(def.schema)(res.body), `${where}: ${JSON.stringify(res.body)}`).toBe(true);
        if (Object.keys(def.examples ?? {}).length) expect(res.body, where).toEqual(Object.values(def.examples!)[0]); // Prism: the first example
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(300);
    expect(engine.violations).toEqual([]);
  });
  it('the success status is the stateful answer (strict-checked), e.g. code=201 creates', async () => {
    const before = (await send('GET', '/api/v1/clients?per_page=1')).body.pagination.total;
    const created = await send('POST', '/api/v1/clients', { prefer: 'code=201' }, { name: 'Preferred Ltd' });
    expect(created.status).toBe(201);
    expect(created.headers['Preference-Applied']).toBe('code=201');
    expect(created.body.client.name).toBe('Preferred Ltd');
    expect((await send('GET', '/api/v1/clients?per_page=1')).body.pagination.total).toBe(before + 1);
    engine.reset();
  });
  it('any 5xx, documented or not, is the injected error (the outage a client must survive)', async () => {
    const res = await send('GET', '/api/v1/projects', { prefer: 'code=503' });
    expect([res.status, res.body.error_code, res.headers['Retry-After'], res.headers['Preference-Applied']]).toEqual([503, 'service_unavailable', '1', 'code=503']);
    expect((await send('GET', '/api/v1/projects?__code=500')).body.error_code).toBe('internal_error');
  });
});

describe('Prefer: example=', () => {
  it('every named example of every status is answered as written', async () => {
    let checked = 0;
    for (const op of ops) {
      for (const [code, def] of Object.entries(op.responses)) {
        for (const [name, value] of Object.entries(def.examples ?? {})) {
          const success = code.startsWith('2');
          if (success && op.requestBody?.required) continue; // a success example needs a valid request: see below
          const res = await send(op.method, pathOf(op), { prefer: `code=${code}, example=${name}` });
          expect([res.status, res.body], `${op.operationId} ${code} ${name}`).toEqual([Number(code), value]);
          expect(res.headers['Preference-Applied']).toBe(`code=${code}, example=${name}`);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(150);
  });
  it('without code=, names an example of the success status (2xx examples too); nothing is changed', async () => {
    const empty = await send('GET', '/api/v1/projects', { prefer: 'example=empty' });
    expect(empty.status).toBe(200);
    expect(empty.body.projects).toEqual([]);
    expect(empty.headers['Preference-Applied']).toBe('example=empty');
    const archived = await send('DELETE', '/api/v1/projects/1', { prefer: 'example=default' });
    expect(archived).toMatchObject({ status: 200, body: { message: 'Project archived successfully' } });
    expect((await send('GET', '/api/v1/projects/1')).body.project.status).not.toBe('archived');
  });
});

describe('Prefer: dynamic=true', () => {
  const reads = ops.filter((o) => o.method === 'GET' && o.responses['200']?.schema);
  it('every read answers a generated body valid against its schema, the same for the same request', async () => {
    for (const op of reads) {
      const url = urlOf(op);
      const a = await send('GET', url, { prefer: 'dynamic=true' });
      expect(a.status, op.operationId).toBe(200);
      expect(validatorFor(op.responses['200'].schema!)(a.body), `${op.operationId}: ${JSON.stringify(a.body).slice(0, 300)}`).toBe(true);
      expect(a.headers['Preference-Applied']).toBe('dynamic=true');
      expect((await send('GET', url, { prefer: 'dynamic=true' })).body, op.operationId).toEqual(a.body);
    }
    expect(reads.length).toBeGreaterThan(30);
  });
  it('is not the stateful answer; seed= and another engine seed give other bodies; dates are real dates near the seed instant', async () => {
    const stateful = (await send('GET', '/api/v1/projects')).body;
    const dynamic = (await send('GET', '/api/v1/projects', { prefer: 'dynamic=true' })).body;
    expect(dynamic).not.toEqual(stateful);
    const seeded = await send('GET', '/api/v1/projects?__dynamic=true&__seed=42');
    expect(seeded.body).not.toEqual(dynamic);
    expect(seeded.headers['Preference-Applied']).toBe('dynamic=true, seed=42');
    const other = createEngine({ seed: 2, throttle: 'off', clock: createClock({ frozenAt: NOW }) });
    const token = other.tokens().find((t) => t.scopes.includes('admin:all'))!.token;
    expect((await send('GET', '/api/v1/projects', { prefer: 'dynamic=true', authorization: `Bearer ${token}` }, undefined, other)).body).not.toEqual(dynamic);
    for (const p of dynamic.projects as { created_at: string }[]) {
      expect(Number.isNaN(Date.parse(`${p.created_at}Z`)), p.created_at).toBe(false);
      expect(Math.abs(Date.parse(`${p.created_at}Z`) - NOW)).toBeLessThan(400 * 86_400_000);
    }
  });
  it('a generated success answer is given only to a valid request, is not remembered for an Idempotency-Key, and combines with code=', async () => {
    const bad = await send('POST', '/api/v1/projects', { prefer: 'code=201, dynamic=true' }, { name: 'x' });
    expect(bad.status).toBe(400);
    expect(bad.headers['Preference-Applied']).toBeUndefined();
    const entry = { project_id: 1, start_time: '2026-01-10T09:00:00', end_time: '2026-01-10T10:00:00' };
    const dyn = await send('POST', '/api/v1/time-entries', { prefer: 'dynamic=true', 'idempotency-key': 'k-1' }, entry);
    expect(dyn.status).toBe(201);
    const real = await send('POST', '/api/v1/time-entries', { 'idempotency-key': 'k-1' }, entry);
    expect(real.status).toBe(201);
    expect(real.body).not.toEqual(dyn.body);
    expect(real.body.time_entry.project_id).toBe(1);
    const notFound = await send('GET', '/api/v1/projects/1', { prefer: 'code=404, dynamic=true' });
    expect(notFound.status).toBe(404);
    expect(typeof notFound.body.error).toBe('string');
    engine.reset();
  });
  it('--dynamic answers every request so; Prefer: dynamic=false asks for the stateful answer', async () => {
    const dyn = createEngine({ seed: 1, dynamic: true, throttle: 'off', clock: createClock({ frozenAt: NOW }) });
    const g = await send('GET', '/api/v1/projects', {}, undefined, dyn);
    expect(g.headers['Preference-Applied']).toBeUndefined(); // nothing was asked: --dynamic is the server's own mode
    expect(validatorFor(dyn.operations.find((o) => o.operationId === 'listProjects')!.responses['200'].schema!)(g.body)).toBe(true);
    expect(g.body).toEqual((await send('GET', '/api/v1/projects', { prefer: 'dynamic=true' })).body);
    const s = await send('GET', '/api/v1/projects', { prefer: 'dynamic=false' }, undefined, dyn);
    expect(s.body).toEqual((await send('GET', '/api/v1/projects')).body);
  });
});

describe('a preference that cannot be honoured is said so', () => {
  it.each([
    ['code=418', 404, 'preference_not_documented', 'listProjects documents no 418 response (documented: 200, 400, 401, 403, 404, 429)'],
    ['code=201', 404, 'preference_not_documented', 'listProjects documents no 201 response'],
    ['code=abc', 422, 'invalid_preference', 'code must be an HTTP status of three digits, got "abc"'],
    ['code=99', 422, 'invalid_preference', 'got "99"'],
    ['code=401, example=nope', 404, 'preference_not_documented', 'the 401 response of listProjects has no example "nope" (examples: missing, invalid)'],
    ['example=nope', 404, 'preference_not_documented', 'the 200 response of listProjects has no example "nope" (examples: empty)'],
    ['example=constructor', 404, 'preference_not_documented', 'no example "constructor"'],
    ['dynamic=maybe', 422, 'invalid_preference', 'dynamic must be true or false, got "maybe"'],
    ['latency=soon', 422, 'invalid_preference', 'latency must be a number of milliseconds'],
    ['fault=explode', 422, 'invalid_preference', 'fault must be reset, hang or malformed'],
  ])('%s -> %i %s', async (prefer, status, code, message) => {
    for (const res of [await send('GET', '/api/v1/projects', { prefer }), await send('GET', `/api/v1/projects?${prefer.split(', ').map((p) => `__${p}`).join('&')}`)]) {
      expect(res.status).toBe(status);
      expect(res.body.error_code).toBe(code);
      expect(res.body.message).toContain(message);
      expect(res.headers['Preference-Applied']).toBeUndefined();
    }
  });
  it('the header wins over a query parameter naming the same key; unknown preferences are ignored (RFC 7240)', async () => {
    expect((await send('GET', '/api/v1/projects?__code=500', { prefer: 'code=404' })).status).toBe(404);
    const plain = await send('GET', '/api/v1/projects', { prefer: 'return=minimal, respond-async' });
    expect(plain.status).toBe(200);
    expect(plain.headers['Preference-Applied']).toBeUndefined();
  });
  it('preferences apply only to an authenticated caller', async () => {
    expect((await send('GET', '/api/v1/projects', { authorization: '', prefer: 'code=200, dynamic=true' })).status).toBe(401);
  });
});
