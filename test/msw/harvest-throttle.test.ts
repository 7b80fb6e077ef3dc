/** The Harvest/CoffeeCup throttle profile through MSW (its own file: one MSW server per process at a time). */
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClock } from '../../src/core/clock.js';
import { createHandlers } from '../../src/msw.js';
import { T0 } from './mock.js';

describe('harvest throttle: more than N calls in 15 s gives 503 + Retry-After', () => {
  const harvestClock = createClock({ frozenAt: T0 });
  const harvest = createHandlers({ baseUrl: 'http://harvest.test', seed: 1, strict: true, clock: harvestClock, throttle: 'harvest', harvest: { maxCalls: 3, windowSeconds: 15, lockoutSeconds: 15 } });
  const server = setupServer(...harvest.handlers);
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterAll(() => server.close());
  it('locks out, restarts the lockout on each call, reports its state, and lifts', async () => {
    {
      const t = harvest.tokens().find((x) => x.scopes.includes('admin:all'))!.token;
      const get = (path: string) => fetch(`http://harvest.test${path}`, { headers: { authorization: `Bearer ${t}` } });
      for (let i = 0; i < 3; i++) expect((await get('/api/v1/projects')).status).toBe(200);
      const status = await (await get('/account/rate_limit_status')).json();
      expect(status).toMatchObject({ count: 3, max_calls: 3, timeframe_limit: 15, lockout_seconds: 0 });
      const blocked = await get('/api/v1/projects');
      expect(blocked.status).toBe(503);
      expect(blocked.headers.get('retry-after')).toBe('15');
      expect((await blocked.json()).error_code).toBe('throttled');
      harvestClock.advance(10_000);
      expect((await get('/api/v1/projects')).status).toBe(503); // restarts the 15 s
      harvestClock.advance(10_000);
      expect((await get('/account/rate_limit_status').then((r) => r.json())).lockout_seconds).toBe(5);
      harvestClock.advance(5_000);
      expect((await get('/api/v1/projects')).status).toBe(200);
    }
  });
});

