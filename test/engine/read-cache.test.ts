/** The read cache never serves an answer older than the last write. */
import { describe, expect, it } from 'vitest';
import { createClock } from '../../src/core/clock.js';
import { createEngine } from '../../src/node.js';
import type { CoreResponse } from '../../src/core/types.js';

const T0 = Date.parse('2026-11-16T10:00:00Z');
const engine = createEngine({ seed: 1, clock: createClock({ frozenAt: T0 }) });
const tokens = engine.tokens();
const admin = tokens.find((t) => t.scopes.includes('admin:all'))!.token;
const user = tokens.find((t) => t.role === 'user' && t.scopes.includes('write:*'))!.token;

function call(method: string, path: string, token: string, body?: unknown) {
  const [p, search = ''] = path.split('?');
  const res = engine.handle({
    method,
    path: p,
    search,
    headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  }) as CoreResponse;
  const parsed = res.body instanceof Uint8Array ? JSON.parse(Buffer.from(res.body).toString()) : res.body;
  // A hit hands out the very bytes it stored: `bytes` tells a served answer from a fresh one.
  return { status: res.status, body: parsed, cached: res.body instanceof Uint8Array, bytes: res.body, headers: res.headers };
}

describe('read cache', () => {
  it('serves repeated reads from the cache, with fresh rate-limit headers', () => {
    const a = call('GET', '/api/v1/clients?per_page=100', admin);
    const b = call('GET', '/api/v1/clients?per_page=100', admin);
    expect(b.cached).toBe(true);
    expect(b.body).toEqual(a.body);
    expect(Number(b.headers['X-RateLimit-Remaining'])).toBe(Number(a.headers['X-RateLimit-Remaining']) - 1);
  });
  it('a write is visible to the next read', () => {
    const before = call('GET', '/api/v1/clients?per_page=100', admin).body.pagination.total;
    expect(call('POST', '/api/v1/clients', admin, { name: 'Cache Buster' }).status).toBe(201);
    const after = call('GET', '/api/v1/clients?per_page=100', admin);
    expect(after.body.pagination.total).toBe(before + 1);
  });
  it('answers are per user (visibility differs)', () => {
    const mine = call('GET', '/api/v1/quotes', user).body.quotes.length;
    const all = call('GET', '/api/v1/quotes', admin).body.quotes.length;
    expect(all).toBeGreaterThan(mine);
  });
  it('clock-dependent reads are never cached', () => {
    call('GET', '/api/v1/timer/status', user);
    expect(call('GET', '/api/v1/timer/status', user).cached).toBe(false);
  });
  it('direct table writes are seen by the next read; settings edits need invalidate()', () => {
    call('GET', '/api/v1/projects/1', admin);
    engine.store.projects.update(1, { name: 'Renamed directly' });
    expect(call('GET', '/api/v1/projects/1', admin).body.project.name).toBe('Renamed directly');
    const before = call('GET', '/api/v1/info', admin).body.app_version;
    engine.store.settings.app_version = '9.9.9';
    expect(call('GET', '/api/v1/info', admin).body.app_version).toBe(before);
    engine.invalidate();
    expect(call('GET', '/api/v1/info', admin).body.app_version).toBe('9.9.9');
  });
  it('a write keeps the cached answers made of other tables', () => {
    const quotes = call('GET', '/api/v1/quotes', admin).bytes;
    const projects = call('GET', '/api/v1/projects', admin).bytes;
    expect(call('GET', '/api/v1/quotes', admin).bytes).toBe(quotes);
    const start = T0 - 400 * 86_400_000;
    expect(call('POST', '/api/v1/time-entries', admin, { project_id: 1, start_time: new Date(start).toISOString(), end_time: new Date(start + 3_600_000).toISOString() }).status).toBe(201);
    // Quotes are not made of time entries; projects are (their hours).
    expect(call('GET', '/api/v1/quotes', admin).bytes).toBe(quotes);
    expect(call('GET', '/api/v1/projects', admin).bytes).not.toBe(projects);
  });
});

/**
 * decisions/0004's rule, enforced from the markers: every operation marked
 * `x-mock-cache: true` answers the same bytes at two readings of the clock
 * on the same day (with the cache off, so the handler runs both times). The
 * same probe shows a clock-dependent read (health) differs, so it can fail.
 */
describe('x-mock-cache markers', () => {
  const probe = createEngine({ seed: 1, clock: createClock({ frozenAt: T0 }), readCache: false });
  const adminToken = probe.tokens().find((t) => t.scopes.includes('admin:all'))!.token;
  const at = (path: string, ms: number) => {
    probe.clock.set(ms);
    const res = probe.handle({ method: 'GET', path, search: '', headers: { authorization: `Bearer ${adminToken}` } }) as CoreResponse;
    return { status: res.status, body: JSON.stringify(res.body) };
  };
  const pathOf = (template: string) => template.replace(/\{[^}]+\}/g, '1');

  it('covers the cacheable operations', () => expect(probe.operations.filter((o) => o.cacheable).length).toBeGreaterThanOrEqual(10));
  for (const op of probe.operations.filter((o) => o.cacheable)) {
    it(`${op.operationId} does not depend on the time of day`, () => {
      const morning = at(pathOf(op.path), T0 - 9 * 3_600_000);
      const evening = at(pathOf(op.path), T0 + 13 * 3_600_000 - 1);
      expect(morning.status).toBeLessThan(500);
      expect(evening).toEqual(morning);
    });
  }
  it('the probe tells a clock-dependent read apart', () => {
    expect(at('/api/v1/health', T0)).not.toEqual(at('/api/v1/health', T0 + 3_600_000));
  });
});
