/**
 * The Dredd hooks are a CommonJS shim over the TypeScript kit. Loaded the way
 * Dredd loads them (fixtures/dredd-probe.cjs: Dredd's proxyquire, a stand-in
 * `hooks` object, no network), they must apply the kit's rules: the one
 * loopback rule (a name like 127.example.com gets no writes), the token and
 * the cases' requests, and -- when the kit cannot load -- send nothing at all.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { DreddResultsFile } from '../../contract-tests/lib/dredd.js';
import { REPO } from './mock-process.js';

const SHIM = join(REPO, 'contract-tests', 'dredd-hooks.cjs');
const PROBE = join(REPO, 'test', 'contract', 'fixtures', 'dredd-probe.cjs');
const dir = mkdtempSync(join(tmpdir(), 'contract-shim-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface ProbeTx {
  name: string;
  origin: { resourceName: string };
  request: { method: string; uri: string; headers: Record<string, string>; body: string };
  expected: { statusCode: string };
  skip?: boolean;
}

const tx = (method: string, path: string, status: string, body = ''): ProbeTx => ({
  name: `${path} > ${method} > ${status} > application/json`,
  origin: { resourceName: path },
  request: { method, uri: path, headers: { 'Content-Type': 'application/json' }, body },
  expected: { statusCode: status },
});

let probeNo = 0;
function probe(hookfile: string, env: Record<string, string>, transactions: ProbeTx[]) {
  const results = join(dir, `results-${++probeNo}.json`);
  const run = spawnSync(process.execPath, [PROBE, hookfile, env.CONTRACT_BASE_URL ?? ''], {
    cwd: REPO,
    encoding: 'utf8',
    env: { ...process.env, CONTRACT_DREDD_RESULTS: results, PROBE_TRANSACTIONS: JSON.stringify(transactions), ...env },
    timeout: 60_000,
  });
  const line = run.stdout.trim().split('\n').pop() ?? '';
  expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
  const out = JSON.parse(line) as { registered: string[]; transactions: ProbeTx[]; fetched: string[] };
  let file: Partial<DreddResultsFile> = {};
  try {
    file = JSON.parse(readFileSync(results, 'utf8')) as DreddResultsFile;
  } catch {
    /* no results written */
  }
  return { ...out, results: file.results ?? [], stderr: run.stderr };
}

const ALL = [
  tx('POST', '/api/v1/projects', '201', '{"name":"Example"}'),
  tx('DELETE', '/api/v1/projects/{project_id}', '200'),
  tx('POST', '/api/v1/time-entries', '201', '{"project_id":1}'),
  tx('GET', '/api/v1/info', '200'),
  tx('POST', '/api/v1/projects', '400'),
];

describe('the Dredd hook shim', () => {
  it('is a shim: no rule of its own, one loader function', () => {
    const src = readFileSync(SHIM, 'utf8');
    expect(src.split('\n').length).toBeLessThan(80);
    expect(src).not.toMatch(/127|loopback\s*=|fetch\(|X-RateLimit|time-entries/i);
    // One loader: the TypeScript source in a checkout, the built module in an install.
    expect(src.match(/function loadKit/g)).toHaveLength(1);
    expect(src.match(/'dredd\.ts'/g)).toHaveLength(1);
    expect(src.match(/'dredd-kit\.js'/g)).toHaveLength(1);
  });

  it('gives a host named 127.example.com no writes (the kit\'s loopback rule) and sends nothing while preparing', () => {
    const out = probe(SHIM, { CONTRACT_BASE_URL: 'http://127.example.com:4010', CONTRACT_TOKEN: 'tt_probe' }, ALL);
    expect(out.registered).toEqual(['beforeAll', 'beforeEach', 'beforeEachValidation', 'afterEach', 'afterAll']);
    const [create, archive, entry, info, notTwoHundred] = out.transactions;
    for (const t of [create, archive, entry]) expect(t.skip, t.name).toBe(true);
    expect(info.skip).toBeFalsy();
    expect(notTwoHundred.skip).toBe(true);
    const byName = new Map(out.results.map((r) => [r.name, r]));
    expect(byName.get(create.name)).toMatchObject({ operationId: 'createProject', outcome: 'skip' });
    expect(byName.get(create.name)?.message).toMatch(/read-only mode: 127\.example\.com:4010 is not loopback/);
    expect(byName.has(notTwoHundred.name)).toBe(false);
    expect(out.fetched).toEqual([]);
  });

  it('on loopback, puts the token and the case\'s request into the transaction', () => {
    const out = probe(SHIM, { CONTRACT_BASE_URL: 'http://127.0.0.1:9', CONTRACT_TOKEN: 'tt_probe' }, [tx('POST', '/api/v1/clients', '201', '{"name":"Example client"}')]);
    const [t] = out.transactions;
    expect(t.skip).toBeFalsy();
    expect(t.request.headers.Authorization).toBe('Bearer tt_probe');
    expect(JSON.parse(t.request.body).name).toMatch(/^contract [0-9a-f]{6} client /);
    expect(out.fetched).toEqual([]);
  });

  it('when the kit cannot load, skips every transaction instead of letting Dredd send them raw', () => {
    const lonely = join(dir, 'dredd-hooks.cjs');
    copyFileSync(SHIM, lonely);
    const out = probe(lonely, { CONTRACT_BASE_URL: 'http://127.0.0.1:9', CONTRACT_TOKEN: 'tt_probe' }, ALL);
    for (const t of out.transactions) expect(t.skip, t.name).toBe(true);
    expect(out.stderr).toMatch(/could not load the kit, so no transaction is sent/);
    expect(out.fetched).toEqual([]);
  });
});
