/**
 * Results of both runners, merged operation by operation: the table the
 * runner prints, the closing summary line, JUnit XML and JSON.
 *
 * A check is a `pass`; a `deviation` (it breaks what the API documentation
 * promises); a `warning` (it breaks what this spec adds or what the real
 * server was observed to do; a failure with `--strict`); `blocked` (it could
 * not run: a prerequisite failed, with the reason); or a `skip` (not run
 * here, with the reason). An operation none of whose valid-request checks
 * ran is `hollow`, never a pass.
 */
import type { Provenance } from './provenance.js';

export type Outcome = 'pass' | 'deviation' | 'warning' | 'blocked' | 'skip';
export type RowOutcome = Outcome | 'hollow';
export type RunnerName = 'suites' | 'dredd';

export interface CheckResult {
  runner: RunnerName;
  /** operationId, or `flow:<id>`, or `(suites)`/`(dredd)` for errors outside any check. */
  id: string;
  check: string;
  outcome: Outcome;
  /** Where the expectation that failed (or, for a pass, the check) comes from. */
  provenance?: Provenance;
  /** Deviation/warning: the first difference. Blocked/skip: why. */
  message?: string;
  /** Deviation/warning/blocked: the full text (exchange included). */
  detail?: string;
  ms?: number;
}

export interface Row {
  id: string;
  outcome: RowOutcome;
  /** Deviation/warning/blocked: `check: first difference`; hollow/skip: the reason; pass: a short count. */
  detail: string;
  suites: Record<Outcome, number>;
  dredd: Outcome | '-';
}

export const SEP = ' › ';

/** Log lines a suite prints for the runner: a cleanup problem, and the ms it waited on rate limits. */
export const WARNING_PREFIX = '[contract warning]';
export const WAITED_PREFIX = '[contract waited ms]';

/** How a check's verdict travels from a suite to the runner (a vitest annotation of this type). */
export const VERDICT_ANNOTATION = 'contract-verdict';

/** `listProjects › response_schema_conformance` -> [listProjects, response_schema_conformance]. */
export function splitTestName(name: string): { id: string; check: string } {
  const i = name.indexOf(SEP);
  return i < 0 ? { id: name, check: 'test' } : { id: name.slice(0, i), check: name.slice(i + SEP.length) };
}

export const firstLine = (s: string | undefined): string => (s ?? '').split('\n').find((l) => l.trim() !== '')?.trim() ?? '';

/** The checks of a valid request: an operation none of which ran is hollow. */
export function isValidCheck(check: string): boolean {
  return /^(status_code_conformance|response_schema_conformance|response_headers_conformance|pagination_conformance|documented_input|stateful_flow|rate_limit_headers|sliding_window)\b/.test(check) || check.startsWith('dredd ');
}

/** Not part of this run at all (--only), or excluded as a whole by the run's settings. */
const notSelected = (r: CheckResult) => r.outcome === 'skip' && (r.message?.startsWith('not selected') ?? false);

const ORDER: RowOutcome[] = ['deviation', 'blocked', 'warning', 'hollow', 'pass', 'skip'];
const zero = (): Record<Outcome, number> => ({ pass: 0, deviation: 0, warning: 0, blocked: 0, skip: 0 });

