/**
 * The mock can start at a pinned instant (`--now` / `MOCK_NOW`): its clock
 * starts there and runs on (not frozen), and the scenario is seeded around
 * it. The day-matrix test relies on both; a bad value is one line and exit 2.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { CLI, REPO, mockAvailable, mockNow, mockTokens, startMock } from './mock-process.js';

describe.skipIf(!mockAvailable())('the mock at a pinned instant', () => {
  it('--now starts a running clock there and seeds the default scenario around it', async () => {
    const pinned = Date.parse('2026-11-18T10:00:00Z');
    const mock = await startMock(['--now', '2026-11-18T10:00:00Z']);
    try {
      const first = await mockNow(mock.baseUrl);
      expect(first).toBeGreaterThanOrEqual(pinned);
      expect(first - pinned).toBeLessThan(60_000);
      await new Promise((r) => setTimeout(r, 60));
      const clock = (await (await fetch(`${mock.baseUrl}/__mock/clock`)).json()) as { epoch_ms: number; frozen: boolean };
      expect(clock.frozen).toBe(false);
      expect(clock.epoch_ms).toBeGreaterThan(first);
      expect(mock.output()).toContain('clock: 2026-11-18T10:00:');

      // Seeded around the pinned instant: the newest entry is from the last days before it, none after its midnight.
      const { admin } = await mockTokens(mock.baseUrl);
      const res = await fetch(`${mock.baseUrl}/api/v1/time-entries?per_page=1`, { headers: { Authorization: `Bearer ${admin}` } });
      const newest = ((await res.json()) as { time_entries: { start_time: string }[] }).time_entries[0].start_time;
      expect(newest < '2026-11-18T00:00:00').toBe(true);
      expect(newest >= '2026-11-14').toBe(true);
    } finally {
      await mock.stop();
    }
  }, 120_000);

  it('MOCK_NOW does the same; a value that is not an ISO datetime is one line and exit 2', async () => {
    const cli = (args: string[], env: Record<string, string> = {}) =>
      spawnSync(process.execPath, ['--import', 'tsx', CLI, '--port', '0', ...args], { cwd: REPO, encoding: 'utf8', env: { ...process.env, ...env }, timeout: 60_000 });
    for (const [args, env] of [[['--now', 'yesterday']], [[], { MOCK_NOW: '2026-13-01T00:00:00Z' }], [['--now', '2026-11-18']]] as [string[], Record<string, string>?][]) {
      const r = cli(args, env);
      expect(r.status, `${args.join(' ')} ${JSON.stringify(env)}`).toBe(2);
      expect(r.stderr).toMatch(/^timetracker-mock: --now must be an ISO 8601 datetime such as 2026-11-16T09:00:00Z, got ".*"\nRun with --help/);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
    expect(cli(['--help']).stdout).toContain('--now <iso>');
    const mock = await startMock([], 'lifted', { MOCK_NOW: '2026-11-22T21:00:00Z' });
    try {
      const at = await mockNow(mock.baseUrl);
      expect(at - Date.parse('2026-11-22T21:00:00Z')).toBeGreaterThanOrEqual(0);
      expect(at - Date.parse('2026-11-22T21:00:00Z')).toBeLessThan(60_000);
    } finally {
      await mock.stop();
    }
  }, 120_000);
});
