/**
 * Run Dredd as a child process against the target, with the hooks in
 * contract-tests/dredd-hooks.cjs, and read back one result per transaction.
 * Dredd is an optional peer dependency: when it is not installed the run is
 * skipped with the reason (`skipped`), and the suites' results stand alone.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse, stringify } from 'yaml';
import { PACKAGE_ROOT } from '../../src/node.js';
import type { ContractConfig } from './config.js';
import { firstLine, type CheckResult } from './results.js';
import type { Spec } from './spec.js';

const REPO = PACKAGE_ROOT;
export const DREDD_CONFIG = join(REPO, 'dredd.yml');

export interface DreddRun {
  results: CheckResult[];
  output: string;
  exitCode: number | null;
  /** Why Dredd did not run (it is not installed), when it did not. */
  skipped?: string;
}

interface HookResult {
  operationId: string;
  name: string;
  outcome: 'pass' | 'fail' | 'skip';
  message: string;
}

/** Dredd's bin, or null when the optional dependency is not installed. */
function dreddBin(): string | null {
  try {
    const pkg = createRequire(import.meta.url).resolve('dredd/package.json');
    return join(dirname(pkg), 'bin', 'dredd');
  } catch {
    return null;
  }
}

export const DREDD_MISSING = 'Dredd is not installed (optional: npm install --save-dev dredd@14.1.0 to run it as a second runner)';

export async function runDredd(config: ContractConfig, spec: Spec, env: Record<string, string>): Promise<DreddRun> {
  const bin = dreddBin();
  if (bin === null) return { results: [], output: '', exitCode: null, skipped: DREDD_MISSING };
  const dir = mkdtempSync(join(tmpdir(), 'contract-dredd-'));
  const resultsFile = join(dir, 'results.json');
  const planFile = join(dir, 'plan.json');
  writeFileSync(
    planFile,
    JSON.stringify({
      baseUrl: config.baseUrl,
      writes: config.writes,
      readOnlyReason: config.readOnlyReason,
      includeMockOnly: config.includeMockOnly,
      only: config.only,
      skip: config.skip,
      entryDate: config.entryDate,
      resultsFile,
      operations: spec.operations.map((o) => ({
        operationId: o.operationId,
        method: o.method,
        path: o.path,
        safe: o.safe,
        mockOnly: o.mockOnly,
        authenticated: o.authenticated,
        hasBody: o.requestBody !== undefined,
      })),
    }),
  );
  // Dredd lets the config file's blueprint/endpoint win over the command line,
  // so the run gets a copy of dredd.yml pointing at this spec and target.
  const base = parse(readFileSync(DREDD_CONFIG, 'utf8')) as Record<string, unknown>;
  const runConfig = join(dir, 'dredd.yml');
  writeFileSync(runConfig, stringify({ ...base, blueprint: config.specPath, endpoint: config.baseUrl }, { defaultStringType: 'QUOTE_SINGLE' }));
  const args = [bin, '--config', runConfig];
  let output = '';
  const exitCode = await new Promise<number | null>((resolve) => {
    const child = spawn(process.execPath, args, {
      cwd: REPO,
      env: { ...process.env, ...env, CONTRACT_DREDD_PLAN: planFile, NO_COLOR: '1', FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', (e) => {
      output += `\n${e.message}`;
      resolve(null);
    });
    child.on('close', (code) => resolve(code));
  });
  const results: CheckResult[] = [];
  let raw: { results?: HookResult[] } | undefined;
  try {
    raw = JSON.parse(readFileSync(resultsFile, 'utf8')) as { results?: HookResult[] };
  } catch {
    raw = undefined;
  }
  rmSync(dir, { recursive: true, force: true });
  if (!raw?.results) {
    const tail = output.trim().split('\n').filter((l) => /error|fail/i.test(l)).slice(-3).join(' | ') || output.trim().split('\n').slice(-3).join(' | ');
    results.push({ runner: 'dredd', id: '(dredd)', check: 'run', outcome: 'fail', message: `Dredd produced no results (exit ${String(exitCode)}): ${firstLine(tail)}`, detail: output });
    return { results, output, exitCode };
  }
  for (const r of raw.results) {
    const check = r.name.split(' > ').slice(-2).join(' ');
    results.push({
      runner: 'dredd',
      id: r.operationId,
      check: `dredd ${check}`,
      outcome: r.outcome,
      message: r.message || undefined,
      detail: r.message || undefined,
    });
  }
  return { results, output, exitCode };
}