/** One row per operation/flow, in the order given by `order` (others after). */
export function buildRows(results: readonly CheckResult[], order: readonly string[]): Row[] {
  const ids = [...order];
  for (const r of results) if (!ids.includes(r.id)) ids.push(r.id);
  const rows: Row[] = [];
  for (const id of ids) {
    const mine = results.filter((r) => r.id === id);
    if (mine.length === 0 || mine.every(notSelected)) continue;
    const suites = mine.filter((r) => r.runner === 'suites');
    const dredd = mine.filter((r) => r.runner === 'dredd');
    const counts = zero();
    for (const r of suites) counts[r.outcome]++;
    const dreddOutcome: Outcome | '-' = dredd.length === 0 ? '-' : (ORDER.find((o) => dredd.some((r) => r.outcome === o)) as Outcome);
    const worst = (o: Outcome) => mine.find((r) => r.outcome === o);
    let outcome: RowOutcome;
    let detail: string;
    const bad = worst('deviation') ?? worst('blocked') ?? worst('warning');
    const ran = mine.filter((r) => r.outcome === 'pass' || r.outcome === 'warning' || r.outcome === 'deviation');
    if (bad) {
      outcome = bad.outcome;
      detail = `${bad.check}: ${firstLine(bad.message)}`;
    } else if (ran.length > 0 && !mine.some((r) => isValidCheck(r.check) && r.outcome === 'pass')) {
      outcome = 'hollow';
      const why = mine.find((r) => isValidCheck(r.check) && r.outcome === 'skip');
      detail = `none of its valid-request checks ran: ${firstLine(why?.message) || 'no valid request'}`;
    } else if (ran.length > 0) {
      outcome = 'pass';
      detail = suites.length > 0 ? `${counts.pass} check(s) passed${counts.skip ? `, ${counts.skip} skipped` : ''}` : 'dredd passed';
    } else {
      outcome = 'skip';
      const why = mine.find((r) => r.check === 'status_code_conformance' || r.check === 'stateful_flow')?.message ?? mine[0].message;
      detail = firstLine(why) || 'skipped';
    }
    rows.push({ id, outcome, detail, suites: counts, dredd: dreddOutcome });
  }
  return rows;
}

const LABEL: Record<RowOutcome, string> = { pass: 'pass', deviation: 'DEVIATION', warning: 'warning', blocked: 'NOT RUN', hollow: 'HOLLOW', skip: 'skip' };

export function renderTable(rows: readonly Row[], width = 160): string {
  const idW = Math.max(9, ...rows.map((r) => r.id.length));
  const head = `${'operation'.padEnd(idW)}  ${'result'.padEnd(9)}  dredd      detail`;
  const lines = [head, '-'.repeat(Math.min(width, head.length + 40))];
  for (const r of rows) {
    const prefix = `${r.id.padEnd(idW)}  ${LABEL[r.outcome].padEnd(9)}  ${(r.dredd === '-' ? '-' : LABEL[r.dredd]).padEnd(9)}  `;
    const room = Math.max(30, width - prefix.length);
    lines.push(prefix + (r.detail.length > room ? `${r.detail.slice(0, room - 3)}...` : r.detail));
  }
  return lines.join('\n');
}

/** Rows by outcome. */
export function rowCounts(rows: readonly Row[]): Record<RowOutcome, number> {
  const n = { ...zero(), hollow: 0 };
  for (const r of rows) n[r.outcome]++;
  return n;
}

/** `60 passed, 2 deviations, 3 warnings, 1 hollow, 0 could not run, 4 skipped` (zero parts after the first two left out). */
export function summaryLine(rows: readonly Row[]): string {
  const n = rowCounts(rows);
  const parts = [`${n.pass} passed`, `${n.deviation} deviation${n.deviation === 1 ? '' : 's'}`];
  if (n.warning) parts.push(`${n.warning} warning${n.warning === 1 ? '' : 's'}`);
  if (n.hollow) parts.push(`${n.hollow} hollow`);
  if (n.blocked) parts.push(`${n.blocked} could not run`);
  if (n.skip) parts.push(`${n.skip} skipped`);
  return parts.join(', ');
}

/** Does the run fail? A deviation or a check that could not run; with `strict`, a warning too. */
export function failed(rows: readonly Row[], strict: boolean): boolean {
  return rows.some((r) => r.outcome === 'deviation' || r.outcome === 'blocked' || (strict && r.outcome === 'warning'));
}

export function checkCounts(results: readonly CheckResult[], runner: RunnerName): string {
  const mine = results.filter((r) => r.runner === runner);
  const n = (o: Outcome) => mine.filter((r) => r.outcome === o).length;
  return `${n('pass')} passed, ${n('deviation')} deviations, ${n('warning')} warnings, ${n('blocked')} could not run, ${n('skip')} skipped`;
}

/** The findings a maintainer reads: every deviation and warning, with the check and where its expectation comes from. */
export function findings(results: readonly CheckResult[]): { id: string; check: string; kind: 'deviation' | 'warning'; provenance?: Provenance; runner: RunnerName; message: string }[] {
  return results
    .filter((r) => r.outcome === 'deviation' || r.outcome === 'warning')
    .map((r) => ({ id: r.id, check: r.check, kind: r.outcome as 'deviation' | 'warning', provenance: r.provenance, runner: r.runner, message: firstLine(r.message) }));
}

