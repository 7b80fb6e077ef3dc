/**
 * The Harvest classic contract suite (`npm run contract -- --api
 * harvest-classic`), proven both ways against the real mock CLI on a free
 * loopback port: it passes against the mock, and it fails, naming the
 * affected operation and the check that should notice, against the mock
 * with each of Harvest's deliberate defects (`--defect NAME`). Offline:
 * every operation of specs/harvest-classic.yaml has exactly one case, and
 * the HTTP client waits out Harvest's 503 lockout like a 429.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contractKit } from '../../contract-tests/apis.js';
import { buildConfig, UsageError } from '../../contract-tests/lib/config.js';
import { HttpClient } from '../../contract-tests/lib/http.js';
import { DEFAULT_SPEC, loadSpec } from '../../contract-tests/lib/spec.js';
import { HARVEST_DEFECTS } from '../../src/apis/harvest-classic/defects.js';
import { specPath } from '../../src/node.js';
import { defectTally, proveDefect, type DefectExpectation } from './defect-proof.js';
import { coverageProblems, limiter, mockAvailable, runContract, startMock } from './mock-process.js';

const spec = await loadSpec(specPath('harvest-classic'));
const kit = contractKit('harvest-classic');
const ARGS = ['--api', 'harvest-classic', '--username', 'admin@example.com', '--password', 'admin', '--user-username', 'alice@example.com', '--user-password', 'alice'];
/** One mock per run; throttling off keeps a run at a few seconds (the 503 wait is checked offline below). */
const MOCK = ['--api', 'harvest-classic', '--throttle', 'off'];

describe('the Harvest contract suite covers specs/harvest-classic.yaml', () => {
  it('has one case per operation, valid input for each, and invalid input where a 4xx is documented', () => {
    expect(coverageProblems(kit, spec)).toEqual([]);
    expect(kit.flows.map((f) => f.id)).toEqual(['rest-chain', 'timer']);
  });

  it('reads --api: Basic credentials required, the spec and the x-writes GETs (never sent read-only)', () => {
    expect(() => buildConfig({ api: 'harvest-classic', 'base-url': 'http://127.0.0.1:1' }, DEFAULT_SPEC)).toThrow(UsageError);
    expect(() => buildConfig({ api: 'nosuch', 'base-url': 'http://127.0.0.1:1', token: 't' }, DEFAULT_SPEC)).toThrow(/--api must be one of/);
    const config = buildConfig({ api: 'harvest-classic', 'base-url': 'https://x.harvestapp.com', username: 'a@b.c', password: 'p' }, DEFAULT_SPEC);
    expect(config).toMatchObject({ api: 'harvest-classic', writes: false, basic: { admin: { username: 'a@b.c', password: 'p' } } });
    expect(config.specPath).toBe(specPath('harvest-classic'));
    expect(spec.op('toggleTimer').safe).toBe(false);
    expect(spec.op('activateTaskByGet').safe).toBe(false);
    expect(spec.op('getDaily').safe).toBe(true);
  });

  it("waits out Harvest's 503 + Retry-After (a lockout is the server working) and sends Basic credentials", async () => {
    let calls = 0;
    const seen: string[] = [];
    const server = createServer((req, res) => {
      seen.push(req.headers.authorization ?? '');
      if (calls++ === 0) res.writeHead(503, { 'retry-after': '1', 'content-type': 'text/plain' }).end('Throttled');
      else res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const port = (server.address() as { port: number }).port;
      const http = new HttpClient(`http://127.0.0.1:${port}`, { admin: { username: 'a@b.c', password: 'p' } }, { timeoutMs: 5000, maxRateWaitS: 5, retryStatuses: [429, 503] });
      const ex = await http.send('GET', '/daily');
      expect(ex).toMatchObject({ rateLimitRetries: 1, response: { status: 200 } });
      expect(seen).toEqual([`Basic ${Buffer.from('a@b.c:p').toString('base64')}`, `Basic ${Buffer.from('a@b.c:p').toString('base64')}`]);
    } finally {
      server.close();
    }
  });
});

/** Each defect, the operations it breaks and the checks that must notice. */
const EXPECTED: Record<keyof typeof HARVEST_DEFECTS, DefectExpectation> = {
  'unwrapped-resource': { operations: ['getClient', 'listClients'], checks: ['response_schema_conformance'] },
  'wrong-status': { operations: ['createClient'], checks: ['status_code_conformance'] },
  'missing-location': { operations: ['createProject', 'createTask'], checks: ['response_headers_conformance'] },
  'hours-as-string': { operations: ['getDayEntry', 'getDaily', 'getDailyForDay'], checks: ['response_schema_conformance'] },
  'role-not-enforced': { operations: spec.operations.filter((o) => o.requiredRole).map((o) => o.operationId), checks: ['missing_role'] },
  'timer-not-exclusive': { operations: ['flow:timer'], checks: ['stateful_flow'] },
};

/** At most 2 mock + suite runs at once. */
const limited = limiter(2);

describe.skipIf(!mockAvailable())('the Harvest contract suite against the mock', () => {
  const tally = defectTally('harvest', Object.keys(EXPECTED).length);
  const { dir } = tally;

  it('passes every operation and flow, with table, JSON and JUnit reports', async () => {
    const mock = await startMock(MOCK);
    try {
      const junit = join(dir, 'harvest.xml');
      const json = join(dir, 'harvest.json');
      const run = await runContract(['--base-url', mock.baseUrl, ...ARGS, '--junit', junit, '--json', json], 300_000);
      const report = `${run.stdout}\n${run.stderr}`;
      expect(report, report).toMatch(/^\d+ passed, 0 deviations/m);
      expect(run.code, report).toBe(0);
      const { rows } = JSON.parse(readFileSync(json, 'utf8')) as { rows: { id: string; outcome: string }[] };
      expect(rows.filter((r) => r.outcome === 'pass').length).toBe(spec.operations.length + kit.flows.length);
      expect(readFileSync(junit, 'utf8')).toMatch(/<testsuite name="suites" tests="\d+" failures="0"/);
      expect(report).toMatch(/Dredd is TimeTracker-only/);
    } finally {
      await mock.stop();
    }
  }, 330_000);

  it('in read-only mode sends only GETs, and never the GETs that change state', async () => {
    const mock = await startMock(MOCK);
    try {
      const run = await runContract(['--base-url', mock.baseUrl, ...ARGS, '--read-only'], 300_000);
      expect(run.code, run.stdout).toBe(0);
      const { requests } = (await (await fetch(`${mock.baseUrl}/__mock/requests?limit=1000`)).json()) as { requests: { method: string; operationId: string | null }[] };
      expect(requests.length).toBeGreaterThan(50);
      expect(requests.filter((r) => r.method !== 'GET' || r.operationId === 'toggleTimer' || r.operationId === 'activateTaskByGet')).toEqual([]);
    } finally {
      await mock.stop();
    }
  }, 330_000);

  it.concurrent.each(Object.keys(EXPECTED))(
    '--defect %s makes the suite fail on the affected operation',
    (defect) => limited(() => proveDefect(MOCK, () => ARGS, defect, EXPECTED[defect as keyof typeof EXPECTED], tally)),
    330_000,
  );
});
