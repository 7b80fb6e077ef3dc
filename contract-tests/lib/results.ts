/**
 * Results of both runners, merged operation by operation: the table the
 * runner prints, the closing `N passed, N failed` line, JUnit XML and JSON.
 */
export type Outcome = 'pass' | 'fail' | 'skip';
export type RunnerName = 'suites' | 'dredd';

export interface CheckResult {
  runner: RunnerName;
  /** operationId, or `flow:<id>`, or `(suites)`/`(dredd)` for errors outside any check. */
  id: string;
  check: string;
  outcome: Outcome;
  /** Fail: the first difference. Skip: why. */
  message?: string;
  /** Fail: the full failure text (exchange included). */
  detail?: string;
  ms?: number;
}

export interface Row {
  id: string;
  outcome: Outcome;
  /** Fail: `check: first difference`; skip: the reason; pass: a short count. */
  detail: string;
  suites: { pass: number; fail: number; skip: number };
  dredd: Outcome | '-';
}

export const SEP = ' › ';

/** Log lines a suite prints for the runner: a cleanup problem, and the ms it waited on rate limits. */
export const WARNING_PREFIX = '[contract warning]';
export const WAITED_PREFIX = '[contract waited ms]';

/** `listProjects › response_schema_conformance` -> [listProjects, response_schema_conformance]. */
export function splitTestName(name: string): { id: string; check: string } {
  const i = name.indexOf(SEP);
  return i < 0 ? { id: name, check: 'test' } : { id: name.slice(0, i), check: name.slice(i + SEP.length) };
}

export const firstLine = (s: string | undefined): string => (s ?? '').split('\n').find((l) => l.trim() !== '')?.trim() ?? '';

/** One row per operation/flow, in the order given by `order` (others after). */
export function buildRows(results: readonly CheckResult[], order: readonly string[]): Row[] {
  const ids = [...order];
  for (const r of results) if (!ids.includes(r.id)) ids.push(r.id);
  const rows: Row[] = [];
  for (const id of ids) {
    const mine = results.filter((r) => r.id === id);
    if (mine.length === 0) continue;
    // Left out with --only: not part of this run at all.
    if (mine.every((r) => r.outcome === 'skip' && r.message?.startsWith('not selected'))) continue;
    const suites = mine.filter((r) => r.runner === 'suites');
    const dredd = mine.filter((r) => r.runner === 'dredd');
    const count = (o: Outcome) => suites.filter((r) => r.outcome === o).length;
    const dreddOutcome: Outcome | '-' = dredd.length === 0 ? '-' : dredd.some((r) => r.outcome === 'fail') ? 'fail' : dredd.some((r) => r.outcome === 'pass') ? 'pass' : 'skip';
    const failed = mine.find((r) => r.outcome === 'fail');
    let outcome: Outcome;
    let detail: string;
    if (failed) {
      outcome = 'fail';
      detail = `${failed.runner === 'dredd' ? 'dredd ' : ''}${failed.check}: ${firstLine(failed.message)}`;
    } else if (mine.some((r) => r.outcome === 'pass')) {
      outcome = 'pass';
      const skipped = count('skip');
      detail = suites.length > 0 ? `${count('pass')} check(s) passed${skipped ? `, ${skipped} skipped` : ''}` : 'dredd passed';
    } else {
      outcome = 'skip';
      const why = mine.find((r) => r.check === 'status_code_conformance' || r.check === 'stateful_flow')?.message ?? mine[0].message;
      detail = firstLine(why) || 'skipped';
    }
    rows.push({ id, outcome, detail, suites: { pass: count('pass'), fail: count('fail'), skip: count('skip') }, dredd: dreddOutcome });
  }
  return rows;
}

const LABEL: Record<Outcome, string> = { pass: 'pass', fail: 'FAIL', skip: 'skip' };

export function renderTable(rows: readonly Row[], width = 160): string {
  const idW = Math.max(9, ...rows.map((r) => r.id.length));
  const head = `${'operation'.padEnd(idW)}  result  dredd  detail`;
  const lines = [head, '-'.repeat(Math.min(width, head.length + 40))];
  for (const r of rows) {
    const prefix = `${r.id.padEnd(idW)}  ${LABEL[r.outcome].padEnd(6)}  ${(r.dredd === '-' ? '-' : LABEL[r.dredd]).padEnd(5)}  `;
    const room = Math.max(30, width - prefix.length);
    lines.push(prefix + (r.detail.length > room ? `${r.detail.slice(0, room - 3)}...` : r.detail));
  }
  return lines.join('\n');
}

export function summaryLine(rows: readonly Row[]): string {
  const n = (o: Outcome) => rows.filter((r) => r.outcome === o).length;
  return `${n('pass')} passed, ${n('fail')} failed${n('skip') ? `, ${n('skip')} skipped` : ''}`;
}

export function checkCounts(results: readonly CheckResult[], runner: RunnerName): string {
  const mine = results.filter((r) => r.runner === runner);
  const n = (o: Outcome) => mine.filter((r) => r.outcome === o).length;
  return `${n('pass')} passed, ${n('fail')} failed, ${n('skip')} skipped`;
}

const xml = (s: string): string =>
  s
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

/** JUnit XML: one testsuite per runner, one testcase per check (classname = operation). */
export function toJUnit(results: readonly CheckResult[], target: string): string {
  const out = ['<?xml version="1.0" encoding="UTF-8"?>'];
  const all = results.length;
  const fails = results.filter((r) => r.outcome === 'fail').length;
  out.push(`<testsuites name="contract ${xml(target)}" tests="${all}" failures="${fails}">`);
  for (const runner of ['suites', 'dredd'] as const) {
    const mine = results.filter((r) => r.runner === runner);
    if (mine.length === 0) continue;
    const f = mine.filter((r) => r.outcome === 'fail').length;
    const s = mine.filter((r) => r.outcome === 'skip').length;
    const time = mine.reduce((t, r) => t + (r.ms ?? 0), 0) / 1000;
    out.push(`  <testsuite name="${runner}" tests="${mine.length}" failures="${f}" skipped="${s}" errors="0" time="${time.toFixed(3)}">`);
    for (const r of mine) {
      const open = `    <testcase classname="${xml(r.id)}" name="${xml(`${r.id}${SEP}${r.check}`)}" time="${((r.ms ?? 0) / 1000).toFixed(3)}"`;
      if (r.outcome === 'pass') out.push(`${open}/>`);
      else if (r.outcome === 'skip') out.push(`${open}><skipped message="${xml(firstLine(r.message))}"/></testcase>`);
      else out.push(`${open}><failure message="${xml(firstLine(r.message))}">${xml(r.detail ?? r.message ?? '')}</failure></testcase>`);
    }
    out.push('  </testsuite>');
  }
  out.push('</testsuites>');
  return `${out.join('\n')}\n`;
}