/** What could not run, and why: checks that were blocked or skipped (not the ones left out with --only), and hollow operations. */
export function notRun(results: readonly CheckResult[], rows: readonly Row[]): { id: string; check: string; why: string }[] {
  const out = results.filter((r) => (r.outcome === 'blocked' || r.outcome === 'skip') && !notSelected(r)).map((r) => ({ id: r.id, check: r.check, why: firstLine(r.message) }));
  for (const row of rows) if (row.outcome === 'hollow') out.push({ id: row.id, check: '(hollow)', why: row.detail });
  return out;
}

const xml = (s: string): string =>
  s
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

/**
 * JUnit XML: one testsuite per runner, one testcase per check (classname =
 * operation). A deviation is a `<failure type="deviation">`, a check that
 * could not run an `<error>`, a warning a passing testcase with its verdict
 * as a property and its text in `<system-out>` (a `<failure type="warning">`
 * with `strict`), a skip `<skipped>`; a hollow operation adds a skipped
 * testcase `<op> › hollow` with the reason.
 */
export function toJUnit(results: readonly CheckResult[], target: string, options: { strict?: boolean; rows?: readonly Row[] } = {}): string {
  const out = ['<?xml version="1.0" encoding="UTF-8"?>'];
  const failing = (r: CheckResult) => r.outcome === 'deviation' || (options.strict === true && r.outcome === 'warning');
  const hollow = (options.rows ?? []).filter((r) => r.outcome === 'hollow');
  const fails = results.filter(failing).length;
  const errors = results.filter((r) => r.outcome === 'blocked').length;
  out.push(`<testsuites name="contract ${xml(target)}" tests="${results.length + hollow.length}" failures="${fails}" errors="${errors}">`);
  for (const runner of ['suites', 'dredd'] as const) {
    const mine = results.filter((r) => r.runner === runner);
    if (mine.length === 0) continue;
    const extra = runner === 'suites' ? hollow : [];
    const f = mine.filter(failing).length;
    const e = mine.filter((r) => r.outcome === 'blocked').length;
    const s = mine.filter((r) => r.outcome === 'skip').length + extra.length;
    const time = mine.reduce((t, r) => t + (r.ms ?? 0), 0) / 1000;
    out.push(`  <testsuite name="${runner}" tests="${mine.length + extra.length}" failures="${f}" errors="${e}" skipped="${s}" time="${time.toFixed(3)}">`);
    for (const r of mine) {
      const open = `    <testcase classname="${xml(r.id)}" name="${xml(`${r.id}${SEP}${r.check}`)}" time="${((r.ms ?? 0) / 1000).toFixed(3)}"`;
      const props = r.provenance ? `<properties><property name="provenance" value="${r.provenance}"/><property name="verdict" value="${r.outcome}"/></properties>` : '';
      if (r.outcome === 'pass') out.push(props ? `${open}>${props}</testcase>` : `${open}/>`);
      else if (r.outcome === 'skip') out.push(`${open}><skipped message="${xml(firstLine(r.message))}"/></testcase>`);
      else if (r.outcome === 'blocked') out.push(`${open}>${props}<error type="could not run" message="${xml(firstLine(r.message))}">${xml(r.detail ?? r.message ?? '')}</error></testcase>`);
      else if (failing(r)) out.push(`${open}>${props}<failure type="${r.outcome}" message="${xml(firstLine(r.message))}">${xml(r.detail ?? r.message ?? '')}</failure></testcase>`);
      else out.push(`${open}>${props}<system-out>${xml(`warning (${r.provenance ?? 'specified'}): ${r.detail ?? r.message ?? ''}`)}</system-out></testcase>`);
    }
    for (const row of extra) out.push(`    <testcase classname="${xml(row.id)}" name="${xml(`${row.id}${SEP}hollow`)}" time="0.000"><skipped message="${xml(`hollow: ${row.detail}`)}"/></testcase>`);
    out.push('  </testsuite>');
  }
  out.push('</testsuites>');
  return `${out.join('\n')}\n`;
}
