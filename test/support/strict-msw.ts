/**
 * One API through MSW in Node for a test file, strict and on a frozen
 * clock: every answer is checked against the API's spec, and after each
 * test the violations it caused fail it, the data is reset and the clock
 * set back to `t0`.
 */
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import type { ApiId } from '../../src/apis/index.js';
import { createClock } from '../../src/core/clock.js';
import { createHandlers } from '../../src/msw.js';

export function strictMsw<K extends ApiId>(api: K, baseUrl: string, t0: number) {
  const clock = createClock({ frozenAt: t0 });
  const mock = createHandlers<K>({ api, baseUrl, seed: 1, strict: true, clock });
  const server = setupServer(...mock.handlers);
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    const violations = [...mock.engine.violations];
    mock.reset();
    clock.set(t0);
    expect(violations).toEqual([]);
  });
  afterAll(() => server.close());
  return { clock, mock, server };
}
