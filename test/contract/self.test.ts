/**
 * The contract suites against the real mock: start `src/server/cli.ts` on a
 * free loopback port, run the contract runner (suites + Dredd) with the
 * mock's admin, narrow and user tokens, and expect every check to pass.
 * The mock process is always stopped by its PID.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contractArgs, mockAvailable, mockTokens, runContract, startMock, type RunningMock } from './mock-process.js';

describe.skipIf(!mockAvailable())('contract suites against the mock (self-test)', () => {
  let mock: RunningMock | undefined;
  const dir = mkdtempSync(join(tmpdir(), 'contract-self-'));

  beforeAll(async () => {
    mock = await startMock();
  }, 90_000);

  afterAll(async () => {
    await mock?.stop();
    rmSync(dir, { recursive: true, force: true });
  }, 30_000);

  it('passes every operation and flow, in both runners', async () => {
    const tokens = await mockTokens(mock!.baseUrl);
    expect(tokens.narrow, 'the mock lists a token "read:projects only"').toBeDefined();
    const junit = join(dir, 'contract.xml');
    const json = join(dir, 'contract.json');
    const run = await runContract([...contractArgs(mock!.baseUrl, tokens), '--junit', junit, '--json', json], 900_000);
    const report = `${run.stdout}\n${run.stderr}`;
    expect(report, report).toMatch(/^\d+ passed, 0 failed/m);
    expect(run.code, report).toBe(0);
    const result = JSON.parse(readFileSync(json, 'utf8')) as { rows: { id: string; outcome: string }[] };
    expect(result.rows.filter((r) => r.outcome === 'pass').length).toBeGreaterThanOrEqual(60);
    expect(readFileSync(junit, 'utf8')).toContain('<testsuite name="dredd"');
  }, 960_000);
});
