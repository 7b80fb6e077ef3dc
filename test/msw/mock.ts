/**
 * Shared setup of the MSW tests: one strict engine (every response checked
 * against the spec), a frozen clock, MSW's `setupServer`, and small helpers.
 */
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { createClock } from '../../src/core/clock.js';
import type { ApiId } from '../../src/apis/index.js';
import type { TokenInfo } from '../../src/core/types.js';
import { createHandlers, type CreateHandlersOptions } from '../../src/msw.js';

export const BASE = 'http://tt.test';
/** Monday 2026-11-16 10:00 UTC: the scenario's data lies before it. */
export const T0 = Date.parse('2026-11-16T10:00:00Z');

/** The strict mock of `options.api` (default TimeTracker) under MSW for this file, its clock frozen at `t0` and set back after each test. */
export function startMock<K extends ApiId = 'timetracker'>(options: CreateHandlersOptions<K> = {}, t0 = T0) {
  const clock = createClock({ frozenAt: t0 });
  const mock = createHandlers<K>({ baseUrl: BASE, seed: 1, strict: true, clock, ...options });
  const server = setupServer(...mock.handlers);
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    server.resetHandlers();
    // A strict-mode violation is a failed test, whichever test caused it.
    const violations = [...mock.engine.violations];
    mock.reset();
    clock.set(t0);
    expect(violations).toEqual([]);
  });
  afterAll(() => server.close());
  return { mock, server, clock };
}

/** A token chosen by what it can do, not by its name. */
export function token(mock: { tokens(): TokenInfo[] }, kind: 'admin' | 'all' | 'readonly' | 'user' | 'narrow' | 'expired' | 'revoked'): string {
  const now = T0;
  const active = (t: TokenInfo) => t.is_active && (t.expires_at === null || Date.parse(`${t.expires_at}Z`) > now);
  const found = mock.tokens().find((t) => {
    switch (kind) {
      case 'admin':
        return active(t) && t.scopes.includes('admin:all');
      case 'all':
        return active(t) && !t.scopes.includes('admin:all') && t.scopes.includes('write:time_entries') && t.scopes.includes('read:reports') && t.role === 'admin';
      case 'readonly':
        return active(t) && t.scopes.length > 3 && t.scopes.every((s) => s.startsWith('read:'));
      case 'user':
        return active(t) && t.role !== 'admin' && t.scopes.some((s) => s.startsWith('write:'));
      case 'narrow':
        return active(t) && t.scopes.length === 1 && t.scopes[0] === 'read:projects';
      case 'expired':
        return t.is_active && t.expires_at !== null && Date.parse(`${t.expires_at}Z`) <= now;
      case 'revoked':
        return !t.is_active;
    }
  });
  if (!found) throw new Error(`the scenario has no ${kind} token`);
  return found.token;
}

export interface Answer<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

/** Call the mock through fetch (MSW intercepts it). */
export async function call<T = any>(method: string, path: string, opts: { token?: string; body?: unknown; headers?: Record<string, string>; raw?: string } = {}): Promise<Answer<T>> {
  const headers: Record<string, string> = { ...opts.headers };
  if (opts.token) headers.authorization ??= `Bearer ${opts.token}`;
  let body: string | undefined;
  if (opts.raw !== undefined) body = opts.raw;
  else if (opts.body !== undefined) {
    body = JSON.stringify(opts.body);
    headers['content-type'] ??= 'application/json';
  }
  const res = await fetch(`${BASE}${path}`, { method, headers, body, redirect: 'manual' });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    /* not JSON: keep the text */
  }
  return { status: res.status, body: parsed as T, headers: res.headers };
}

/** Assert the documented error shape and code. */
export function expectError(res: Answer, status: number, code?: string) {
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  expect(typeof res.body.error).toBe('string');
  expect(typeof res.body.message).toBe('string');
  if (code) expect(res.body.error_code).toBe(code);
}
