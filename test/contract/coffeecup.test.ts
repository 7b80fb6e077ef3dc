/**
 * The CoffeeCup contract suite (`npm run contract -- --api coffeecup`),
 * proven both ways against the real mock CLI on a free loopback port: it
 * passes against the mock (tokens from the password grant), leaving the
 * data as it was, and sends only GETs read-only (with --token);
 * and it fails, naming the affected operation and the check that should
 * notice, against the mock with each of CoffeeCup's deliberate defects
 * (`--defect NAME`). Defects whose targets are disjoint share one mock and
 * one run restricted to their operations (`--only`): the clean run passes
 * every one of those checks, so each failure can only come from the defect
 * aimed at it. Offline: one case per operation, and the config rules.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contractKit } from '../../contract-tests/apis.js';
import { buildConfig, UsageError } from '../../contract-tests/lib/config.js';
import type { CheckResult } from '../../contract-tests/lib/results.js';
import { DEFAULT_SPEC, loadSpec } from '../../contract-tests/lib/spec.js';
import { COFFEECUP_DEFECTS } from '../../src/apis/coffeecup/defects.js';
import { specPath } from '../../src/node.js';
import { isFinding } from './defect-proof.js';
import { coverageProblems, limiter, mockAvailable, runContract, startMock } from './mock-process.js';

const spec = await loadSpec(specPath('coffeecup'));
const kit = contractKit('coffeecup');
const LOGINS = ['--api', 'coffeecup', '--username', 'admin@example.com', '--password', 'admin', '--user-username', 'alice@example.com', '--user-password', 'alice'];
/** One mock per run; throttling off keeps a run at a few seconds (the 503 wait is the kit's, checked with Harvest's). */
const MOCK = ['--api', 'coffeecup', '--throttle', 'off'];

describe('the CoffeeCup contract suite covers specs/coffeecup.yaml', () => {
  it('has one case per operation, valid input for each, and invalid input where a 4xx is documented', () => {
    expect(coverageProblems(kit, spec)).toEqual([]);
    expect(kit.flows.map((f) => f.id)).toEqual(['timesheet-day', 'list-meta', 'archive-and-delete']);
  });

  it('takes --token or a login for the password grant, and the client of the grant', () => {
    expect(() => buildConfig({ api: 'coffeecup', 'base-url': 'http://127.0.0.1:1' }, DEFAULT_SPEC)).toThrow(UsageError);
    expect(() => buildConfig({ api: 'coffeecup', 'base-url': 'http://127.0.0.1:1', username: 'a@b.c' }, DEFAULT_SPEC)).toThrow(/go together/);
    const login = buildConfig({ api: 'coffeecup', 'base-url': 'https://x.coffeecupapp.com', username: 'a@b.c', password: 'p', 'client-id': 'app', 'client-secret': 's' }, DEFAULT_SPEC);
    expect(login).toMatchObject({ api: 'coffeecup', token: '', writes: false, oauth: { clientId: 'app', clientSecret: 's', admin: { username: 'a@b.c', password: 'p' } } });
    expect(login.specPath).toBe(specPath('coffeecup'));
    expect(buildConfig({ api: 'coffeecup', 'base-url': 'http://127.0.0.1:1', token: 't' }, DEFAULT_SPEC)).toMatchObject({ token: 't', oauth: { clientId: 'mock-client', clientSecret: 'mock-secret' } });
  });
});

/** Runs of defects with disjoint targets: the defects, the operations the run is restricted to, and what each must fail. */
const GROUPS: { defects: (keyof typeof COFFEECUP_DEFECTS)[]; only: string[]; expect: Record<string, { id: string; check: string }> }[] = [
  {
    defects: ['unwrapped-resource', 'wrong-status', 'where-ignored', 'role-not-enforced'],
    only: ['getProject', 'createClient', 'createProject', 'flow:timesheet-day'],
    expect: {
      'unwrapped-resource': { id: 'getProject', check: 'response_schema_conformance' },
      'wrong-status': { id: 'createClient', check: 'status_code_conformance' },
      'where-ignored': { id: 'flow:timesheet-day', check: 'stateful_flow' },
      'role-not-enforced': { id: 'createProject', check: 'missing_role' },
    },
  },
  {
    defects: ['meta-total-of-page', 'timer-not-exclusive'],
    only: ['flow:list-meta', 'flow:timesheet-day'],
    expect: {
      'meta-total-of-page': { id: 'flow:list-meta', check: 'stateful_flow' },
      'timer-not-exclusive': { id: 'flow:timesheet-day', check: 'stateful_flow' },
    },
  },
  { defects: ['error-without-raw'], only: ['getTask'], expect: { 'error-without-raw': { id: 'getTask', check: 'negative_data_rejection' } } },
];

