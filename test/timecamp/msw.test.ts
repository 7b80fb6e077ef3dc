/**
 * TimeCamp through MSW in Node (`createHandlers({ api: 'timecamp' })`),
 * strict: every answer is checked against specs/timecamp.yaml and a
 * violation fails the test that caused it. TimeCamp's conventions: the
 * token in five places, key/value path segments, XML by default, JSON and
 * CSV, `{message, code}` errors, the uneven PUT/POST/DELETE semantics, the
 * 429 throttle profile.
 */
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../src/msw.js';
import { startMock } from '../msw/mock.js';

const BASE = 'http://timecamp.test';
const API = `${BASE}/third_party/api`;
/** Wednesday 2026-11-18 10:00 UTC. */
const T0 = Date.parse('2026-11-18T10:00:00Z');
const { mock, server, clock } = startMock({ api: 'timecamp', baseUrl: BASE }, T0);

type Json = Record<string, unknown>;
const token = (login: string) => mock.tokens().find((t) => t.username === `${login}@example.com`)!.token;
const FORM = { 'content-type': 'application/x-www-form-urlencoded' };
const JSON_BODY = { 'content-type': 'application/json' };
const json = async (res: Response) => (await res.json()) as Json;

describe('timecamp through MSW', () => {
  it('takes the token as a path segment, a query or form field, a raw Authorization header or a Bearer; refuses with {message, code: 401}', async () => {
    const t = token('alice');
    const ways: [string, RequestInit][] = [
      [`${API}/me/format/json/api_token/${t}`, {}],
      [`${API}/me/api_token/${t}/format/json`, {}],
      [`${API}/me?format=json&api_token=${t}`, {}],
      [`${API}/me?format=json`, { headers: { authorization: t } }],
      [`${API}/me?format=json`, { headers: { authorization: `Bearer ${t}` } }],
    ];
    for (const [url, init] of ways) {
      const res = await fetch(url, init);
      expect(res.status, url).toBe(200);
      expect(await json(res), url).toMatchObject({ email: 'alice@example.com' });
    }
    // A form field on a write: POST /timer with api_token in the form body.
    const status = await fetch(`${API}/timer?format=json`, { method: 'POST', headers: FORM, body: `action=status&api_token=${t}` });
    expect(await json(status)).toEqual({ isTimerRunning: false, elapsed: 0 });

    for (const init of [{}, { headers: { authorization: 'Bearer nope' } }, { headers: { authorization: `Bearer ${token('dave')}` } }]) {
      const res = await fetch(`${API}/me?format=json`, init);
      expect(res.status).toBe(401);
      expect(await json(res)).toEqual({ message: expect.any(String), code: 401 });
    }
  });

  it('answers XML when no format is given, JSON on format=json or Accept: application/json, CSV on format=csv; errors in the same format', async () => {
    const auth = { authorization: token('admin') };
    const xml = await fetch(`${API}/users`, { headers: auth });
    expect(xml.headers.get('content-type')).toMatch(/^application\/xml/);
    const text = await xml.text();
    expect(text).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<xml><item><user_id>1<\/user_id>/);
    const parsed = new XMLParser().parse(text) as { xml: { item: Json[] } };
    expect(parsed.xml.item.map((u) => u.email)).toContain('alice@example.com');

    const asJson = (await (await fetch(`${API}/users/format/json`, { headers: auth })).json()) as Json[];
    expect(asJson.map((u) => u.email)).toEqual(parsed.xml.item.map((u) => u.email));
    expect(asJson.every((u) => typeof u.user_id === 'string')).toBe(true);
    const byAccept = await fetch(`${API}/users`, { headers: { ...auth, accept: 'application/json' } });
    expect(byAccept.headers.get('content-type')).toMatch(/^application\/json/);

    const csv = await fetch(`${API}/users?format=csv`, { headers: auth });
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    const lines = (await csv.text()).trim().split(/\r?\n/);
    expect(lines[0].split(',')).toEqual(expect.arrayContaining(['user_id', 'email', 'display_name']));
    expect(lines.length).toBe(asJson.length + 1);

    const xmlError = await fetch(`${API}/entries`, { headers: auth });
    expect(xmlError.status).toBe(400);
    expect(await xmlError.text()).toMatch(/<xml><message>[^<]+<\/message><code>400<\/code><\/xml>/);
  });

  it('tasks are one tree keyed by task_id; key/value path segments filter as the query does', async () => {
    const auth = { authorization: token('admin') };
    const tree = (await (await fetch(`${API}/tasks/format/json`, { headers: auth })).json()) as Record<string, Json>;
    expect(Array.isArray(tree)).toBe(false);
    for (const [id, t] of Object.entries(tree)) {
      expect(String(t.task_id)).toBe(id);
      if (Number(t.parent_id) !== 0) expect(tree[String(t.parent_id)], `parent of ${id}`).toBeDefined();
      expect(Number(t.level)).toBe(Number(t.parent_id) === 0 ? 1 : Number(tree[String(t.parent_id)].level) + 1);
    }
    const one = await json(await fetch(`${API}/tasks/format/json/task_id/2`, { headers: auth }));
    expect(one).toMatchObject({ task_id: 2, parent_id: 1 });
    expect(await json(await fetch(`${API}/tasks?format=json&task_id=2`, { headers: auth }))).toEqual(one);
    const missing = await fetch(`${API}/tasks/format/json/task_id/9999`, { headers: auth });
    expect(missing.status).toBe(404);
    expect(await json(missing)).toEqual({ message: expect.any(String), code: 404 });
  });

  it('entries: POST creates, PUT updates by id in the body, DELETE takes the id in the body; the change log records them', async () => {
    const auth = { authorization: token('alice'), ...FORM };
    const made = await json(await fetch(`${API}/entries/format/json`, { method: 'POST', headers: auth, body: 'date=2026-11-17&duration=3600&task_id=2&description=Form+entry' }));
    expect(typeof made.entry_id).toBe('number');
    const put = await json(await fetch(`${API}/entries/format/json`, { method: 'PUT', headers: auth, body: `id=${String(made.entry_id)}&duration=1800` }));
    expect(put).toMatchObject({ entry_id: String(made.entry_id), time_span: 1800 });
    const listed = (await (await fetch(`${API}/entries/format/json/from/2026-11-17/to/2026-11-17`, { headers: auth })).json()) as Json[];
    expect(listed.find((e) => e.id === String(made.entry_id))).toMatchObject({ duration: '1800', description: 'Form entry' });
    const noId = await fetch(`${API}/entries/format/json`, { method: 'DELETE', headers: auth, body: '' });
    expect(noId.status).toBe(400);
    expect(await json(await fetch(`${API}/entries/format/json`, { method: 'DELETE', headers: auth, body: `id=${String(made.entry_id)}` }))).toEqual({ message: 'removed' });
    const gone = await fetch(`${API}/entries/format/json`, { method: 'DELETE', headers: auth, body: `id=${String(made.entry_id)}` });
    expect(gone.status).toBe(204);
    const changes = (await (await fetch(`${API}/entries_changes/format/json/from/2026-11-17/to/2026-11-17`, { headers: { authorization: token('admin') } })).json()) as Json[];
    expect(changes.filter((c) => c.entry_id === String(made.entry_id)).map((c) => c.event_type)).toEqual(expect.arrayContaining(['add', 'mod']));
  });

  it('clients: PUT creates, POST updates (the inverted semantics), DELETE removes', async () => {
    const auth = { authorization: token('admin'), ...FORM };
    const created = (await (await fetch(`${API}/client/format/json`, { method: 'PUT', headers: auth, body: 'organizationName=MSW+Ltd&email=a%40msw.test' })).json()) as Json[];
    const [row] = created; // the created client in an array, as the docs show it
    expect(Array.isArray(created)).toBe(true);
    expect(row).toMatchObject({ organizationName: 'MSW Ltd' });
    const id = row.clientId as number;
    const updated = await fetch(`${API}/client/format/json`, { method: 'POST', headers: auth, body: `clientId=${id}&organizationName=MSW+Limited` });
    expect(updated.status).toBe(200);
    const all = (await (await fetch(`${API}/client/format/json`, { headers: auth })).json()) as Record<string, Json>;
    expect(all[String(id)]).toMatchObject({ organizationName: 'MSW Limited' });
    const withoutName = await fetch(`${API}/client/format/json`, { method: 'PUT', headers: auth, body: 'firstName=Ann' });
    expect(withoutName.status).toBe(400);
    expect(await json(withoutName)).toEqual({ message: expect.stringMatching(/organizationName/), code: 400 });
    expect((await fetch(`${API}/client/format/json`, { method: 'DELETE', headers: auth, body: `clientId=${id}` })).status).toBe(200);
    expect(await (await fetch(`${API}/client/format/json`, { headers: auth })).json()).not.toHaveProperty(String(id));
  });

  it('one timer per user: starting another stops the running one; timer_running lists them', async () => {
    const bob = { authorization: token('bob'), ...JSON_BODY };
    const running = async () => (await (await fetch(`${API}/timer_running/format/json`, { headers: { authorization: token('admin') } })).json()) as Json[];
    expect((await running()).map((t) => t.user_id)).toEqual(['4']);
    clock.advance(15 * 60_000);
    const status = await json(await fetch(`${API}/timer/format/json`, { method: 'POST', headers: bob, body: '{"action":"status"}' }));
    expect(status).toMatchObject({ isTimerRunning: true, elapsed: 45 * 60 });
    const started = await json(await fetch(`${API}/timer/format/json`, { method: 'POST', headers: bob, body: '{"action":"start","task_id":7}' }));
    expect(started.new_timer_id).not.toBe(Number(status.timer_id));
    const now = await running();
    expect(now.map((t) => [t.user_id, t.timer_id])).toEqual([['4', String(started.new_timer_id)]]);
    const refused = await fetch(`${API}/timer/format/json`, { method: 'POST', headers: bob, body: '{"action":"dance"}' });
    expect(refused.status).toBe(400);
    expect(await json(refused)).toEqual({ message: 'This action is not allowed.', code: 400 });
  });

  it('roles: regular users get 403 {message, code} on administrator operations', async () => {
    const res = await fetch(`${API}/group/format/json`, { method: 'PUT', headers: { authorization: token('alice'), ...FORM }, body: 'name=Mine&parent_id=1' });
    expect(res.status).toBe(403);
    expect(await json(res)).toEqual({ message: expect.any(String), code: 403 });
  });

  it('the timecamp throttle: past the window, 429 {message, code} with Retry-After and no rate-limit headers, per user', async () => {
    // MSW turns throttling off by default; ask for TimeCamp's profile to test it.
    const limited = createHandlers({ api: 'timecamp', baseUrl: 'http://limited.test', seed: 1, strict: true, clock, throttle: 'timecamp', timecamp: { maxCalls: 3, windowSeconds: 60 } });
    server.use(...limited.handlers);
    const t = (login: string) => limited.tokens().find((x) => x.username === `${login}@example.com`)!.token;
    const at = (login: string) => fetch(`http://limited.test/third_party/api/me/format/json/api_token/${t(login)}`);
    for (let i = 0; i < 3; i++) {
      const ok = await at('alice');
      expect(ok.status).toBe(200);
      expect(ok.headers.get('x-ratelimit-remaining')).toBeNull();
      clock.advance(10_000);
    }
    const blocked = await at('alice');
    expect(blocked.status).toBe(429);
    expect(await blocked.json()).toEqual({ message: expect.any(String), code: 429 });
    expect(blocked.headers.get('retry-after')).toBe('30');
    expect((await at('bob')).status).toBe(200);
    clock.advance(30_001);
    expect((await at('alice')).status).toBe(200);
    expect(limited.engine.violations).toEqual([]);
  });

  it('snapshots and reset go back to the seeded account', async () => {
    const auth = { authorization: token('admin'), ...JSON_BODY };
    const snap = mock.snapshot();
    const count = async () => Object.keys((await (await fetch(`${API}/tasks/format/json`, { headers: auth })).json()) as Json).length;
    const before = await count();
    expect((await fetch(`${API}/tasks/format/json`, { method: 'POST', headers: auth, body: '{"name":"after the snapshot"}' })).status).toBe(201);
    expect(await count()).toBe(before + 1);
    mock.restore(snap);
    expect(await count()).toBe(before);
  });
});
