/**
 * Every reproduction of issue 10 against the real server process: each
 * answers a 4xx with the documented body (field-level `errors` on a
 * validation_error), and the process keeps running. Prints one line per
 * repro (request -> status and body) for the record.
 */
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TokenInfo } from '../../src/core/types.js';
import { startCli, type Proc } from './process.js';

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  body: any;
}

let mock: Proc;
let admin: string;
const lines: string[] = [];

/** Raw node:http (no URL normalization, any method, any Host). */
function send(method: string, path: string, opts: { headers?: Record<string, string>; body?: string; json?: unknown; token?: boolean } = {}): Promise<Answer> {
  const u = new URL(mock.baseUrl);
  const headers: Record<string, string> = { ...(opts.token === false ? {} : { authorization: `Bearer ${admin}` }), ...opts.headers };
  let body = opts.body;
  if (opts.json !== undefined) {
    body = JSON.stringify(opts.json);
    headers['content-type'] ??= 'application/json';
  }
  if (body !== undefined) headers['content-length'] = String(Buffer.byteLength(body));
  return new Promise((resolve, reject) => {
    const req = request({ host: u.hostname, port: u.port, method, path, headers }, (res) => {
      let text = '';
      res.on('data', (c: Buffer) => (text += c.toString()));
      res.on('end', () => {
        let parsed: unknown;
        try {
          parsed = text ? JSON.parse(text) : undefined;
        } catch {
          parsed = text;
        }
        resolve({ status: res.statusCode!, headers: res.headers, text, body: parsed });
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** Send, record the line, and check the documented error body (and the fields named in `errors`). */
async function repro(label: string, status: number, call: () => Promise<Answer>, fields: string[] = []): Promise<Answer> {
  const res = await call();
  lines.push(`${label} -> ${res.status} ${res.text.slice(0, 220)}`);
  expect(res.status, `${label}: ${res.text.slice(0, 300)}`).toBe(status);
  if (status >= 400) {
    expect(res.body).toMatchObject({ error: expect.any(String), message: expect.any(String), error_code: expect.any(String) });
    if (res.body.error_code === 'validation_error') {
      expect(Object.keys(res.body.errors ?? {}).length, label).toBeGreaterThan(0);
      for (const f of fields) expect(res.body.errors, `${label}: errors.${f}`).toHaveProperty([f]);
    }
  }
  return res;
}

const deep = (depth: number) => `{"name":"deep ${depth}","custom_fields":${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}}`;

beforeAll(async () => {
  mock = await startCli(['--port', '0', '--log', 'off', '--throttle', 'off', '--seed', '1']);
  admin = ((await (await fetch(`${mock.baseUrl}/__mock/tokens`)).json()) as { tokens: TokenInfo[] }).tokens.find((t) => t.scopes.includes('admin:all'))!.token;
});
afterAll(async () => {
  console.log(`issue 10 repros:\n${lines.join('\n')}`);
  await mock?.stop();
});

describe('issue 10, line by line', () => {
  it('crash: a 10,000-deep custom_fields is a 400; 2,000-4,000-deep ones are not stored, snapshots still work', async () => {
    await repro('POST /api/v1/clients custom_fields 10,000 deep', 400, () => send('POST', '/api/v1/clients', { body: deep(10_000), headers: { 'content-type': 'application/json' } }), ['custom_fields']);
    for (const d of [2000, 3000, 4000]) {
      await repro(`POST /api/v1/clients custom_fields ${d} deep`, 400, () => send('POST', '/api/v1/clients', { body: deep(d), headers: { 'content-type': 'application/json' } }), ['custom_fields']);
    }
    await repro('POST /__mock/snapshots', 201, () => send('POST', '/__mock/snapshots', { token: false }));
    expect(mock.child.exitCode).toBeNull();
  });
  it('bad percent-escapes: path parameter, session cookie, snapshot id', async () => {
    await repro('GET /api/v1/projects/%E0%A4%A', 404, () => send('GET', '/api/v1/projects/%E0%A4%A'));
    await repro('GET /api/stats/value-dashboard Cookie: session=%E0%A4%A', 401, () => send('GET', '/api/stats/value-dashboard', { token: false, headers: { cookie: 'session=%E0%A4%A' } }));
    await repro('POST /__mock/snapshots/%E0/restore', 404, () => send('POST', '/__mock/snapshots/%E0/restore', { token: false }));
  });
  it('body fields named like Object.prototype members', async () => {
    const names = ['constructor', 'toString', 'hasOwnProperty', '__proto__'];
    const withNames = (base: Record<string, unknown>) => `${JSON.stringify(base).slice(0, -1)},${names.map((n) => `"${n}":1`).join(',')}}`;
    await repro('POST /api/v1/projects {constructor, toString, hasOwnProperty, __proto__}', 400, () =>
      send('POST', '/api/v1/projects', { body: withNames({ name: 'P', client_id: 1 }), headers: { 'content-type': 'application/json' } }), names);
    await repro('POST /api/v1/time-entries {...prototype names}', 400, () =>
      send('POST', '/api/v1/time-entries', { body: withNames({ project_id: 1, start_time: '2026-11-01T09:00:00', end_time: '2026-11-01T10:00:00' }), headers: { 'content-type': 'application/json' } }), names);
    await repro('PUT /api/v1/time-entries/1 {...prototype names}', 400, () =>
      send('PUT', '/api/v1/time-entries/1', { body: withNames({ notes: 'x' }), headers: { 'content-type': 'application/json' } }), names);
    const put = await send('PUT', '/api/v1/projects/1', { body: withNames({ description: 'x' }), headers: { 'content-type': 'application/json' } });
    lines.push(`PUT /api/v1/projects/1 {...prototype names} -> ${put.status} ${put.text.slice(0, 120)}`);
    expect(put.status).toBeLessThan(500);
  });
  it('control API: bad fault rules and an out-of-range clock are 400s; nothing is left answering 500', async () => {
    await repro('PUT /__mock/faults {"rules":[null]}', 400, () => send('PUT', '/__mock/faults', { token: false, json: { rules: [null] } }), ['rules.0']);
    await repro('PUT /__mock/faults {"rules":[{"kind":"status","statuses":"500"}]}', 400, () =>
      send('PUT', '/__mock/faults', { token: false, json: { rules: [{ kind: 'status', statuses: '500' }] } }), ['rules.0.statuses']);
    await repro('POST /__mock/clock {"advance_seconds":1e13}', 400, () => send('POST', '/__mock/clock', { token: false, body: '{"advance_seconds":1e13}', headers: { 'content-type': 'application/json' } }), ['advance_seconds']);
    await repro('GET /api/v1/health (after the clock repro)', 200, () => send('GET', '/api/v1/health', { token: false }));
    await repro('POST /__mock/reset', 200, () => send('POST', '/__mock/reset', { token: false }));
    await repro('GET /api/v1/health (after reset)', 200, () => send('GET', '/api/v1/health', { token: false }));
  });
  it('numbers that are not numbers, and bad dates, are 400 validation_error naming the field', async () => {
    for (const [path, field] of [
      ['/api/v1/projects?page=1e309', 'page'],
      ['/api/v1/projects?per_page=1e309', 'per_page'],
      ['/api/v1/time-entries?client_id=0x10', 'client_id'],
      ['/api/v1/projects?page=9007199254740993', 'page'],
      ['/api/v1/time-entries?start_date=2026-13-45', 'start_date'],
      ['/api/v1/time-entries?start_date=now', 'start_date'],
      ['/api/v1/reports/summary?end_date=2026-02-30', 'end_date'],
    ]) {
      await repro(`GET ${path}`, 400, () => send('GET', path), [field]);
    }
    await repro('PATCH /api/v1/time-entries/1 {"break_seconds":1e309}', 400, () =>
      send('PATCH', '/api/v1/time-entries/1', { body: '{"break_seconds":1e309}', headers: { 'content-type': 'application/json' } }), ['break_seconds']);
    await repro('POST /api/v1/time-entries {"break_seconds":1e309,...}', 400, () =>
      send('POST', '/api/v1/time-entries', { body: '{"project_id":1,"start_time":"2026-11-01T09:00:00","end_time":"2026-11-01T10:00:00","break_seconds":1e309}', headers: { 'content-type': 'application/json' } }), ['break_seconds']);
  });
  it('bodies with the documented shape: unknown method, oversized URL and headers', async () => {
    await repro('FOO /api/v1/projects (curl -X FOO)', 405, () => send('FOO', '/api/v1/projects'));
    await repro('GET /api/v1/projects?x=<20 KB>', 414, () => send('GET', `/api/v1/projects?x=${'a'.repeat(20_000)}`));
    await repro('GET /api/v1/projects with a 20 KB header', 431, () => send('GET', '/api/v1/projects', { headers: { 'x-big': 'a'.repeat(20_000) } }));
  });
  it('every validation_error carries field-level errors: quotes, dismissVersion, CSV import', async () => {
    await repro('POST /api/v1/quotes {"client_id":1}', 400, () => send('POST', '/api/v1/quotes', { json: { client_id: 1 } }), ['title']);
    await repro('PUT /api/v1/quotes/1 {"title":" "}', 400, () => send('PUT', '/api/v1/quotes/1', { json: { title: ' ' } }), ['title']);
    await repro('PATCH /api/v1/quotes/1 {"title":" "}', 400, () => send('PATCH', '/api/v1/quotes/1', { json: { title: ' ' } }), ['title']);
    await repro('POST /api/version/dismiss {"latest_version":"x"}', 400, () => send('POST', '/api/version/dismiss', { json: { latest_version: 'x' } }), ['latest_version']);
    await repro('POST /api/v1/time-entries/import-csv (empty CSV)', 400, () => send('POST', '/api/v1/time-entries/import-csv', { body: ' ', headers: { 'content-type': 'text/csv' } }), ['file']);
    await repro('GET /api/v1/search?q=a', 400, () => send('GET', '/api/v1/search?q=a'), ['q']);
  });
  it('openapi.json: one copy whatever the Host, and an arbitrary Host is not reflected', async () => {
    const evil = await send('GET', '/api/openapi.json', { token: false, headers: { host: 'evil.example:4010' } });
    const own = await send('GET', '/api/openapi.json', { token: false });
    lines.push(`GET /api/openapi.json Host: evil.example:4010 -> ${evil.status} servers ${JSON.stringify(evil.body.servers)}`);
    expect(evil.body.servers[0].url).toBe('/');
    expect(own.body.servers[0].url).toBe(mock.baseUrl);
    expect(evil.body.paths).toEqual(own.body.paths);
  });
  it('smaller: HEAD answers like GET without a body; PUT/PATCH check the break; inactive dave cannot log in', async () => {
    const get = await send('GET', '/api/v1/projects');
    const head = await repro('HEAD /api/v1/projects', 200, () => send('HEAD', '/api/v1/projects'));
    expect(head.text).toBe('');
    expect(head.headers['content-type']).toBe('application/json');
    expect(head.headers['content-length']).toBe(String(Buffer.byteLength(get.text)));
    const entry = (await send('GET', '/api/v1/time-entries/1')).body.time_entry as { duration_seconds: number; break_seconds: number };
    for (const method of ['PUT', 'PATCH']) {
      await repro(`${method} /api/v1/time-entries/1 {"break_seconds": duration + 1}`, 400, () =>
        send(method, '/api/v1/time-entries/1', { json: { break_seconds: entry.duration_seconds + entry.break_seconds + 1 } }), ['break_seconds']);
    }
    const dave = await repro('POST /api/v1/auth/login dave/dave (inactive)', 401, () => send('POST', '/api/v1/auth/login', { token: false, json: { username: 'dave', password: 'dave' } }));
    expect(dave.body.message).toBe('User account is inactive');
  });
  it('the process is still running', async () => {
    expect(mock.child.exitCode).toBeNull();
    await repro('GET /api/v1/health (at the end)', 200, () => send('GET', '/api/v1/health', { token: false }));
  });
});
