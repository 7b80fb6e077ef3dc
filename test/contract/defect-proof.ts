/**
 * The defect proof of an API's contract suite, shared by its test files:
 * start the mock with one deliberate defect, run the suite (restricted to
 * what the defect targets, when given), and require a failure of the check
 * that should notice on the operation it breaks. The run is `--strict`: a
 * defect may break what the spec observed or specified rather than what the
 * API's documentation promises (a warning, failing under --strict). The file's tally of the
 * defect kinds caught is printed at its end.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect } from 'vitest';
import type { CheckResult } from '../../contract-tests/lib/results.js';
import { runContract, startMock } from './mock-process.js';

/** A finding of a run: a deviation from the documentation, or a warning (failing under --strict). */
export const isFinding = (r: CheckResult): boolean => r.outcome === 'deviation' || r.outcome === 'warning';

/** Where a defect must show: operations (or `flow:<id>`), the checks that notice, and the part of the suite to run (`--only`). */
export interface DefectExpectation {
  operations: string[];
  checks: string[];
  only?: string;
}

/** A scratch folder for the reports and the tally of what was caught, printed (and the folder removed) when the file ends. */
export function defectTally(api: string, total: number): { dir: string; caught: Map<string, string> } {
  const dir = mkdtempSync(join(tmpdir(), `contract-${api}-`));
  const caught = new Map<string, string>();
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
    console.log(`${api} defect kinds caught: ${caught.size} of ${total}\n${[...caught].map(([d, how]) => `  caught  ${d}: ${how}`).join('\n')}`);
  });
  return { dir, caught };
}

/** Prove the suite catches `defect`: the run fails, on one of the expected operations and checks. Records how in `tally`. */
export async function proveDefect(mockArgs: string[], runArgs: (baseUrl: string) => Promise<string[]> | string[], defect: string, want: DefectExpectation, tally: { dir: string; caught: Map<string, string> }): Promise<void> {
  const mock = await startMock([...mockArgs, '--defect', defect]);
  try {
    const json = join(tally.dir, `${defect}.json`);
    const run = await runContract(['--base-url', mock.baseUrl, ...(await runArgs(mock.baseUrl)), ...(want.only ? ['--only', want.only] : []), '--strict', '--json', json], 300_000);
    const report = `${run.stdout}\n${run.stderr}`;
    expect(run.code, `the suite passed with --defect ${defect}:\n${report}`).toBe(1);
    const { results } = JSON.parse(readFileSync(json, 'utf8')) as { results: CheckResult[] };
    const hit = results.find((r) => isFinding(r) && want.operations.includes(r.id) && want.checks.includes(r.check));
    expect(hit, `no failure of ${want.checks.join('/')} on ${want.operations.slice(0, 6).join(', ')} with --defect ${defect}:\n${report}`).toBeDefined();
    tally.caught.set(defect, `${hit!.id} › ${hit!.check}: ${(hit!.message ?? '').split('\n')[0]}`);
  } finally {
    await mock.stop();
  }
}
