/**
 * `npm run contract -- --base-url URL --token T [...]`
 *
 * Runs the vitest contract suites and Dredd against any TimeTracker server,
 * prints one line per operation and flow (pass / DEVIATION from the API
 * documentation / warning about this spec's stricter or observed expectation
 * / HOLLOW: no valid-request check ran / NOT RUN: a prerequisite failed /
 * skip, each with the first difference or why) and a closing summary line,
 * writes JUnit XML (--junit) or JSON (--json) on request, and exits 1 on a
 * deviation or a check that could not run (with --strict, a warning too), 2
 * on bad usage. `--proxy` starts Prism's validation proxy instead.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { contractKit } from './apis.js';
import { now, pinClock } from './lib/clock.js';
import { UsageError, buildConfig, helpText, parseFlags, toEnv, withEnv, type ContractConfig, type FlagValues } from './lib/config.js';
import { Ctx } from './lib/context.js';
import { GrantError, withOAuthTokens } from './lib/oauth.js';
import { runProxy } from './lib/proxy.js';
import { buildRows, checkCounts, failed, findings, notRun, renderTable, summaryLine, toJUnit, type CheckResult } from './lib/results.js';
import { runDredd } from './lib/run-dredd.js';
import { runSuites } from './lib/run-suites.js';
import { NoRoomError } from './lib/room.js';
import { DEFAULT_SPEC, loadSpec, type Spec } from './lib/spec.js';

function usage(message: string): number {
  console.error(`contract: ${message}`);
  console.error('Run `npx timetracker-contract --help` (in this repository: `npm run contract -- --help`) for the flags.');
  return 2;
}

async function reachable(baseUrl: string, timeoutMs: number): Promise<string | undefined> {
  try {
    await fetch(`${baseUrl}/api/v1/health`, { signal: AbortSignal.timeout(timeoutMs), redirect: 'manual' });
    return undefined;
  } catch (error) {
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : '';
    return `${error instanceof Error ? error.message : String(error)}${cause ? ` (${cause})` : ''}`;
  }
}

/**
 * Before any write: the day the run books its entries on, with room for them
 * between the entries the token's user already has (only GET requests).
 * Undefined when the day could not be read for another reason (the checks
 * that book entries then fail with it).
 */
async function entryDay(config: ContractConfig, spec: Spec): Promise<{ day?: string; noRoom?: string; problem?: string }> {
  const probe = Ctx.create(config, spec);
  try {
    return { day: await probe.room.require() };
  } catch (error) {
    if (error instanceof NoRoomError) return { noRoom: error.message };
    return { problem: error instanceof Error ? error.message : String(error) };
  }
}

function describeRun(config: ContractConfig, flags: FlagValues): string[] {
  const runners = [flags['no-suites'] ? null : 'vitest suites', flags['no-dredd'] ? null : 'dredd'].filter(Boolean).join(' + ');
  const who = config.basic
    ? [`  credentials: HTTP Basic ${config.basic.admin.username}; regular user: ${config.basic.user ? config.basic.user.username : 'no (missing_role checks skipped)'}`]
    : config.oauth
      ? [`  credentials: OAuth bearer tokens (${config.oauth.admin ? `password grant for ${config.oauth.admin.username}` : '--token'}); regular user: ${config.userToken ? (config.oauth.user?.username ?? '--user-token') : 'no (missing_role checks skipped)'}`]
      : [];
  return [
    `contract run against ${config.baseUrl}  (${config.api}: ${runners})`,
    `  writes: ${config.writes ? (config.loopback ? 'yes (loopback target)' : 'yes (--allow-writes)') : `no — ${config.readOnlyReason}`}`,
    ...who,
    ...(config.basic || config.oauth
      ? [`  entries go on the target's today; ${clockLine(config)}`]
      : [
          `  narrow token: ${config.narrowToken ? `yes${config.narrowScopes ? ` (${config.narrowScopes.join(', ') || 'no scopes'})` : ''}` : 'no (missing_scope checks skipped)'}` +
            `; user token: ${config.userToken ? 'yes' : 'no (missing_role checks skipped)'}`,
          contractKit(config.api).entryRoom
            ? `  time entries booked on ${config.writes ? config.entryDate : '(none: read-only)'}, in free time of that day; ${clockLine(config)}`
            : `  time entries go on yesterday, by duration (no time frame to collide with); ${clockLine(config)}`,
        ]),
    `  spec ${config.specPath}; warnings (specified, observed) ${config.strict ? 'fail (--strict)' : 'are reported, deviations from the documentation fail'}`,
    ...(config.basic ? [] : [`  session routes: ${config.username ? `web login as ${config.username}` : 'no --username/--password (their checks cannot run)'}`]),
  ];
}

function clockLine(config: ContractConfig): string {
  return config.now === undefined ? `now ${new Date(now()).toISOString()}` : `now ${new Date(now()).toISOString()} (--now)`;
}

