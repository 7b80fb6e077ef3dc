/**
 * The contract suites against the real mock: start `src/server/cli.ts` on a
 * free loopback port, run the contract runner (suites + Dredd) and expect
 * every check to pass.
 *
 * - once with the mock's admin, narrow and user tokens and an admin's login
 *   (the full run): no deviation, no warning, no hollow operation but the AI
 *   helper's three (off by default, as on the real server), and the
 *   mock's data listed in full is what it was before, but for what the API
 *   cannot remove (the projects it archived and their inactive clients);
 * - then the README's own command (`--base-url` + `--token`) twice in a row
 *   on the same mock, without a reset: neither reports a deviation, and each
 *   leaves the data as it found it;
 * - and once more against a mock with its rate limits off (no X-RateLimit-*
 *   headers): it passes without a single pacing wait. Both run times are
 *   printed, not asserted.
 *
 * The mock processes are always stopped by their PID.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contractArgs, dataListing, leftovers, mockAvailable, mockTokens, runContract, startMock, type ContractReport, type RunningMock, type Tokens } from './mock-process.js';

const dir = mkdtempSync(join(tmpdir(), 'contract-self-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const seconds: Record<string, number> = {};
let runs = 0;

/** One run of the runner with `args` plus a JSON report; expects no deviation and exit 0. */
async function passingRun(args: string[]): Promise<ContractReport & { seconds: number }> {
  const json = join(dir, `contract-${++runs}.json`);
  const run = await runContract([...args, '--json', json], 900_000);
  const report = `${run.stdout}\n${run.stderr}`;
  expect(report, report).toMatch(/^\d+ passed, 0 deviations/m);
  expect(run.code, report).toBe(0);
  return { ...(JSON.parse(readFileSync(json, 'utf8')) as ContractReport), seconds: run.seconds };
}

/** The listing after a run is the one before, but for the archived projects and inactive clients it created. */
async function expectNothingLeft(base: string, token: string, before: Record<string, unknown>, label: string): Promise<void> {
  const { left, rest } = leftovers(before, await dataListing(base, token));
  expect(rest, `${label}: the data differs from before the run`).toEqual(before);
  for (const p of left.projects) expect(p, `${label}: a project the run left`).toMatchObject({ name: expect.stringMatching(/^contract /), status: 'archived' });
  for (const c of left.clients) expect(c, `${label}: a client the run left`).toMatchObject({ name: expect.stringMatching(/^contract /), status: 'inactive' });
}

