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
import type { DreddResult, DreddResultsFile } from './dredd.js';
import type { Provenance } from './provenance.js';
import { firstLine, type CheckResult, type Outcome } from './results.js';
import { selectionSkip } from './select.js';
import { successStatuses, type Spec } from './spec.js';

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

/** A Dredd transaction checks an operation's documented success answer: its provenance decides what a failure is. */
function provenanceOfTx(r: DreddResult, spec: Spec): { provenance?: Provenance } {
  const op = spec.byId.get(r.operationId);
  if (!op) return {};
  const ok = successStatuses(op)[0];
  const p = op.provenance === 'specified' ? 'specified' : ok !== undefined ? (op.responses[String(ok)]?.provenance ?? op.provenance) : op.provenance;
  return { provenance: p };
}

function dreddOutcome(r: DreddResult, spec: Spec): Outcome {
  if (r.outcome !== 'fail') return r.outcome;
  // A prerequisite that failed, or hooks that could not load: the transaction was not sent.
  if (/^(setup failed|the Dredd hooks cannot run|no case for)/.test(r.message)) return 'blocked';
  // A server error is one on any operation (as in the suites).
  if (/\(got 5\d\d for /.test(r.message)) return 'deviation';
  return provenanceOfTx(r, spec).provenance === 'documented' ? 'deviation' : 'warning';
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/**
 * The spec Dredd reads: a copy in `dir` with only the selected operations (`--only`/`--skip`) and, of each, only
 * its 2xx and 3xx responses (the hooks report nothing else: Dredd 14 makes a transaction for every documented
 * response, and only fault injection could produce the error ones). Dredd compiles every transaction before its
 * hooks can skip one: on the whole 290-operation spec that took 50 s even for a run of one (`--only getHealth`).
 */
function selectedSpec(config: ContractConfig, spec: Spec, dir: string): string {
  const dropped = new Set(spec.operations.filter((o) => selectionSkip(config, o.operationId) !== undefined).map((o) => o.operationId));
  const doc = parse(readFileSync(config.specPath, 'utf8')) as { paths: Record<string, Record<string, unknown>> };
  const paths: Record<string, Record<string, unknown>> = {};
  for (const [path, item] of Object.entries(doc.paths)) {
    const kept: [string, unknown][] = [];
    for (const [key, value] of Object.entries(item)) {
      if (!METHODS.includes(key)) kept.push([key, value]);
      else {
        const op = value as { operationId?: string; responses?: Record<string, unknown> };
        if (dropped.has(op.operationId ?? '')) continue;
        const responses = Object.fromEntries(Object.entries(op.responses ?? {}).filter(([status]) => /^[23]/.test(status)));
        kept.push([key, { ...op, responses }]);
      }
    }
    if (kept.some(([k]) => METHODS.includes(k))) paths[path] = Object.fromEntries(kept);
  }
  const file = join(dir, 'openapi.dredd.json');
  writeFileSync(file, JSON.stringify({ ...doc, paths }));
  return file;
}

export const DREDD_MISSING = 'Dredd is not installed (optional: npm install --save-dev dredd@14.1.0 to run it as a second runner)';

export async function runDredd(config: ContractConfig, env: Record<string, string>, spec: Spec): Promise<DreddRun> {
  const bin = dreddBin();
  if (bin === null) return { results: [], output: '', exitCode: null, waitedMs: 0, warnings: [], skipped: DREDD_MISSING };
  const dir = mkdtempSync(join(tmpdir(), 'contract-dredd-'));
  const resultsFile = join(dir, 'results.json');
  // Dredd lets the config file's blueprint/endpoint win over the command line,
  // so the run gets a copy of dredd.yml pointing at this spec and target.
  const base = parse(readFileSync(DREDD_CONFIG, 'utf8')) as Record<string, unknown>;
  const runConfig = join(dir, 'dredd.yml');
  writeFileSync(runConfig, stringify({ ...base, blueprint: selectedSpec(config, spec, dir), endpoint: config.baseUrl }, { defaultStringType: 'QUOTE_SINGLE' }));
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
  let raw: Partial<DreddResultsFile> | undefined;
  try {
    raw = JSON.parse(readFileSync(resultsFile, 'utf8')) as Partial<DreddResultsFile>;
  } catch {
    raw = undefined;
  }
  rmSync(dir, { recursive: true, force: true });
  return { ...dreddResults(raw, output, exitCode, spec), output, exitCode };
}

/**
 * The hooks' results file -> one CheckResult per transaction, with its
 * verdict; a run that wrote no file, or stopped before its last hook (killed
 * midway), is a "could not run" that says how many of the transactions it
 * reported.
 */
export function dreddResults(raw: Partial<DreddResultsFile> | undefined, output: string, exitCode: number | null, spec: Spec): Pick<DreddRun, 'results' | 'waitedMs' | 'warnings'> {
  const results: CheckResult[] = [];
  const waitedMs = raw?.waitedMs ?? 0;
  const warnings = (raw?.warnings ?? []).map((w) => `dredd: ${w}`);
  if (!raw?.results) {
    const tail = output.trim().split('\n').filter((l) => /error|fail/i.test(l)).slice(-3).join(' | ') || output.trim().split('\n').slice(-3).join(' | ');
    results.push({ runner: 'dredd', id: '(dredd)', check: 'run', outcome: 'blocked', message: `Dredd produced no results (exit ${String(exitCode)}): ${firstLine(tail)}`, detail: output });
    return { results, waitedMs, warnings };
  }
  for (const r of raw.results) {
    const check = r.name.split(' > ').slice(-2).join(' ');
    const outcome = dreddOutcome(r, spec);
    results.push({ runner: 'dredd', id: r.operationId, check: `dredd ${check}`, outcome, message: r.message || undefined, detail: r.message || undefined, ...(outcome === 'deviation' ? { provenance: 'documented' as const } : provenanceOfTx(r, spec)) });
  }
  if (!raw.complete) {
    const counted = raw.expected !== undefined ? `reported ${raw.results.length} of ${raw.expected} transactions` : `reported ${raw.results.length} transactions`;
    results.push({ runner: 'dredd', id: '(dredd)', check: 'run', outcome: 'blocked', message: `Dredd stopped before its last hook: ${counted} (exit ${String(exitCode)})`, detail: output });
  }
  return { results, waitedMs, warnings };
}

