/**
 * The TimeCamp contract suite (`npm run contract -- --api timecamp`),
 * proven both ways against the real mock CLI on a free loopback port: it
 * passes against the mock (twice in a row: it removes what it makes; then
 * read-only, sending GETs only), and it fails, naming the affected
 * operation and the check that should notice, against the mock with each
 * of TimeCamp's deliberate defects (`--defect NAME`); each defect run is
 * restricted to the operations it targets (`--only`) to stay short.
 * Offline: every operation of specs/timecamp.yaml has exactly one case.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { casesById, contractKit } from '../../contract-tests/apis.js';
import { buildConfig } from '../../contract-tests/lib/config.js';
import { HttpClient } from '../../contract-tests/lib/http.js';
import { DEFAULT_SPEC, loadSpec } from '../../contract-tests/lib/spec.js';
import { TIMECAMP_DEFECTS } from '../../src/apis/timecamp/defects.js';
import { specPath } from '../../src/node.js';
import { defectTally, proveDefect, type DefectExpectation } from './defect-proof.js';
import { limiter, mockAvailable, runContract, startMock } from './mock-process.js';

const spec = await loadSpec(specPath('timecamp'));
const kit = contractKit('timecamp');
/** One mock per run; throttling off keeps a run at a few seconds. */
const MOCK = ['--api', 'timecamp', '--throttle', 'off'];

/** The runner's flags for the mock: its admin's and a regular user's API tokens (control API). */
async function tokenArgs(baseUrl: string): Promise<string[]> {
  const list = (await (await fetch(`${baseUrl}/__mock/tokens`)).json()) as { tokens: { token: string; role: string; is_active: boolean }[] };
  const of = (role: string) => list.tokens.find((t) => t.role === role && t.is_active)!.token;
  return ['--api', 'timecamp', '--token', of('admin'), '--user-token', of('user')];
}

/** What a run must leave as it found it: the ids of every task, client, invoice, group, recent entry and running timer. */
async function fingerprint(baseUrl: string, token: string): Promise<Record<string, string[]>> {
  const get = async (path: string) => (await (await fetch(`${baseUrl}/third_party/api/${path}`, { headers: { Authorization: token, Accept: 'application/json' } })).json()) as unknown;
  const keys = (v: unknown) => (Array.isArray(v) ? v.map((x: Record<string, unknown>) => String(x.id ?? x.group_id ?? x.timer_id)) : Object.keys(v as object));
  const { epoch_ms: now } = (await (await fetch(`${baseUrl}/__mock/clock`)).json()) as { epoch_ms: number };
  const day = (d: number) => new Date(now + d * 86_400_000).toISOString().slice(0, 10);
  const out: Record<string, string[]> = {};
  for (const path of ['tasks?status=all', 'client', 'invoice', 'group', `entries?from=${day(-60)}&to=${day(1)}`, 'timer_running']) out[path] = keys(await get(path));
  return out;
}

describe('the TimeCamp contract suite covers specs/timecamp.yaml', () => {
  it('has one case per operation, valid input for each, and invalid input where a 4xx is documented', () => {
    const cases = casesById(kit);
    expect(spec.operations.map((o) => o.operationId).filter((id) => !cases.has(id))).toEqual([]);
    expect(kit.cases.map((c) => c.operationId).filter((id) => !spec.byId.has(id))).toEqual([]);
    expect(cases.size).toBe(kit.cases.length);
    expect(kit.cases.filter((c) => !c.valid).map((c) => c.operationId)).toEqual([]);
    expect(kit.cases.filter((c) => !c.bad).map((c) => c.operationId)).toEqual([]);
    expect(kit.flows.map((f) => f.id)).toEqual(['conventions', 'timer', 'entry-chain']);
  });

  it('reads --api timecamp (a token API) and sends format=json on every call of an operation, never on raw sends', async () => {
    const config = buildConfig({ api: 'timecamp', 'base-url': 'https://app.timecamp.com', token: 't' }, DEFAULT_SPEC);
    expect(config).toMatchObject({ api: 'timecamp', writes: false, token: 't', specPath: specPath('timecamp') });
    const http = new HttpClient('http://127.0.0.1:1', { admin: 't' }, { timeoutMs: 1, maxRateWaitS: 0, query: { format: 'json' } });
    const seen: string[] = [];
    const original = globalThis.fetch;
    globalThis.fetch = (async (url: URL) => {
      seen.push(String(url));
      return new Response('{}', { headers: { 'content-type': 'application/json' } });
    }) as typeof fetch;
    try {
      await http.call(spec.op('getMe'));
      await http.call(spec.op('getMe'), { query: { format: 'csv' } });
      await http.send('GET', '/third_party/api/me');
    } finally {
      globalThis.fetch = original;
    }
    expect(seen).toEqual(['http://127.0.0.1:1/third_party/api/me?format=json', 'http://127.0.0.1:1/third_party/api/me?format=csv', 'http://127.0.0.1:1/third_party/api/me']);
  });
});