describe.skipIf(!mockAvailable())('contract suites against the mock (self-test)', () => {
  let mock: RunningMock | undefined;
  let tokens: Tokens;

  beforeAll(async () => {
    mock = await startMock();
    tokens = await mockTokens(mock.baseUrl);
  }, 90_000);

  afterAll(async () => {
    await mock?.stop();
  }, 30_000);

  it('passes every operation and flow, in both runners, with no warning and nothing hollow but the AI helper, and leaves the data as it found it', async () => {
    expect(tokens.narrow, 'the mock lists a token "read:projects only"').toBeDefined();
    expect(tokens.login, 'the mock lists an admin login').toBeDefined();
    const before = await dataListing(mock!.baseUrl, tokens.admin);
    const junit = join(dir, 'contract.xml');
    const result = await passingRun([...contractArgs(mock!.baseUrl, tokens), '--junit', junit]);
    seconds['limits lifted'] = result.seconds;
    expect(result.findings, 'deviations and warnings of the documented profile').toEqual([]);
    // The AI helper is off by default (503 ai_disabled, the real server's default) and a run cannot turn it on.
    const aiOff = expect.stringMatching(/AI helper is off on the target/);
    expect(result.rows.filter((r) => r.outcome !== 'pass').map((r) => [r.id, r.outcome, r.detail])).toEqual([
      ['getAiContextPreview', 'hollow', aiOff],
      ['postAiChat', 'hollow', aiOff],
      ['confirmAiAction', 'hollow', aiOff],
      ['flow:rate-limit', 'skip', expect.stringMatching(/above the documented 100/)],
    ]);
    expect(result.rows.filter((r) => r.dredd === 'pass').length).toBeGreaterThanOrEqual(60);
    expect(readFileSync(junit, 'utf8')).toContain('<testsuite name="dredd"');
    await expectNothingLeft(mock!.baseUrl, tokens.admin, before, 'full run');
  }, 960_000);

  it("runs the README's command twice in a row on the same mock, and leaves the data as it found it", async () => {
    const base = mock!.baseUrl;
    for (const round of [1, 2]) {
      const before = await dataListing(base, tokens.admin);
      const result = await passingRun(['--base-url', base, '--token', tokens.admin, '--junit', join(dir, `readme-${round}.xml`)]);
      seconds[`README command, run ${round}`] = result.seconds;
      expect(result.rows.find((r) => r.id === 'flow:crud-chain')?.outcome, `run ${round}`).toBe('pass');
      expect(result.rows.find((r) => r.id === 'createTimeEntry')?.dredd, `run ${round}`).toBe('pass');
      // Without a login the session routes and the logins cannot run: they are hollow, and say why. So are the
      // AI helper's routes: off by default (the real server's default, 503 ai_disabled), and a run cannot turn it on.
      expect(result.rows.filter((r) => r.outcome === 'hollow').map((r) => r.id).sort(), `run ${round}`).toEqual(['confirmAiAction', 'getAiContextPreview', 'getValueDashboard', 'getWeekComparison', 'login', 'postAiChat', 'webLogin', 'webSearch']);
      expect(result.findings, `run ${round}`).toEqual([]);
      expect(result.warnings, `run ${round}: cleanup problems`).toEqual([]);
      await expectNothingLeft(base, tokens.admin, before, `README command, run ${round}`);
    }
  }, 1_900_000);

  it('books only into the gaps of a crowded day, and stops before any write on a full one', async () => {
    const base = mock!.baseUrl;
    // Long before the seeded months: only what this test books is on that day.
    const day = '2026-01-03';
    const api = (method: string, path: string, body?: unknown) =>
      fetch(`${base}${path}`, { method, headers: { Authorization: `Bearer ${tokens.admin}`, 'Content-Type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
    const project = ((await (await api('GET', '/api/v1/projects?per_page=1')).json()) as { projects: { id: number }[] }).projects[0].id;
    const book = async (start: string, end: string): Promise<number> => {
      const res = await api('POST', '/api/v1/time-entries', { project_id: project, start_time: `${day}T${start}:00`, end_time: `${day}T${end}:00`, notes: 'already there' });
      expect(res.status, `${start}-${end}`).toBe(201);
      return ((await res.json()) as { time_entry: { id: number } }).time_entry.id;
    };
    const listDay = async () =>
      ((await (await api('GET', `/api/v1/time-entries?start_date=${day}&end_date=${day}&include_active=true&per_page=100`)).json()) as { time_entries: { id: number; start_time: string; end_time: string }[] }).time_entries;
    const theirs: number[] = [];
    try {
      // Busy two thirds of the day: 1 h 20 min booked, 40 min free, twelve times.
      for (let h = 0; h < 24; h += 2) theirs.push(await book(`${String(h).padStart(2, '0')}:40`, `${String(h + 2).padStart(2, '0')}:00`.replace(/^24:00$/, '23:59')));
      const booked = await listDay();
      const crowded = await passingRun([...contractArgs(base, tokens), '--entry-date', day, '--only', 'createTimeEntry,importTimeEntriesCsv,bulkTimeEntries,deleteTimeEntry,flow:crud-chain,flow:idempotent-replay,flow:pagination']);
      expect(crowded.entryDate).toBe(day);
      expect(crowded.rows.filter((r) => r.outcome === 'pass')).toHaveLength(7);
      expect(await listDay(), 'the entries already there are untouched and nothing else is left').toEqual(booked);

      // Now fill the gaps: no room left, so one line, exit 2, and not one write.
      for (let h = 0; h < 24; h += 2) theirs.push(await book(`${String(h).padStart(2, '0')}:00`, `${String(h).padStart(2, '0')}:40`));
      const log = async () => ((await (await fetch(`${base}/__mock/requests?limit=1000`)).json()) as { requests: { seq: number; method: string; path: string }[] }).requests;
      const last = Math.max(...(await log()).map((r) => r.seq));
      const full = await runContract([...contractArgs(base, tokens), '--entry-date', day], 300_000);
      expect(full.code, full.stdout + full.stderr).toBe(2);
      expect(full.stderr.trim().split('\n')).toEqual([expect.stringMatching(new RegExp(`^contract: no room on ${day} for user \\d+: .*; pick another --entry-date$`))]);
      const sent = (await log()).filter((r) => r.seq > last);
      expect(sent.length).toBeGreaterThan(0);
      expect(sent.filter((r) => r.method !== 'GET')).toEqual([]);
    } finally {
      for (const id of theirs) await api('DELETE', `/api/v1/time-entries/${id}`);
    }
  }, 1_900_000);
});

describe.skipIf(!mockAvailable())('a mock with its rate limits off', () => {
  let mock: RunningMock | undefined;

  beforeAll(async () => {
    mock = await startMock([], 'off');
  }, 90_000);

  afterAll(async () => {
    await mock?.stop();
  }, 30_000);

  it('sends no rate-limit headers, and a run completes without a single pacing wait', async () => {
    const tokens = await mockTokens(mock!.baseUrl);
    const res = await fetch(`${mock!.baseUrl}/api/v1/projects?per_page=1`, { headers: { Authorization: `Bearer ${tokens.admin}` } });
    expect(res.status).toBe(200);
    expect([...res.headers.keys()].filter((h) => h.startsWith('x-ratelimit-'))).toEqual([]);

    const result = await passingRun(contractArgs(mock!.baseUrl, tokens));
    seconds['limits off'] = result.seconds;
    expect(result.waited).toEqual({ suitesMs: 0, dreddMs: 0 });
    expect(result.rows.filter((r) => r.dredd === 'pass').length).toBeGreaterThanOrEqual(60);
    console.log(`contract run times: ${Object.entries(seconds).map(([k, s]) => `${k} ${s.toFixed(1)} s`).join(', ')}`);
  }, 960_000);
});
