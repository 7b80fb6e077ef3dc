/**
 * Run Dredd as a child process against the target, with the hooks in
 * contract-tests/dredd-hooks.cjs (a shim over lib/dredd.ts), and read back one
 * result per transaction. Settings reach the hooks through the environment,
 * the same `CONTRACT_*` variables the suites read, plus the runner's clock.
 * Dredd is an optional peer dependency: when it is not installed the run is
 * skipped with the reason (`skipped`), and the suites' results stand alone.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse, stringify } from 'yaml';
import { PACKAGE_ROOT } from '../../src/spec-files.js';
import type { ContractConfig } from './config.js';
import { clockEnv } from './clock.js';
import type { DreddResultsFile } from './dredd.js';
import { firstLine, type CheckResult } from './results.js';

const REPO = PACKAGE_ROOT;
export const DREDD_CONFIG = join(REPO, 'dredd.yml');

export interface DreddRun {
  results: CheckResult[];
  output: string;
  exitCode: number | null;
  /** Time the hooks spent waiting on rate limits, ms. */
  waitedMs: number;
  /** Cleanup problems the hooks reported. */
  warnings: string[];
  /** Why Dredd did not run (it is not installed), when it did not. */
  skipped?: string;
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

export async function runDredd(config: ContractConfig, env: Record<string, string>): Promise<DreddRun> {
  const bin = dreddBin();
  if (bin === null) return { results: [], output: '', exitCode: null, waitedMs: 0, warnings: [], skipped: DREDD_MISSING };
  const dir = mkdtempSync(join(tmpdir(), 'contract-dredd-'));
  const resultsFile = join(dir, 'results.json');
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
      env: { ...process.env, ...env, ...clockEnv(), CONTRACT_DREDD_RESULTS: resultsFile, NO_COLOR: '1', FORCE_COLOR: '0' },
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
  let raw: Partial<DreddResultsFile> | undefined;
  try {
    raw = JSON.parse(readFileSync(resultsFile, 'utf8')) as Partial<DreddResultsFile>;
  } catch {
    raw = undefined;
  }
  rmSync(dir, { recursive: true, force: true });
  const waitedMs = raw?.waitedMs ?? 0;
  const warnings = (raw?.warnings ?? []).map((w) => `dredd: ${w}`);
  if (!raw?.results) {
    const tail = output.trim().split('\n').filter((l) => /error|fail/i.test(l)).slice(-3).join(' | ') || output.trim().split('\n').slice(-3).join(' | ');
    results.push({ runner: 'dredd', id: '(dredd)', check: 'run', outcome: 'fail', message: `Dredd produced no results (exit ${String(exitCode)}): ${firstLine(tail)}`, detail: output });
    return { results, output, exitCode, waitedMs, warnings };
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
  if (!raw.complete) results.push({ runner: 'dredd', id: '(dredd)', check: 'run', outcome: 'fail', message: `Dredd stopped before its last hook (exit ${String(exitCode)})`, detail: output });
  return { results, output, exitCode, waitedMs, warnings };
}