/** At most 2 mock + suite runs at once. */
const limited = limiter(2);

describe.skipIf(!mockAvailable())('the CoffeeCup contract suite against the mock', () => {
  const dir = mkdtempSync(join(tmpdir(), 'contract-coffeecup-'));
  const caught = new Map<string, string>();
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
    console.log(`coffeecup defect kinds caught: ${caught.size} of ${Object.keys(COFFEECUP_DEFECTS).length}\n${[...caught].map(([d, how]) => `  caught  ${d}: ${how}`).join('\n')}`);
  });

  it('has a group run for every defect', () => {
    expect(GROUPS.flatMap((g) => g.defects).sort()).toEqual(Object.keys(COFFEECUP_DEFECTS).sort());
  });

  it.concurrent('passes every operation and flow, leaving the data as it was; read-only it sends only GETs', () =>
    limited(async () => {
      const mock = await startMock(MOCK);
      try {
        const health = async () => {
          const h = (await (await fetch(`${mock.baseUrl}/__mock/health`)).json()) as { time_entries: number; projects: number };
          return { time_entries: h.time_entries, projects: h.projects };
        };
        const before = await health();
        const json = join(dir, 'coffeecup.json');
        const junit = join(dir, 'coffeecup.xml');
        const full = await runContract(['--base-url', mock.baseUrl, ...LOGINS, '--junit', junit, '--json', json], 300_000);
        const report = `${full.stdout}\n${full.stderr}`;
        expect(report, report).toMatch(/^\d+ passed, 0 deviations/m);
        expect(full.code, report).toBe(0);
        console.log(`coffeecup contract run: ${full.seconds.toFixed(1)} s`);
        const { rows } = JSON.parse(readFileSync(json, 'utf8')) as { rows: { id: string; outcome: string }[] };
        expect(rows.filter((r) => r.outcome === 'pass').length).toBe(spec.operations.length + kit.flows.length);
        expect(readFileSync(junit, 'utf8')).toMatch(/<testsuite name="suites" tests="\d+" failures="0"/);
        expect(await health()).toEqual(before);

        const { tokens } = (await (await fetch(`${mock.baseUrl}/__mock/tokens`)).json()) as { tokens: { token: string; username: string }[] };
        const token = tokens.find((t) => t.username === 'admin@example.com')!.token;
        await fetch(`${mock.baseUrl}/__mock/reset`, { method: 'POST' });
        const run = await runContract(['--api', 'coffeecup', '--base-url', mock.baseUrl, '--token', token, '--read-only'], 300_000);
        expect(run.code, run.stdout).toBe(0);
        const { requests } = (await (await fetch(`${mock.baseUrl}/__mock/requests?limit=1000`)).json()) as { requests: { method: string; operationId: string | null }[] };
        expect(requests.length).toBeGreaterThan(30);
        expect(requests.filter((r) => r.method !== 'GET')).toEqual([]);
      } finally {
        await mock.stop();
      }
    }),
    330_000,
  );

  it.concurrent.each(GROUPS.map((g) => [g.defects.join(' + '), g] as const))(
    '--defect %s makes the suite fail on each affected operation',
    (_name, group) => limited(async () => {
      const mock = await startMock([...MOCK, ...group.defects.flatMap((d) => ['--defect', d])]);
      try {
        const json = join(dir, `${group.defects[0]}.json`);
        const run = await runContract(['--base-url', mock.baseUrl, ...LOGINS, '--only', group.only.join(','), '--strict', '--json', json], 300_000);
        const report = `${run.stdout}\n${run.stderr}`;
        expect(run.code, `the suite passed with --defect ${group.defects.join(', ')}:\n${report}`).toBe(1);
        const { results } = JSON.parse(readFileSync(json, 'utf8')) as { results: CheckResult[] };
        for (const [defect, want] of Object.entries(group.expect)) {
          const hit = results.find((r) => isFinding(r) && r.id === want.id && r.check === want.check);
          expect(hit, `no failure of ${want.check} on ${want.id} with --defect ${defect}:\n${report}`).toBeDefined();
          caught.set(defect, `${hit!.id} › ${hit!.check}: ${(hit!.message ?? '').split('\n')[0].slice(0, 160)}`);
        }
      } finally {
        await mock.stop();
      }
    }),
    330_000,
  );
});
