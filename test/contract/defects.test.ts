/**
 * Proof that the suites catch defects: for each defect switch of the mock
 * (`--defect NAME`), start the mock with it on a free loopback port, run the
 * contract suites against it, and require them to fail naming the affected
 * operation with the check that should notice. Prints how many defect kinds
 * were caught.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CheckResult } from '../../contract-tests/lib/results.js';
import { loadSpec } from '../../contract-tests/lib/spec.js';
import { contractArgs, limiter, mockAvailable, mockTokens, runContract, startMock } from './mock-process.js';

const spec = await loadSpec();
const scoped = spec.operations.filter((o) => o.requiredScopes.length > 0).map((o) => o.operationId);
const lists = [...spec.operations.filter((o) => o.method === 'GET' && /^list/.test(o.operationId)).map((o) => o.operationId), 'getMovementHistoryReport', 'flow:pagination'];

/** Each defect, the operations it breaks and the checks that must notice. */
export const EXPECTED: Record<string, { operations: string[]; checks: string[] }> = {
  'missing-required-field': { operations: ['getProject', 'listProjects'], checks: ['response_schema_conformance'] },
  'wrong-type': { operations: ['getSummaryReport'], checks: ['response_schema_conformance'] },
  'wrong-status': { operations: ['createClient'], checks: ['status_code_conformance'] },
  'broken-pagination-total': { operations: lists, checks: ['pagination_conformance', 'stateful_flow'] },
  'missing-rate-limit-header': { operations: ['listTasks', 'getTask'], checks: ['response_headers_conformance'] },
  '500-on-operation': { operations: ['getCurrentUser'], checks: ['status_code_conformance'] },
  'scope-not-enforced': { operations: scoped, checks: ['missing_scope'] },
  'error-without-message': { operations: spec.operations.map((o) => o.operationId), checks: ['negative_data_rejection', 'ignored_auth', 'missing_scope', 'missing_role'] },
};

const caught = new Map<string, string>();

/** At most this many mock + suite runs at once (each is a server and a vitest run). */
const limited = limiter(3);

describe.skipIf(!mockAvailable())('the suites catch every defect the mock can inject', () => {
  afterAll(() => {
    const kinds = Object.keys(EXPECTED);
    const lines = kinds.map((k) => `  ${caught.has(k) ? 'caught ' : 'MISSED '} ${k}${caught.has(k) ? `: ${caught.get(k)}` : ''}`);
    console.log(`defect kinds caught: ${caught.size} of ${kinds.length}\n${lines.join('\n')}`);
  });

  it.concurrent.each(Object.keys(EXPECTED))(
    '--defect %s makes the suites fail on the affected operation',
    (defect) => limited(async () => {
      const mock = await startMock(['--defect', defect]);
      const dir = mkdtempSync(join(tmpdir(), `contract-defect-${defect}-`));
      try {
        const tokens = await mockTokens(mock.baseUrl);
        const json = join(dir, 'results.json');
        const run = await runContract([...contractArgs(mock.baseUrl, tokens), '--no-dredd', '--json', json], 900_000);
        const report = `${run.stdout}\n${run.stderr}`;
        expect(run.code, `the suites passed with --defect ${defect}:\n${report}`).toBe(1);
        const { results } = JSON.parse(readFileSync(json, 'utf8')) as { results: CheckResult[] };
        const want = EXPECTED[defect];
        // A deviation: each defect breaks a documented promise (negative checks are named `negative_data_rejection (<rule>)`).
        const hit = results.find((r) => r.outcome === 'deviation' && want.operations.includes(r.id) && want.checks.includes(r.check.replace(/ \(.*\)$/, '')));
        expect(hit, `no failure of ${want.checks.join('/')} on ${want.operations.slice(0, 6).join(', ')}... with --defect ${defect}:\n${report}`).toBeDefined();
        caught.set(defect, `${hit!.id} › ${hit!.check}: ${hit!.message ?? ''}`);
      } finally {
        await mock.stop();
        rmSync(dir, { recursive: true, force: true });
      }
    }),
    2_400_000,
  );
});
