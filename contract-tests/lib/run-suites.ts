/**
 * Run the vitest suites in this process (vitest/node `startVitest`) with a
 * reporter that collects one CheckResult per test. Settings reach the test
 * workers through the environment. From the sources the suites are
 * contract-tests/suites/*.test.ts (with contract-tests/vitest.config.ts); from
 * the built package, dist/contract-*.test.js with the same options inline.
 * vitest is an optional peer dependency of the package: without it the run
 * is one failed check saying how to add it.
 */
import { fileURLToPath } from 'node:url';
import type { Reporter, TestCase, TestModule } from 'vitest/node';
import { PACKAGE_ROOT } from '../../src/spec-files.js';
import { clockEnv } from './clock.js';
import { WAITED_PREFIX, WARNING_PREFIX, firstLine, splitTestName, type CheckResult } from './results.js';
import { SUITE_OPTIONS } from './suite-options.js';

export const SUITES_CONFIG = fileURLToPath(new URL('../vitest.config.ts', import.meta.url));
/** Running from dist/ (the installed package) rather than from the TypeScript sources. */
const BUILT = !import.meta.url.endsWith('.ts');
export const VITEST_MISSING = 'vitest is not installed (the suites need it: npm install --save-dev vitest@4; or --no-suites to run Dredd only)';

export interface SuitesRun {
  results: CheckResult[];
  warnings: string[];
  logs: string[];
  /** Time the suites spent waiting on rate limits (429s), ms. */
  waitedMs: number;
}

class Collector implements Reporter {
  readonly results: CheckResult[] = [];
  readonly warnings: string[] = [];
  readonly logs: string[] = [];
  waitedMs = 0;
  constructor(private readonly onResult?: (r: CheckResult) => void) {}

  onTestCaseResult(testCase: TestCase): void {
    const { id, check } = splitTestName(testCase.name);
    const r = testCase.result();
    const ms = testCase.diagnostic()?.duration;
    let res: CheckResult;
    if (r.state === 'passed') res = { runner: 'suites', id, check, outcome: 'pass', ms };
    else if (r.state === 'skipped') res = { runner: 'suites', id, check, outcome: 'skip', message: r.note ?? 'skipped', ms };
    else if (r.state === 'failed') {
      const e = r.errors[0];
      const text = e ? (e.message ?? String(e)) : 'failed';
      res = { runner: 'suites', id, check, outcome: 'fail', message: firstLine(text), detail: text, ms };
    } else return;
    this.results.push(res);
    this.onResult?.(res);
  }

  onTestModuleEnd(testModule: TestModule): void {
    for (const e of testModule.errors()) {
      const file = testModule.moduleId.split('/').pop() ?? testModule.moduleId;
      this.results.push({ runner: 'suites', id: `(suites) ${file}`, check: 'load', outcome: 'fail', message: firstLine(e.message), detail: `${e.message}\n${e.stack ?? ''}` });
    }
  }

  onUserConsoleLog(log: { content: string }): void {
    for (const line of log.content.split('\n')) {
      if (line.startsWith(WARNING_PREFIX)) this.warnings.push(line.slice(WARNING_PREFIX.length).trim());
      else if (line.startsWith(WAITED_PREFIX)) this.waitedMs += Number(line.slice(WAITED_PREFIX.length)) || 0;
      else if (line.trim()) this.logs.push(line);
    }
  }

  onTestRunEnd(_modules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<{ message?: string; stack?: string }>): void {
    for (const e of unhandledErrors) {
      this.results.push({ runner: 'suites', id: '(suites)', check: 'unhandled error', outcome: 'fail', message: firstLine(e.message), detail: `${e.message ?? ''}\n${e.stack ?? ''}` });
    }
  }
}

export async function runSuites(env: Record<string, string>, onResult?: (r: CheckResult) => void): Promise<SuitesRun> {
  Object.assign(process.env, env, clockEnv());
  const collector = new Collector(onResult);
  let startVitest: typeof import('vitest/node').startVitest;
  try {
    ({ startVitest } = await import('vitest/node'));
  } catch {
    return { results: [{ runner: 'suites', id: '(suites)', check: 'load', outcome: 'fail', message: VITEST_MISSING }], warnings: [], logs: [], waitedMs: 0 };
  }
  const where = BUILT
    ? // Inside node_modules: no config file lookup, and vitest's default exclude (node_modules) must not apply.
      { config: false as const, root: PACKAGE_ROOT, include: ['dist/contract-*.test.js'], exclude: [], ...SUITE_OPTIONS }
    : { config: SUITES_CONFIG };
  const vitest = await startVitest('test', [], { ...where, watch: false, reporters: [collector] });
  await vitest.close();
  return { results: collector.results, warnings: collector.warnings, logs: collector.logs, waitedMs: collector.waitedMs };
}