/** Each defect, the part of the suite it runs (`--only`), and the check that must notice. */
const EXPECTED: Record<keyof typeof TIMECAMP_DEFECTS, DefectExpectation> = {
  'tasks-as-array': { only: 'listTasks', operations: ['listTasks'], checks: ['response_schema_conformance'] },
  'error-without-code': { only: 'getMe', operations: ['getMe'], checks: ['negative_data_rejection', 'ignored_auth'] },
  'ids-as-numbers': { only: 'getMe,listUsers', operations: ['getMe', 'listUsers'], checks: ['response_schema_conformance'] },
  'json-by-default': { only: 'flow:conventions', operations: ['flow:conventions'], checks: ['stateful_flow'] },
  'timer-not-exclusive': { only: 'flow:timer', operations: ['flow:timer'], checks: ['stateful_flow'] },
  'role-not-enforced': { only: 'listInvoices,createGroup', operations: ['listInvoices', 'createGroup'], checks: ['missing_role'] },
};

/** At most 2 mock + suite runs at once. */
const limited = limiter(2);

describe.skipIf(!mockAvailable())('the TimeCamp contract suite against the mock', () => {
  const tally = defectTally('timecamp', Object.keys(EXPECTED).length);
  const { dir } = tally;

  it('passes every operation and flow (with reports), leaves the data as it found it, then read-only sends GETs alone', () =>
    limited(async () => {
      const mock = await startMock(MOCK);
      try {
        const tokens = await tokenArgs(mock.baseUrl);
        const args = ['--base-url', mock.baseUrl, ...tokens];
        const admin = tokens[3];
        const json = join(dir, 'timecamp.json');
        const junit = join(dir, 'timecamp.xml');
        const before = await fingerprint(mock.baseUrl, admin);
        const run = await runContract([...args, '--json', json, '--junit', junit], 300_000);
        const report = `${run.stdout}\n${run.stderr}`;
        expect(report, report).toMatch(/^\d+ passed, 0 deviations/m);
        expect(run.code, report).toBe(0);
        expect(await fingerprint(mock.baseUrl, admin)).toEqual(before);
        const { rows, warnings } = JSON.parse(readFileSync(json, 'utf8')) as { rows: { id: string; outcome: string }[]; warnings: string[] };
        expect(rows.filter((r) => r.outcome === 'pass').length).toBe(spec.operations.length + kit.flows.length);
        expect(warnings).toEqual([]);
        expect(readFileSync(junit, 'utf8')).toMatch(/<testsuite name="suites" tests="\d+" failures="0"/);

        await fetch(`${mock.baseUrl}/__mock/reset`, { method: 'POST' });
        const readOnly = await runContract([...args, '--read-only'], 300_000);
        expect(readOnly.code, readOnly.stdout).toBe(0);
        const { requests } = (await (await fetch(`${mock.baseUrl}/__mock/requests?limit=1000`)).json()) as { requests: { method: string }[] };
        expect(requests.length).toBeGreaterThan(40);
        expect(requests.filter((r) => r.method !== 'GET')).toEqual([]);
      } finally {
        await mock.stop();
      }
    }),
  330_000);

  it.concurrent.each(Object.keys(EXPECTED))(
    '--defect %s makes the suite fail on the affected operation',
    (defect) => limited(() => proveDefect(MOCK, tokenArgs, defect, EXPECTED[defect as keyof typeof EXPECTED], tally)),
    330_000,
  );
});
