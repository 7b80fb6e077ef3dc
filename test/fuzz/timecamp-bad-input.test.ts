/**
 * Generated bad input (generator.ts over specs/timecamp.yaml, the same
 * mutations as TimeTracker's bad-input.test.ts under a fixed seed) against
 * TimeCamp through MSW (strict, frozen clock) and against the server
 * process (`--api timecamp`, strict, port 0). For every request: never a
 * 5xx, never a dropped connection, every 4xx with TimeCamp's error body
 * (`{message, code}` with code = the status, in JSON, XML or CSV as asked),
 * a 401 whenever the credentials name no valid token; afterwards the mock
 * still answers and can still take a snapshot. Fewer requests per
 * operation than TimeTracker's run: the mutations are the same code.
 */
import { Agent } from 'node:http';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClock } from '../../src/core/clock.js';
import type { TokenInfo } from '../../src/core/types.js';
import { createHandlers } from '../../src/msw.js';
import { startCli, type Proc } from '../server/process.js';
import { generateRequests, loadOperations, timecampErrorBodyProblem } from './generator.js';
import { run, sendByFetch, sendByHttp, type RunRules } from './runner.js';

const SPEC = new URL('../../specs/timecamp.yaml', import.meta.url);
/** Fixed, so every run sends the same requests; BAD_INPUT_SEED=N explores others. */
const SEED = Number(process.env.BAD_INPUT_SEED ?? 10);
/** Requests per operation and transport (37 operations). */
const RUNS_PER_OPERATION = 40;
const BASE = 'http://timecamp.test';
const T0 = Date.parse('2026-11-18T10:00:00Z');

const adminOf = (tokens: TokenInfo[]) => tokens.find((t) => t.is_active && t.role === 'admin')!.token;
const PUBLIC = new Set(loadOperations(SPEC).operations.filter((o) => o.public).map((o) => o.operationId));
const rules = (strictStatus: boolean): RunRules => ({ publicOperations: PUBLIC, errorBodyProblem: timecampErrorBodyProblem, strictStatus });

describe('generated bad input to TimeCamp through the MSW handlers (strict, frozen clock)', () => {
  const clock = createClock({ frozenAt: T0 });
  const mock = createHandlers({ api: 'timecamp', baseUrl: BASE, seed: 1, strict: true, clock, throttle: 'off' });
  const server = setupServer(...mock.handlers);
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterAll(() => server.close());

  it('never a 5xx or a network error; every 4xx is {message, code}; the mock answers afterwards', async () => {
    const admin = adminOf(mock.tokens());
    const requests = generateRequests({ admin }, RUNS_PER_OPERATION, SEED, SPEC);
    const failures = await run('timecamp (MSW)', requests, (r) => sendByFetch(BASE, r), rules(false));
    expect(failures.slice(0, 20)).toEqual([]);
    expect(mock.engine.violations).toEqual([]);
    expect((await fetch(`${BASE}/third_party/api/me/format/json/api_token/${admin}`)).status).toBe(200);
    expect(() => mock.restore(mock.snapshot())).not.toThrow();
  });
});

describe('generated bad input to the TimeCamp server process (strict, port 0)', () => {
  let proc: Proc;
  let admin: string;
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  beforeAll(async () => {
    proc = await startCli(['--api', 'timecamp', '--port', '0', '--log', 'off', '--strict', '--throttle', 'off', '--seed', '1']);
    admin = adminOf(((await (await fetch(`${proc.baseUrl}/__mock/tokens`)).json()) as { tokens: TokenInfo[] }).tokens);
  });
  afterAll(async () => {
    agent.destroy();
    await proc?.stop();
  });

  it('never a 5xx or a dropped connection; 405/414/431 for what node:http refuses; every 4xx {message, code}; still up', async () => {
    const requests = generateRequests({ admin }, RUNS_PER_OPERATION, SEED, SPEC);
    const failures = await run('timecamp (HTTP)', requests, (r) => sendByHttp(proc.baseUrl, agent, r), rules(true));
    expect(failures.slice(0, 20)).toEqual([]);
    expect(proc.child.exitCode).toBeNull();
    expect((await fetch(`${proc.baseUrl}/third_party/api/me?format=json&api_token=${admin}`)).status).toBe(200);
    expect((await fetch(`${proc.baseUrl}/__mock/snapshots`, { method: 'POST' })).status).toBe(201);
    expect(proc.output()).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/);
    expect(proc.output()).not.toMatch(/\[mock\] (unexpected error|cannot send)/);
  });
});
