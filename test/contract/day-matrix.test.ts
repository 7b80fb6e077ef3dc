/**
 * Nothing in the contract kit may depend on the day of the week or the time
 * of day. The mock seeds its scenario around "now" (weekday entries only,
 * the admin on some days), so the self-test runs with the clocks of both the
 * mock (`--now`) and the runner (`--now`, read from the mock's clock) set to
 * each day of one week, each at another hour, and once just before and once
 * just after midnight UTC; every run must pass, in both runners.
 *
 * The variants run what depends on the day -- every operation and flow that
 * books time entries or timers, reads the entry day or today's attendance
 * (DAY_SENSITIVE) -- with `--only`; self.test.ts keeps one full run. Run
 * times are printed, never asserted.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contractArgs, limiter, mockAvailable, mockNow, mockTokens, runContract, startMock, type ContractReport } from './mock-process.js';

/** Operations and flows whose requests depend on the day or the hour. */
export const DAY_SENSITIVE = [
  'listTimeEntries',
  'createTimeEntry',
  'importTimeEntriesCsv',
  'bulkTimeEntries',
  'getTimeEntry',
  'updateTimeEntry',
  'patchTimeEntry',
  'deleteTimeEntry',
  'getTimerStatus',
  'startTimer',
  'stopTimer',
  'pauseTimer',
  'resumeTimer',
  'getSummaryReport',
  'getWeekComparison',
  'getValueDashboard',
  'getAttendanceStatus',
  'getWorkdayStatus',
  'startWorkday',
  'endWorkday',
  'startBreak',
  'endBreak',
  'flow:crud-chain',
  'flow:timer',
  'flow:idempotent-replay',
  'flow:pagination',
];

const MIDNIGHT = Date.parse('2026-11-17T00:00:00Z');

/**
 * Monday 2026-11-16 to Sunday 2026-11-22, each at another hour; then the two
 * sides of a midnight. `after` checks the mock's clock once the run is done.
 */
const VARIANTS: { label: string; at: string; after?: (mockClock: number) => void }[] = [
  { label: 'Monday 03:00', at: '2026-11-16T03:00:00Z' },
  { label: 'Tuesday 07:30', at: '2026-11-17T07:30:00Z' },
  { label: 'Wednesday 10:00', at: '2026-11-18T10:00:00Z' },
  { label: 'Thursday 12:15', at: '2026-11-19T12:15:00Z' },
  { label: 'Friday 15:45', at: '2026-11-20T15:45:00Z' },
  { label: 'Saturday 18:30', at: '2026-11-21T18:30:00Z' },
  { label: 'Sunday 21:00', at: '2026-11-22T21:00:00Z' },
  // Starts on Monday 8 s before midnight and ends on Tuesday: the clocks cross midnight while it runs.
  { label: 'just before midnight', at: '2026-11-16T23:59:52Z', after: (t) => expect(t, 'the run crossed midnight').toBeGreaterThan(MIDNIGHT) },
  { label: 'just after midnight', at: '2026-11-17T00:00:05Z' },
];

/** Two mocks and runs at a time (2 cores). */
const limited = limiter(2);

const dir = mkdtempSync(join(tmpdir(), 'contract-days-'));
const times: string[] = [];

describe.skipIf(!mockAvailable())('the contract kit on any day, at any hour', () => {
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
    console.log(`day matrix (--only ${DAY_SENSITIVE.length} day-sensitive operations and flows, both runners):\n${times.join('\n')}`);
  });

  it.concurrent.each(VARIANTS)(
    'passes with the mock and the runner at $label ($at)',
    ({ label, at, after }) =>
      limited(async () => {
        const mock = await startMock(['--now', at]);
        try {
          const tokens = await mockTokens(mock.baseUrl);
          // Seeded around `at`; back to `at` exactly (running on), whatever the start-up took.
          await fetch(`${mock.baseUrl}/__mock/clock`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ set: at }) });
          const runnerNow = await mockNow(mock.baseUrl);
          expect(runnerNow - Date.parse(at)).toBeLessThan(5_000);
          const json = join(dir, `${at.replace(/:/g, '')}.json`);
          const run = await runContract([...contractArgs(mock.baseUrl, tokens), '--now', new Date(runnerNow).toISOString(), '--only', DAY_SENSITIVE.join(','), '--json', json], 900_000);
          const report = `${run.stdout}\n${run.stderr}`;
          expect(report, `${label}:\n${report}`).toMatch(/^\d+ passed, 0 deviations/m);
          expect(run.code, report).toBe(0);
          const result = JSON.parse(readFileSync(json, 'utf8')) as ContractReport;
          const today = new Date(runnerNow).toISOString().slice(0, 10);
          expect(result.entryDate, 'entries are booked before the pinned day').not.toBeNull();
          expect(result.entryDate! < today, `${result.entryDate} < ${today}`).toBe(true);
          expect(result.findings, `${label}: deviations and warnings`).toEqual([]);
          const rows = new Map(result.rows.map((r) => [r.id, r]));
          for (const id of DAY_SENSITIVE) {
            expect(rows.get(id)?.outcome, `${label}: ${id}`).toBe('pass');
            if (!id.startsWith('flow:')) expect(rows.get(id)?.dredd, `${label}: dredd ${id}`).toBe('pass');
          }
          expect(result.rows.length).toBe(DAY_SENSITIVE.length);
          after?.(await mockNow(mock.baseUrl));
          times.push(`  ${label.padEnd(22)} ${at}  entries on ${result.entryDate}  ${run.seconds.toFixed(1)} s`);
        } finally {
          await mock.stop();
        }
      }),
    1_800_000,
  );
});
