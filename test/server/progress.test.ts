/**
 * Seeding progress: the fixtures report it (monotonic, ending at 1), the
 * CLI's printer redraws one line on a terminal and writes one summary line
 * elsewhere, and the real CLI prints it when it seeds `large` and again on
 * `POST /__mock/reset`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedStore } from '../../src/fixtures/timetracker/index.js';
import { seedProgress } from '../../src/server/progress.js';
import { startCli, type Proc } from './process.js';

const NOW = Date.parse('2026-11-16T10:00:00Z');

describe('seeding progress', () => {
  it('the large scenario reports rising fractions that end with 1; small scenarios report nothing', () => {
    const seen: number[] = [];
    seedStore({ scenario: 'large', seed: 1, now: NOW, size: 20_000, onProgress: (d) => seen.push(d) });
    expect(seen.length).toBeGreaterThan(10);
    expect(seen.every((d, i) => d >= 0 && d <= 1 && (i === 0 || d >= seen[i - 1]))).toBe(true);
    expect(seen[seen.length - 1]).toBe(1);
    const none: number[] = [];
    seedStore({ scenario: 'default', seed: 1, now: NOW, onProgress: (d) => none.push(d) });
    expect(none).toEqual([]);
  });

  it('on a terminal: one redrawn line with percent and seconds, then "done"; a later run is a reset', () => {
    let text = '';
    let t = 0;
    const p = seedProgress({ isTTY: true, write: (s: string) => (text += s) }, 'seeding', () => t);
    for (const d of [0, 0.004, 0.5, 0.501, 1]) {
      p(d);
      t += 1000;
    }
    expect(text).toBe('\rseeding:   0%  0.0 s\x1b[K\rseeding:  50%  2.0 s\x1b[K\rseeding: done in 4.0 s\x1b[K\n');
    text = '';
    p(0);
    p(1);
    expect(text).toMatch(/^\rreset: seeding: {3}0% .*\rreset: seeding: done in [\d.]+ s\x1b\[K\n$/);
  });

  it('elsewhere: a single summary line per run', () => {
    const lines: string[] = [];
    const p = seedProgress({ write: (s: string) => lines.push(s) }, 'seeding');
    for (const d of [0, 0.3, 0.9, 1, 0, 1]) p(d);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^seeding: done in [\d.]+ s\n$/);
    expect(lines[1]).toMatch(/^reset: seeding: done in [\d.]+ s\n$/);
  });
});

describe('the CLI with --scenario large', () => {
  let mock: Proc;
  beforeAll(async () => {
    mock = await startCli(['--port', '0', '--scenario', 'large', '--size', '20000', '--log', 'off']);
  }, 60_000);
  afterAll(async () => {
    await mock?.stop();
  });

  it('prints one summary line for the seeding and one per reset (stdout is a pipe here)', async () => {
    expect(mock.output()).toMatch(/^seeding the large scenario \(20,000 time entries\): done in [\d.]+ s$/m);
    const res = await fetch(`${mock.baseUrl}/__mock/reset`, { method: 'POST' });
    expect(res.status).toBe(200);
    // The line is written before the answer, but the pipe and the socket are read in either order.
    const reset = /^reset: seeding the large scenario \(20,000 time entries\): done in [\d.]+ s$/m;
    for (let i = 0; i < 50 && !reset.test(mock.output()); i++) await new Promise((r) => setTimeout(r, 100));
    expect(mock.output()).toMatch(reset);
  });
});
