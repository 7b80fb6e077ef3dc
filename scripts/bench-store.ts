/**
 * `npm run bench:store`: what the store costs at 10k, 100k and 1M time
 * entries (the `large` scenario, seed 1, clock frozen):
 *
 * 1. seeding: time, heap after seeding, heap per entry;
 * 2. every GET operation of the spec, through the engine (routing, auth,
 *    validation, handler, JSON encoding; read cache off, throttling off):
 *    the median time per request at each size and the ratio 1M / 10k
 *    (the goal: every ratio within 3x);
 * 3. a few page queries through the time-entry index next to the same
 *    query by a full scan (checked equal before timing).
 *
 * Prints tables; asserts nothing. Every measurement has a time budget.
 *
 *   npm run bench:store                       # 10k, 100k, 1M
 *   npm run bench:store -- 10000,50000        # other sizes
 */
import { createClock } from '../src/core/clock.js';
import type { CoreResponse } from '../src/core/types.js';
import { createEngine } from '../src/node.js';
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

/** Run `fn` until the budget is spent (at least `minRuns`, at most `maxRuns`); times sorted. */
function samples(fn: () => unknown, budgetMs: number, minRuns: number, maxRuns: number): number[] {
  const out: number[] = [];
  const until = performance.now() + budgetMs;
  while (out.length < maxRuns && (out.length < minRuns || performance.now() < until)) {
    const t = performance.now();
    fn();
    out.push(performance.now() - t);
  }
  return out.sort((a, b) => a - b);
}
const median = (s: number[]) => s[s.length >> 1];
const mean = (s: number[]) => s.reduce((a, b) => a + b, 0) / s.length;

const fmt = (ms: number) => (ms < 1 ? `${(ms * 1000).toFixed(1)} µs` : `${ms.toFixed(2)} ms`);

