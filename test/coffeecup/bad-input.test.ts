/**
 * Generated bad input (test/fuzz/generator.ts, fast-check under a fixed
 * seed) for every operation of specs/coffeecup.yaml, through the MSW
 * handlers (strict, frozen clock): never a 5xx but the documented "Could not
 * delete model", every 4xx in CoffeeCup's error shape (`error` E_..., the
 * `status` it was sent with, `summary`, `raw`), credentials that name no
 * token never get through, and the mock still answers afterwards.
 */
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClock } from '../../src/core/clock.js';
import { createHandlers } from '../../src/msw.js';
import { specPath } from '../../src/node.js';
import { generateRequests, type FuzzRequest } from '../fuzz/generator.js';

const BASE = 'http://tt.test';
const mock = createHandlers({ api: 'coffeecup', baseUrl: BASE, seed: 1, strict: true, clock: createClock({ frozenAt: Date.parse('2026-11-18T10:00:00Z') }) });
const server = setupServer(...mock.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

const admin = mock.tokens().find((t) => t.username === 'admin@example.com' && t.is_active)!.token;
const requests = generateRequests({ admin }, 30, 10, specPath('coffeecup'));

function problem(r: FuzzRequest, status: number, body: unknown): string | null {
  const b = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  if (status >= 500) return status === 500 && r.method === 'DELETE' && String(b.raw).startsWith('Could not delete model') ? null : `a ${status}`;
  if (r.badCredentials && status < 400) return `credentials of no token got ${status}`;
  if (status < 400 || r.method.toUpperCase() === 'HEAD') return null; // HEAD answers carry no body
  if (typeof b.error !== 'string' || !/^E_[A-Z_]+$/.test(b.error)) return `a ${status} without an E_ error code`;
  if (b.status !== status) return `a ${status} whose body says status ${String(b.status)}`;
  if (typeof b.summary !== 'string' || typeof b.raw !== 'string' || b.raw === '') return `a ${status} without summary or raw`;
  return null;
}

describe('coffeecup bad input through MSW', () => {
  it(`answers ${requests.length} generated bad requests in its contract`, async () => {
    const failures: string[] = [];
    const statuses = new Map<number, number>();
    for (const r of requests.filter((x) => !x.expectStatus)) {
      const noBody = r.method.toUpperCase() === 'GET' || r.method.toUpperCase() === 'HEAD';
      const res = await fetch(`${BASE}${r.url}`, { method: r.method, headers: r.headers, body: noBody ? undefined : r.body });
      const text = await res.text();
      let body: unknown;
      try {
        body = text ? JSON.parse(text) : undefined;
      } catch {
        body = text;
      }
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      const p = problem(r, res.status, body);
      if (p) failures.push(`${p}: ${r.operationId} [${r.kind}] ${r.method} ${r.url.slice(0, 120)} -> ${text.slice(0, 200)}`);
    }
    console.log(`coffeecup bad input: ${requests.length} requests, statuses ${[...statuses].sort((a, b) => a[0] - b[0]).map(([s, n]) => `${s}x${n}`).join(' ')}`);
    expect(failures.slice(0, 20)).toEqual([]);
    expect(mock.engine.violations.slice(0, 5)).toEqual([]);
    expect((await fetch(`${BASE}/v1/users/me`, { headers: { authorization: `Bearer ${admin}` } })).status).toBe(200);
  }, 120_000);
});
