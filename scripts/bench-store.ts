/**
 * `npm run bench:store`: the cost of the store at 10k, 100k and 1M time
 * entries: seed time, heap after seeding, and the time of a filtered page
 * query (user + project + 30-day range, page 1 and a deep page; an admin
 * query over everyone) against the same query done by a naive full scan.
 * Prints figures; asserts nothing.
 */
import { seedStore } from '../src/fixtures/index.js';
import type { EntryFilter, Store } from '../src/store/store.js';
import type { TimeEntryRow } from '../src/store/types.js';

const NOW = Date.parse('2026-11-16T10:00:00Z');
const DAY = 86_400_000;
const sizes = (process.argv[2] ?? '10000,100000,1000000').split(',').map(Number);

function naive(store: Store, f: EntryFilter, page: number, perPage: number): { items: TimeEntryRow[]; total: number } {
  const all = [...store.timeEntries.all()].filter(
    (e) =>
      e.end !== null &&
      (f.userId === undefined || e.user_id === f.userId) &&
      (f.projectId === undefined || e.project_id === f.projectId) &&
      (f.from === undefined || e.start >= f.from) &&
      (f.to === undefined || e.start <= f.to),
  );
  all.sort((a, b) => b.start - a.start || b.id - a.id);
  return { items: all.slice((page - 1) * perPage, page * perPage), total: all.length };
}

function time(fn: () => unknown, budgetMs = 400, maxRuns = 2000): { mean: number; p99: number; runs: number } {
  const samples: number[] = [];
  const until = performance.now() + budgetMs;
  while (samples.length < maxRuns && (samples.length < 5 || performance.now() < until)) {
    const t = performance.now();
    fn();
    samples.push(performance.now() - t);
  }
  samples.sort((a, b) => a - b);
  return { mean: samples.reduce((a, b) => a + b, 0) / samples.length, p99: samples[Math.min(samples.length - 1, Math.floor(samples.length * 0.99))], runs: samples.length };
}

const fmt = (ms: number) => (ms < 1 ? `${(ms * 1000).toFixed(1)} µs` : `${ms.toFixed(2)} ms`);
const rows: string[][] = [];
for (const size of sizes) {
  global.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  const store = seedStore({ scenario: 'large', seed: 1, now: NOW, size });
  const seedMs = performance.now() - t0;
  global.gc?.();
  const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1048576;
  // A busy user and project of the load users, the last 30 days.
  const sample = store.queryTimeEntries({}, 1, 1).items[0];
  const f: EntryFilter = { userId: sample.user_id, projectId: sample.project_id ?? undefined, from: NOW - 30 * DAY, to: NOW };
  const total = store.queryTimeEntries(f, 1, 50).total;
  const deep = Math.max(1, Math.ceil(store.queryTimeEntries({}, 1, 50).total / 50 / 2));
  const q1 = time(() => store.queryTimeEntries(f, 1, 50));
  const qAdmin = time(() => store.queryTimeEntries({ from: NOW - 30 * DAY, to: NOW }, 1, 50));
  const qDeep = time(() => store.queryTimeEntries({}, deep, 50));
  const qNaive = time(() => naive(store, f, 1, 50), 1500, 20);
  rows.push([
    size.toLocaleString('en'),
    `${(seedMs / 1000).toFixed(2)} s`,
    `${heapMb.toFixed(0)} MB`,
    `${total}`,
    `${fmt(q1.mean)} / ${fmt(q1.p99)}`,
    `${fmt(qAdmin.mean)} / ${fmt(qAdmin.p99)}`,
    `${fmt(qDeep.mean)} (page ${deep})`,
    `${fmt(qNaive.mean)}`,
    `${Math.round(qNaive.mean / q1.mean)}x`,
  ]);
}
const head = ['entries', 'seed', 'heap', 'matches', 'user+project+30d page 1 (mean/p99)', 'admin 30d page 1 (mean/p99)', 'deep page, no filter', 'naive full scan', 'index speed-up'];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
console.log(line(head));
console.log(line(widths.map((w) => '-'.repeat(w))));
for (const r of rows) console.log(line(r));
