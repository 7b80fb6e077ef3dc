/**
 * The cost of the store at 10k, 100k and 1M time entries: seed time, heap
 * after seeding, and the mean/p99 time of page queries through the index,
 * each next to the same query done by a naive full scan (filter every entry,
 * sort, slice). Prints tables; asserts nothing. Bounded: every measurement
 * has a time budget.
 *
 *   npx tsx scripts/bench-store.ts                 # 10k, 100k, 1M
 *   npx tsx scripts/bench-store.ts 10000,50000     # other sizes
 *   npm run bench:store                            # same, with --expose-gc for steadier heap figures
 */
import { seedStore } from '../src/fixtures/timetracker/index.js';
import type { EntryFilter, Store } from '../src/store/timetracker/store.js';
import type { TimeEntryRow } from '../src/store/timetracker/types.js';

const NOW = Date.parse('2026-11-16T10:00:00Z');
const DAY = 86_400_000;
const PER_PAGE = 50;
const sizes = (process.argv[2] ?? '10000,100000,1000000').split(',').map((s) => Number(s.replace(/_/g, '')));
const gc = (globalThis as { gc?: () => void }).gc;

/** The same query, the naive way: look at every entry, sort the matches, slice the page. */
function naive(store: Store, f: EntryFilter, page: number, perPage: number): { items: TimeEntryRow[]; total: number } {
  const matches: TimeEntryRow[] = [];
  for (const e of store.timeEntries.all()) {
    if (f.userId !== undefined && e.user_id !== f.userId) continue;
    if (f.projectId !== undefined && e.project_id !== f.projectId) continue;
    if (f.clientId !== undefined) {
      const client = e.project_id !== null ? store.projects.get(e.project_id)?.client_id : e.client_id;
      if (client !== f.clientId) continue;
    }
    if (f.from !== undefined && e.start < f.from) continue;
    if (f.to !== undefined && e.start > f.to) continue;
    if (f.billable !== undefined && e.billable !== f.billable) continue;
    if (!f.includeActive && e.end === null) continue;
    matches.push(e);
  }
  matches.sort((a, b) => b.start - a.start || b.id - a.id);
  return { items: matches.slice((page - 1) * perPage, page * perPage), total: matches.length };
}

interface Timing {
  mean: number;
  p99: number;
  runs: number;
}

/** Run `fn` until the budget is spent (at least `minRuns`, at most `maxRuns`). */
function time(fn: () => unknown, budgetMs: number, minRuns: number, maxRuns: number): Timing {
  const samples: number[] = [];
  const until = performance.now() + budgetMs;
  while (samples.length < maxRuns && (samples.length < minRuns || performance.now() < until)) {
    const t = performance.now();
    fn();
    samples.push(performance.now() - t);
  }
  samples.sort((a, b) => a - b);
  const mean = samples.reduce((a, b) => a + b, 0) / samples.length;
  return { mean, p99: samples[Math.min(samples.length - 1, Math.floor(samples.length * 0.99))], runs: samples.length };
}

const fmt = (ms: number) => (ms < 1 ? `${(ms * 1000).toFixed(1)} µs` : `${ms.toFixed(2)} ms`);

function table(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

const seedRows: string[][] = [];
const queryRows: string[][] = [];
for (const size of sizes) {
  gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  const store = seedStore({ scenario: 'large', seed: 1, now: NOW, size });
  const seedMs = performance.now() - t0;
  gc?.();
  const mem = process.memoryUsage();
  seedRows.push([
    size.toLocaleString('en'),
    store.timeEntries.size.toLocaleString('en'),
    store.users.size.toLocaleString('en'),
    `${(seedMs / 1000).toFixed(2)} s`,
    `${((mem.heapUsed - heapBefore) / 1048576).toFixed(0)} MB`,
    `${(mem.rss / 1048576).toFixed(0)} MB`,
  ]);

  // A load user and a project they work on (the newest entry's), the last 30 days; a client with several projects.
  const newest = store.queryTimeEntries({}, 1, 1).items[0];
  const month = { from: NOW - 30 * DAY, to: NOW };
  const client = store.clients.toArray().reduce((best, c) => (store.projectsOfClient(c.id).length > store.projectsOfClient(best.id).length ? c : best));
  const middle = (f: EntryFilter) => Math.max(1, Math.ceil(store.countTimeEntries(f) / PER_PAGE / 2));
  const last = (f: EntryFilter) => Math.max(1, Math.ceil(store.countTimeEntries(f) / PER_PAGE));
  const userProject: EntryFilter = { userId: newest.user_id, projectId: newest.project_id ?? undefined, ...month };
  const adminProject: EntryFilter = { projectId: newest.project_id ?? undefined, ...month };
  const adminAll: EntryFilter = {};
  const adminClient: EntryFilter = { clientId: client.id, billable: true };
  const queries: [string, EntryFilter, number][] = [
    ['user + project + 30 days, page 1', userProject, 1],
    ['user + project + 30 days, last page', userProject, last(userProject)],
    ['admin: project + 30 days, page 1', adminProject, 1],
    ['admin: project + 30 days, middle page', adminProject, middle(adminProject)],
    ['admin: everything, page 1', adminAll, 1],
    ['admin: everything, middle page', adminAll, middle(adminAll)],
    ['admin: client + billable, middle page', adminClient, middle(adminClient)],
  ];
  const naiveBudget = size >= 1_000_000 ? 1200 : 600;
  for (const [label, f, page] of queries) {
    // The index and the scan must agree before their speeds are compared.
    const a = store.queryTimeEntries(f, page, PER_PAGE);
    const b = naive(store, f, page, PER_PAGE);
    if (a.total !== b.total || a.items.map((e) => e.id).join() !== b.items.map((e) => e.id).join()) {
      throw new Error(`index and scan disagree on "${label}"`);
    }
    const ix = time(() => store.queryTimeEntries(f, page, PER_PAGE), 250, 50, 20_000);
    const scan = time(() => naive(store, f, page, PER_PAGE), naiveBudget, 3, 200);
    queryRows.push([
      size.toLocaleString('en'),
      label,
      `${page}`,
      a.total.toLocaleString('en'),
      fmt(ix.mean),
      fmt(ix.p99),
      fmt(scan.mean),
      fmt(scan.p99),
      `${Math.round(scan.mean / ix.mean).toLocaleString('en')}x`,
    ]);
  }
}

console.log(`Store benchmark: large scenario, seed 1, per_page ${PER_PAGE}, Node ${process.version}${gc ? '' : ' (no --expose-gc: heap figures are rough)'}\n`);
console.log(table(['size', 'entries', 'users', 'seed', 'heap after seeding', 'rss'], seedRows));
console.log();
console.log(table(['size', 'query', 'page', 'matches', 'index mean', 'index p99', 'full scan mean', 'full scan p99', 'speed-up'], queryRows));
console.log('\np99 of the full scan is over a few runs only (each costs a full pass).');