function table(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** A request of the per-operation table: which operation, as whom, which URL. */
interface Probe {
  operationId: string;
  label: string;
  as: 'admin' | 'user';
  path: string;
  search?: string;
}

/**
 * One probe (or more) per GET operation; ids and names picked from the
 * store. Each answer has the same size at every store size (lists ask for
 * fewer rows than the smallest store has), so a ratio compares like with like.
 */
function probes(store: Store): Probe[] {
  const entry = store.queryTimeEntries({}, 1, 1).items[0];
  const project = entry.project_id ?? 1;
  const ref = store.views.transferOutsNewestFirst.rows()[0]?.reference_id ?? 0;
  const month = `start_date=${new Date(NOW - 30 * DAY).toISOString().slice(0, 10)}&end_date=${new Date(NOW).toISOString().slice(0, 10)}`;
  return [
    { operationId: 'getInfo', label: '', as: 'admin', path: '/api/v1/info' },
    { operationId: 'getHealth', label: '', as: 'admin', path: '/api/v1/health' },
    { operationId: 'search', label: 'admin, "client" (common)', as: 'admin', path: '/api/v1/search', search: 'q=client' },
    { operationId: 'search', label: 'admin, "pull req", entries only', as: 'admin', path: '/api/v1/search', search: 'q=pull%20req&types=entry&limit=50' },
    { operationId: 'search', label: 'admin, no match', as: 'admin', path: '/api/v1/search', search: 'q=zzqq' },
    { operationId: 'search', label: 'load user, "review"', as: 'user', path: '/api/v1/search', search: 'q=review' },
    { operationId: 'webSearch', label: 'admin, "meeting"', as: 'admin', path: '/api/search', search: 'q=meeting' },
    { operationId: 'checkVersion', label: '', as: 'admin', path: '/api/version/check' },
    { operationId: 'getValueDashboard', label: 'load user', as: 'user', path: '/api/stats/value-dashboard' },
    { operationId: 'getWeekComparison', label: 'load user', as: 'user', path: '/api/reports/week-comparison' },
    { operationId: 'listProjects', label: '', as: 'admin', path: '/api/v1/projects', search: 'per_page=50' },
    { operationId: 'getProject', label: '', as: 'admin', path: `/api/v1/projects/${project}` },
    { operationId: 'listFavoriteProjects', label: '', as: 'admin', path: '/api/v1/users/me/favorites/projects' },
    { operationId: 'listTimeEntries', label: 'admin, everything', as: 'admin', path: '/api/v1/time-entries', search: 'per_page=50' },
    { operationId: 'listTimeEntries', label: 'admin, project + 30 days', as: 'admin', path: '/api/v1/time-entries', search: `project_id=${project}&${month}&per_page=50` },
    { operationId: 'listTimeEntries', label: 'admin, everything, page 100', as: 'admin', path: '/api/v1/time-entries', search: 'per_page=50&page=100' },
    { operationId: 'listTimeEntries', label: 'load user, own', as: 'user', path: '/api/v1/time-entries', search: 'per_page=50' },
    { operationId: 'getTimeEntry', label: '', as: 'admin', path: `/api/v1/time-entries/${entry.id}` },
    { operationId: 'getTimerStatus', label: '', as: 'user', path: '/api/v1/timer/status' },
    { operationId: 'listTasks', label: '', as: 'admin', path: '/api/v1/tasks' },
    { operationId: 'getTask', label: '', as: 'admin', path: '/api/v1/tasks/1' },
    { operationId: 'listClients', label: '', as: 'admin', path: '/api/v1/clients' },
    { operationId: 'getClient', label: '', as: 'admin', path: '/api/v1/clients/1' },
    { operationId: 'listQuotes', label: '', as: 'admin', path: '/api/v1/quotes' },
    { operationId: 'getQuote', label: '', as: 'admin', path: '/api/v1/quotes/1' },
    { operationId: 'listTransfers', label: '', as: 'admin', path: '/api/v1/inventory/transfers' },
    { operationId: 'getTransfer', label: '', as: 'admin', path: `/api/v1/inventory/transfers/${ref}` },
    { operationId: 'getValuationReport', label: '', as: 'admin', path: '/api/v1/inventory/reports/valuation' },
    { operationId: 'getMovementHistoryReport', label: '', as: 'admin', path: '/api/v1/inventory/reports/movement-history' },
    { operationId: 'getTurnoverReport', label: '', as: 'admin', path: '/api/v1/inventory/reports/turnover' },
    { operationId: 'getLowStockReport', label: '', as: 'admin', path: '/api/v1/inventory/reports/low-stock' },
    { operationId: 'getSummaryReport', label: 'admin, last 30 days, everyone', as: 'admin', path: '/api/v1/reports/summary' },
    { operationId: 'getSummaryReport', label: 'admin, 1 year, everyone', as: 'admin', path: '/api/v1/reports/summary', search: `start_date=${new Date(NOW - 365 * DAY).toISOString().slice(0, 10)}` },
    { operationId: 'getSummaryReport', label: 'load user, last 30 days', as: 'user', path: '/api/v1/reports/summary' },
    { operationId: 'getCurrentUser', label: '', as: 'user', path: '/api/v1/users/me' },
    { operationId: 'listUsers', label: 'page 1 of 10', as: 'admin', path: '/api/v1/users', search: 'per_page=10' },
    { operationId: 'getAttendanceStatus', label: '', as: 'admin', path: '/api/v1/attendance/status' },
    { operationId: 'getWorkdayStatus', label: '', as: 'admin', path: '/api/v1/workday/status' },
    { operationId: 'getRateLimitStatus', label: '', as: 'admin', path: '/account/rate_limit_status' },
  ];
}

const seedRows: string[][] = [];
const queryRows: string[][] = [];
/** Probe key -> size -> median ms. */
const opMedians = new Map<string, Map<number, number>>();
const probeOrder: string[] = [];

for (const size of sizes) {
  gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  const engine = createEngine({ scenario: 'large', size, seed: 1, seedNow: NOW, clock: createClock({ frozenAt: NOW }), readCache: false, throttle: 'off' });
  const seedMs = performance.now() - t0;
  gc?.();
  const mem = process.memoryUsage();
  const store = engine.store;
  const heap = mem.heapUsed - heapBefore;
  seedRows.push([
    size.toLocaleString('en'),
    store.timeEntries.size.toLocaleString('en'),
    store.users.size.toLocaleString('en'),
    `${(seedMs / 1000).toFixed(2)} s`,
    `${(heap / 1048576).toFixed(0)} MB`,
    `${Math.round(heap / store.timeEntries.size)} B`,
    `${(mem.rss / 1048576).toFixed(0)} MB`,
  ]);

  // 2. Every GET operation. The load user gets a token (a direct store write, before any read).
  const admin = engine.tokens().find((t) => t.scopes.includes('admin:all'))!.token;
  const loadUser = store.findUserByUsername('user0001')!;
  const userToken = store.addToken({ token: 'tt_bench_load_user', name: 'bench', user_id: loadUser.id, scopes: ['read:*', 'write:*'], is_active: true, expires_at: null, created_at: NOW, last_used_at: null, usage_count: 0, purpose: 'bench' }).token;
  engine.invalidate();
  const list = probes(store);
  const missing = engine.operations.filter((o) => o.method === 'GET' && !list.some((p) => p.operationId === o.operationId)).map((o) => o.operationId);
  if (missing.length > 0) throw new Error(`no probe for GET operation(s): ${missing.join(', ')}`);
  for (const p of list) {
    const key = p.label ? `${p.operationId} (${p.label})` : p.operationId;
    const req = { method: 'GET', path: p.path, search: p.search ?? '', headers: { authorization: `Bearer ${p.as === 'admin' ? admin : userToken}` } };
    const once = () => {
      const res = engine.handle(req) as CoreResponse;
      return [res.status, JSON.stringify(res.body)] as const;
    };
    const [status, body] = once();
    if (status !== 200) throw new Error(`${key}: ${status} ${body.slice(0, 200)}`);
    if (!opMedians.has(key)) {
      opMedians.set(key, new Map());
      probeOrder.push(key);
    }
    opMedians.get(key)!.set(size, median(samples(once, 120, 30, 5000)));
  }

  // 3. Page queries: index against full scan.
  const newest = store.queryTimeEntries({}, 1, 1).items[0];
  const month = { from: NOW - 30 * DAY, to: NOW };
  const client = store.clients.toArray().reduce((best, c) => (store.projectsOfClient(c.id).length > store.projectsOfClient(best.id).length ? c : best));
  const middle = (f: EntryFilter) => Math.max(1, Math.ceil(store.countTimeEntries(f) / PER_PAGE / 2));
  const userProject: EntryFilter = { userId: newest.user_id, projectId: newest.project_id ?? undefined, ...month };
  const adminProject: EntryFilter = { projectId: newest.project_id ?? undefined, ...month };
  const queries: [string, EntryFilter, number][] = [
    ['user + project + 30 days, page 1', userProject, 1],
    ['admin: project + 30 days, middle page', adminProject, middle(adminProject)],
    ['admin: everything, middle page', {}, middle({})],
    ['admin: client + billable, middle page', { clientId: client.id, billable: true }, middle({ clientId: client.id, billable: true })],
  ];
  for (const [label, f, page] of queries) {
    const a = store.queryTimeEntries(f, page, PER_PAGE);
    const b = naive(store, f, page, PER_PAGE);
    if (a.total !== b.total || a.items.map((e) => e.id).join() !== b.items.map((e) => e.id).join()) throw new Error(`index and scan disagree on "${label}"`);
    const ix = samples(() => store.queryTimeEntries(f, page, PER_PAGE), 150, 50, 20_000);
    const scan = samples(() => naive(store, f, page, PER_PAGE), size >= 1_000_000 ? 800 : 300, 3, 200);
    queryRows.push([size.toLocaleString('en'), label, `${page}`, a.total.toLocaleString('en'), fmt(mean(ix)), fmt(mean(scan)), `${Math.round(mean(scan) / mean(ix)).toLocaleString('en')}x`]);
  }
}

const first = sizes[0];
const lastSize = sizes[sizes.length - 1];
const opRows = probeOrder.map((key) => {
  const m = opMedians.get(key)!;
  const ratio = (m.get(lastSize) ?? NaN) / (m.get(first) ?? NaN);
  return [key, ...sizes.map((s) => fmt(m.get(s) ?? NaN)), `${ratio.toFixed(2)}x`];
});
const ratios = probeOrder.map((key) => {
  const m = opMedians.get(key)!;
  return { key, ratio: (m.get(lastSize) ?? NaN) / (m.get(first) ?? NaN) };
});
const worst = ratios.reduce((a, b) => (b.ratio > a.ratio ? b : a));
const biggest = seedRows[seedRows.length - 1];

console.log(`Store benchmark: large scenario, seed 1, clock frozen at ${new Date(NOW).toISOString()}, Node ${process.version}${gc ? '' : ' (no --expose-gc: heap figures are rough)'}\n`);
console.log(table(['size', 'entries', 'users', 'seed', 'heap after seeding', 'heap per entry', 'rss'], seedRows));
console.log(`\nEvery GET operation through the engine (read cache off), median per request incl. JSON encoding:\n`);
console.log(table(['operation', ...sizes.map((s) => s.toLocaleString('en')), `${lastSize.toLocaleString('en')} / ${first.toLocaleString('en')}`], opRows));
console.log(`\nworst ratio ${lastSize.toLocaleString('en')} / ${first.toLocaleString('en')}: ${worst.ratio.toFixed(2)}x (${worst.key}); goal: every operation within 3x`);
console.log(`seeding ${biggest[1]} entries: ${biggest[3]} (goal: under 5 s), heap ${biggest[5]} per entry (goal: under 400 B)\n`);
console.log(table(['size', 'page query', 'page', 'matches', 'index mean', 'full scan mean', 'speed-up'], queryRows));
