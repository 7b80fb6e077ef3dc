/**
 * Generated bad input (generator.ts, fast-check under a fixed seed) against
 * the MSW handlers (strict, frozen clock) and against the real server process
 * (the CLI, strict, on port 0). For every request: never a 5xx, never a
 * dropped connection, every 4xx with the documented body (`error`,
 * `message`, `error_code`, and field-level `errors` on a validation_error),
 * a 401 whenever the credentials name no valid token (no auth bypass);
 * afterwards the mock still answers and can still take a snapshot. Prints the
 * request count and the statuses seen.
 */
import { Agent } from 'node:http';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClock } from '../../src/core/clock.js';
import type { TokenInfo } from '../../src/core/types.js';
import { createHandlers } from '../../src/msw.js';
import { startCli, type Proc } from '../server/process.js';
import { errorBodyProblem, generateRequests, loadOperations } from './generator.js';
import { run, sendByFetch, sendByHttp, type RunRules } from './runner.js';

/** Fixed, so every run sends the same requests; BAD_INPUT_SEED=N explores others. */
const SEED = Number(process.env.BAD_INPUT_SEED ?? 10);
/**
 * Requests per operation: 40 through MSW, 20 over HTTP (282 operations: 11,280 and 5,640 requests). The
 * operations grew from 65 to 282 with issue 19; a fixed count per operation would have grown this file's time
 * fourfold. BAD_INPUT_RUNS=N sends N per operation on both transports (with BAD_INPUT_SEED, to explore more).
 */
const RUNS = Number(process.env.BAD_INPUT_RUNS ?? 0);
const MSW_RUNS_PER_OPERATION = RUNS || 40;
const HTTP_RUNS_PER_OPERATION = RUNS || 20;
const BASE = 'http://tt.test';
const T0 = Date.parse('2026-11-16T10:00:00Z');

const adminOf = (tokens: TokenInfo[]) => tokens.find((t) => t.is_active && t.scopes.includes('admin:all'))!.token;
const PUBLIC = new Set(loadOperations().operations.filter((o) => o.public).map((o) => o.operationId));
/** Session routes that redirect to the login page without a session (their spec says 302) instead of answering 401. */
const REDIRECTS = new Set(loadOperations().operations.filter((o) => o.redirectsWithoutSession).map((o) => o.operationId));
/** operationId -> statuses documented as HTML pages (the web login form). */
/** operationId -> the 5xx statuses its spec documents (the AI helper's 503 while it is off, the default). */
const FIVE_XX = new Map(loadOperations().operations.map((o) => [o.operationId, new Set(o.serverStatuses)]));
const HTML = new Map(loadOperations().operations.map((o) => [o.operationId, new Set(o.htmlStatuses)]));
const rules = (strictStatus: boolean): RunRules => ({
  publicOperations: PUBLIC,
  errorBodyProblem,
  strictStatus,
  refusesCredentials: (r, status) => status === 401 || (status === 302 && REDIRECTS.has(r.operationId)),
  htmlStatuses: (id) => HTML.get(id),
  documents5xx: (id, status) => FIVE_XX.get(id)?.has(String(status)) ?? false,
});

describe('generated bad input through the MSW handlers (strict, frozen clock)', () => {
  const clock = createClock({ frozenAt: T0 });
  const mock = createHandlers({ baseUrl: BASE, seed: 1, strict: true, clock, throttle: 'off' });
  const server = setupServer(...mock.handlers);
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterAll(() => server.close());

  it('never a 5xx or a network error; every 4xx has the documented body; the mock answers afterwards', async () => {
    const requests = generateRequests({ admin: adminOf(mock.tokens()) }, MSW_RUNS_PER_OPERATION, SEED);
    const failures = await run('(MSW)', requests, (r) => sendByFetch(BASE, r), rules(false));
    expect(failures.slice(0, 20)).toEqual([]);
    expect(mock.engine.violations).toEqual([]);
    expect((await fetch(`${BASE}/api/v1/health`)).status).toBe(200);
    expect(() => mock.restore(mock.snapshot())).not.toThrow();
  }, 600_000);
});

describe('generated bad input against the server process (strict, port 0)', () => {
  let proc: Proc;
  let admin: string;
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  beforeAll(async () => {
    proc = await startCli(['--port', '0', '--log', 'off', '--strict', '--throttle', 'off', '--seed', '1']);
    admin = adminOf(((await (await fetch(`${proc.baseUrl}/__mock/tokens`)).json()) as { tokens: TokenInfo[] }).tokens);
  });
  afterAll(async () => {
    agent.destroy();
    await proc?.stop();
  });

  it('never a 5xx or a dropped connection; 405/414/431 for what node:http refuses; every 4xx documented; still up', async () => {
    const requests = generateRequests({ admin }, HTTP_RUNS_PER_OPERATION, SEED);
    const failures = await run('(HTTP)', requests, (r) => sendByHttp(proc.baseUrl, agent, r), rules(true));
    expect(failures.slice(0, 20)).toEqual([]);
    expect(proc.child.exitCode).toBeNull();
    expect((await fetch(`${proc.baseUrl}/api/v1/health`)).status).toBe(200);
    expect((await fetch(`${proc.baseUrl}/__mock/snapshots`, { method: 'POST' })).status).toBe(201);
    // Nothing reached the catch-all error handlers: no stack trace in the process output.
    expect(proc.output()).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/);
    expect(proc.output()).not.toMatch(/\[mock\] (unexpected error|cannot send)/);
  }, 600_000);
});