async function main(argv: string[]): Promise<number> {
  let flags: FlagValues;
  let values: FlagValues;
  try {
    flags = parseFlags(argv);
    if (flags.help) {
      console.log(helpText());
      return 0;
    }
    values = withEnv(flags);
  } catch (error) {
    if (error instanceof UsageError) return usage(error.message);
    throw error;
  }

  if (values.proxy) {
    const base = typeof values['base-url'] === 'string' ? values['base-url'] : undefined;
    if (!base) return usage('--proxy needs --base-url (the server to put the proxy in front of)');
    const port = typeof values['proxy-port'] === 'number' ? values['proxy-port'] : 4011;
    return runProxy(typeof values.spec === 'string' ? values.spec : DEFAULT_SPEC, base, port);
  }

  let config: ContractConfig;
  try {
    config = buildConfig(values, DEFAULT_SPEC);
    pinClock(config.now);
    if (values['no-dredd'] && values['no-suites']) throw new UsageError('--no-dredd and --no-suites together leave nothing to run');
  } catch (error) {
    if (error instanceof UsageError) return usage(error.message);
    throw error;
  }

  let spec: Spec;
  try {
    spec = await loadSpec(config.specPath);
  } catch (error) {
    return usage(`cannot load the spec ${config.specPath}: ${error instanceof Error ? error.message : String(error)}`);
  }

  const unreachable = await reachable(config.baseUrl, config.timeoutMs);
  if (unreachable) {
    console.error(`contract: cannot reach ${config.baseUrl}: ${unreachable}`);
    console.error('0 passed, 0 deviations, 1 could not run');
    return 1;
  }

  if (config.oauth) {
    // Sign in once here, so a wrong password is one line, and hand the tokens to the suites.
    try {
      config = await withOAuthTokens(config);
    } catch (error) {
      if (!(error instanceof GrantError)) throw error;
      console.error(`contract: ${error.message}`);
      console.error('0 passed, 1 failed');
      return 1;
    }
  }
  const kit = contractKit(config.api);
  if (!kit.dredd && !values['no-dredd']) {
    if (values['no-suites']) return usage(`Dredd's hooks know only TimeTracker; --api ${config.api} runs the suites (drop --no-suites)`);
    values['no-dredd'] = true;
    console.log(`(Dredd is TimeTracker-only: --api ${config.api} runs the suites alone)`);
  }
  if (config.writes && kit.entryRoom) {
    const found = await entryDay(config, spec);
    if (found.noRoom) {
      console.error(`contract: ${found.noRoom}`);
      return 2;
    }
    if (found.day) config = { ...config, entryDate: found.day };
    else console.error(`contract: warning: could not read the entries of the entry day (${found.problem}); the checks that book time will fail`);
  }
  for (const line of describeRun(config, values)) console.log(line);
  console.log('');
  const verbose = values.verbose === true;
  const env: Record<string, string> = { ...toEnv(values), CONTRACT_BASE_URL: config.baseUrl, CONTRACT_SPEC: config.specPath };
  if (config.oauth) Object.assign(env, { CONTRACT_TOKEN: config.token }, config.userToken ? { CONTRACT_USER_TOKEN: config.userToken } : {});
  if (config.entryDate) env.CONTRACT_ENTRY_DATE = config.entryDate;
  const waited = { suitesMs: 0, dreddMs: 0 };

  const results: CheckResult[] = [];
  const warnings: string[] = [];
  if (!values['no-suites']) {
    const started = performance.now();
    const run = await runSuites(env, verbose ? (r) => r.message?.startsWith('not selected') || console.log(`  [suites] ${r.outcome.padEnd(4)} ${r.id} › ${r.check}${r.message ? `  — ${r.message}` : ''}`) : undefined);
    results.push(...run.results);
    warnings.push(...run.warnings);
    waited.suitesMs = run.waitedMs;
    if (verbose) for (const l of run.logs) console.log(`  [suites log] ${l}`);
    console.log(`suites: ${checkCounts(run.results, 'suites')} checks in ${Math.round((performance.now() - started) / 1000)}s`);
  }
  if (!values['no-dredd']) {
    const started = performance.now();
    const run = await runDredd(config, env, spec);
    results.push(...run.results);
    warnings.push(...run.warnings);
    waited.dreddMs = run.waitedMs;
    if (verbose) console.log(run.output);
    if (run.skipped) console.log(`dredd:  skipped: ${run.skipped}`);
    else console.log(`dredd:  ${checkCounts(run.results, 'dredd')} transactions in ${Math.round((performance.now() - started) / 1000)}s`);
  }
  const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  console.log(`rate-limit waits: ${secs(waited.suitesMs + waited.dreddMs)} (suites ${secs(waited.suitesMs)}, dredd ${secs(waited.dreddMs)})`);
  process.exitCode = 0;

  const order = [...spec.operations.map((o) => o.operationId), ...kit.flows.map((f) => `flow:${f.id}`), 'flow:rate-limit'];
  const rows = buildRows(results, order);
  console.log('');
  console.log(renderTable(rows, Math.max(100, process.stdout.columns ?? 160)));
  console.log('');
  for (const w of warnings) console.log(`warning: ${w}`);
  if (warnings.length) console.log('');

  if (typeof values.junit === 'string') {
    const file = resolve(values.junit);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, toJUnit(results, config.baseUrl, { strict: config.strict, rows }));
    console.log(`JUnit XML: ${file}`);
  }
  if (typeof values.json === 'string') {
    const file = resolve(values.json);
    mkdirSync(dirname(file), { recursive: true });
    const report = { target: config.baseUrl, writes: config.writes, strict: config.strict, entryDate: config.entryDate ?? null, waited, summary: summaryLine(rows), rows, findings: findings(results), notRun: notRun(results, rows), results, warnings };
    writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
    console.log(`JSON: ${file}`);
  }
  const hollow = rows.filter((r) => r.outcome === 'hollow');
  if (hollow.length > 0) {
    console.log('hollow (none of the valid-request checks ran, so these did not pass):');
    for (const r of hollow) console.log(`  ${r.id}: ${r.detail.replace(/^none of its valid-request checks ran: /, '')}`);
    console.log('');
  }
  console.log(summaryLine(rows));
  return failed(rows, config.strict) ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exit(1);
  },
);
