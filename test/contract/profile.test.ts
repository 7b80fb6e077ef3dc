/**
 * The mock in `--profile timetracker-5.10` reproduces the real server's known
 * deviations; the contract suites run against it must report exactly the
 * profile's table (src/apis/timetracker/profiles.ts, the one source of the
 * README's table): every finding of the table, each as a deviation or a
 * warning as listed, and nothing else. Against the documented profile (the
 * default) the rate-limit flow passes with no finding (the rest of the
 * documented run is self.test.ts's).
 *
 * Two runs per profile: the suites against a mock with its limits lifted
 * (quick), and the rate-limit flow alone against a fresh mock with the
 * documented limits (100 a minute), started at :20 of a minute so its burst
 * fits in one clock minute, the runner's clock pinned to the mock's.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expectedFindings, SWITCHES } from '../../src/apis/timetracker/profiles.js';
import { contractArgs, limiter, mockAvailable, mockNow, mockTokens, runContract, startMock, type ContractReport } from './mock-process.js';

const dir = mkdtempSync(join(tmpdir(), 'contract-profile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const limited = limiter(2);
const seconds: Record<string, number> = {};

type Profile = 'documented' | 'timetracker-5.10';

/**
 * One contract run against a fresh mock of `profile`; the report. The rate-limit runs pin the mock's clock
 * into a minute: the 5.10 one 20 s in (the burst starts at once), the documented one 45 s in (the flow first
 * waits for the next minute, so the token's first request leaves the window before the last probe: the case
 * that once read as a fixed window).
 */
async function run(profile: Profile, what: 'suites' | 'rate-limit'): Promise<ContractReport> {
  const minute = Math.floor(Date.now() / 60_000) * 60_000;
  const mock =
    what === 'suites'
      ? await startMock(['--profile', profile])
      : await startMock(['--profile', profile, '--now', new Date(minute + (profile === 'documented' ? 45_000 : 20_000)).toISOString()], 'documented');
  try {
    const tokens = await mockTokens(mock.baseUrl);
    const json = join(dir, `${profile}-${what}.json`);
    const only = what === 'rate-limit' ? ['--only', 'flow:rate-limit', '--now', new Date(await mockNow(mock.baseUrl)).toISOString()] : ['--skip', 'flow:rate-limit'];
    const r = await runContract([...contractArgs(mock.baseUrl, tokens), '--no-dredd', ...only, '--json', json], 600_000);
    seconds[`${profile} ${what}`] = r.seconds;
    const report = JSON.parse(readFileSync(json, 'utf8')) as ContractReport;
    expect(report.warnings, `${profile} ${what}: cleanup problems`).toEqual([]);
    expect(report.notRun.filter((n) => /^setup failed|^could not run/.test(n.why)), `${profile} ${what}: checks that could not run`).toEqual([]);
    return report;
  } finally {
    await mock.stop();
  }
}

const key = (f: { id: string; check: string; kind: string }) => `${f.kind}: ${f.id} › ${f.check}`;

describe.skipIf(!mockAvailable())('the mock in a profile, through the contract suites', () => {
  afterAll(() => console.log(`profile runs: ${Object.entries(seconds).map(([k, s]) => `${k} ${s.toFixed(1)} s`).join(', ')}`));

  it.concurrent('timetracker-5.10: the suites report exactly the profile table, deviations and warnings as listed', () =>
    limited(async () => {
      const [suites, rate] = [await run('timetracker-5.10', 'suites'), await run('timetracker-5.10', 'rate-limit')];
      const reported = [...suites.findings, ...rate.findings].filter((f) => f.runner === 'suites').map(key).sort();
      const table = expectedFindings('timetracker-5.10').map(key).sort();
      expect(reported).toEqual(table);
      // Every switch of the table is caught by at least one finding (none is listed without a check that shows it).
      for (const [name, s] of Object.entries(SWITCHES)) expect(s.findings.length, name).toBeGreaterThan(0);
      // Nothing else is off: no operation is hollow but the AI helper's (off by default, as on the real server: 503
      // ai_disabled, and a run cannot turn it on); the only skips are the flows left out and the mock-only route.
      expect(suites.rows.filter((r) => r.outcome === 'hollow').map((r) => r.id).sort()).toEqual(['confirmAiAction', 'getAiContextPreview', 'postAiChat']);
    }),
    1_300_000,
  );

  it.concurrent('documented: the rate-limit flow passes (documented headers, a sliding window), with no warning', () =>
    limited(async () => {
      const rate = await run('documented', 'rate-limit');
      expect(rate.findings).toEqual([]);
      expect(rate.rows.find((r) => r.id === 'flow:rate-limit')).toMatchObject({ outcome: 'pass' });
    }),
    700_000,
  );
});
