/**
 * Narrow invalidation stays correct: after every write operation of the
 * spec, every cacheable read answers through the cache exactly what an
 * engine without a cache answers. Two engines, same seed and frozen clock,
 * get the same requests; reads before each write fill the cache, so each
 * write must drop exactly the answers it changes (`x-mock-reads`). The list
 * of writes must name every non-GET operation of the spec.
 */
import { describe, expect, it } from 'vitest';
import { createClock } from '../../src/core/clock.js';
import type { CoreResponse } from '../../src/core/types.js';
import { createEngine } from '../../src/node.js';

const T0 = Date.parse('2026-11-16T10:00:00Z');
const HOUR = 3_600_000;
const options = { seed: 1, clock: createClock({ frozenAt: T0 }), throttle: 'off' as const };
const cached = createEngine(options);
const plain = createEngine({ ...options, clock: createClock({ frozenAt: T0 }), readCache: false });
const tokens = cached.tokens();
const TOKEN = {
  admin: tokens.find((t) => t.scopes.includes('admin:all'))!.token,
  user: tokens.find((t) => t.role === 'user' && t.scopes.includes('write:*'))!.token,
};
type As = keyof typeof TOKEN;

function send(engine: typeof cached, method: string, url: string, as: As, body?: unknown, contentType = 'application/json') {
  const [path, search = ''] = url.split('?');
  const res = engine.handle({
    method,
    path,
    search,
    headers: { authorization: `Bearer ${TOKEN[as]}`, ...(body !== undefined ? { 'content-type': contentType } : {}) },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  }) as CoreResponse;
  const text = res.body instanceof Uint8Array ? Buffer.from(res.body).toString() : JSON.stringify(res.body ?? null);
  return { status: res.status, text };
}

const iso = (ms: number) => new Date(ms).toISOString().slice(0, 19);
/** A free hour of the admin's, far from seeded entries: creates never overlap. */
const slot = (n: number) => T0 - 500 * 24 * HOUR + n * 2 * HOUR;

/** The cacheable reads checked after every write, as both callers. */
const READS = [
  '/api/v1/info',
  '/api/v1/projects?status=all&per_page=100',
  '/api/v1/projects/1',
  '/api/v1/users/me/favorites/projects',
  '/api/v1/tasks?per_page=100',
  '/api/v1/tasks/1',
  '/api/v1/clients?status=all&per_page=100',
  '/api/v1/clients/1',
  '/api/v1/quotes?per_page=100',
  '/api/v1/quotes/1',
  '/api/v1/inventory/transfers?per_page=100',
  '/api/v1/inventory/reports/valuation',
  '/api/v1/inventory/reports/low-stock',
  '/api/v1/users/me',
  '/api/v1/users?per_page=100',
];

interface Write {
  operationId: string;
  method: string;
  /** URL, or built from the cached engine's store (ids of rows made by earlier writes). */
  url: string | (() => string);
  as?: As;
  body?: unknown | (() => unknown);
  contentType?: string;
}

const newest = () => cached.store.timeEntries.nextId - 1;
const transferRef = () => cached.store.views.transferOutsNewestFirst.rows()[0].reference_id;

const WRITES: Write[] = [
  { operationId: 'createTimeEntry', method: 'POST', url: '/api/v1/time-entries', body: { project_id: 1, start_time: iso(slot(1)), end_time: iso(slot(1) + HOUR) } },
  { operationId: 'updateTimeEntry', method: 'PUT', url: () => `/api/v1/time-entries/${newest()}`, body: () => ({ end_time: iso(slot(1) + HOUR / 2) }) },
  { operationId: 'patchTimeEntry', method: 'PATCH', url: () => `/api/v1/time-entries/${newest()}`, body: { notes: 'patched' } },
  { operationId: 'bulkTimeEntries', method: 'POST', url: '/api/v1/time-entries/bulk', body: () => ({ entry_ids: [newest()], action: 'set_billable', value: false }) },
  { operationId: 'deleteTimeEntry', method: 'DELETE', url: () => `/api/v1/time-entries/${newest()}` },
  { operationId: 'importTimeEntriesCsv', method: 'POST', url: '/api/v1/time-entries/import-csv', contentType: 'text/csv', body: `project_id,start_time,end_time,notes\n1,${iso(slot(3))},${iso(slot(3) + HOUR)},Imported\n` },
  { operationId: 'startTimer', method: 'POST', url: '/api/v1/timer/start', as: 'user', body: { project_id: 1 } },
  { operationId: 'pauseTimer', method: 'POST', url: '/api/v1/timer/pause', as: 'user' },
  { operationId: 'resumeTimer', method: 'POST', url: '/api/v1/timer/resume', as: 'user' },
  { operationId: 'stopTimer', method: 'POST', url: '/api/v1/timer/stop', as: 'user' },
  { operationId: 'createProject', method: 'POST', url: '/api/v1/projects', body: { name: 'Cache Project', client_id: 1 } },
  { operationId: 'updateProject', method: 'PUT', url: '/api/v1/projects/1', body: { name: 'Renamed Project' } },
  { operationId: 'patchProject', method: 'PATCH', url: '/api/v1/projects/1', body: { hourly_rate: 123 } },
  { operationId: 'addFavoriteProject', method: 'POST', url: '/api/v1/users/me/favorites/projects', body: { project_id: 2 } },
  { operationId: 'removeFavoriteProject', method: 'DELETE', url: '/api/v1/users/me/favorites/projects/2' },
  { operationId: 'archiveProject', method: 'DELETE', url: () => `/api/v1/projects/${cached.store.projects.nextId - 1}` },
  { operationId: 'createTask', method: 'POST', url: '/api/v1/tasks', body: { name: 'Cache Task', project_id: 1, priority: 4 } },
  { operationId: 'updateTask', method: 'PUT', url: '/api/v1/tasks/1', body: { name: 'Renamed Task', priority: 1 } },
  { operationId: 'patchTask', method: 'PATCH', url: '/api/v1/tasks/1', body: { status: 'done' } },
  { operationId: 'deleteTask', method: 'DELETE', url: () => `/api/v1/tasks/${cached.store.tasks.nextId - 1}` },
  { operationId: 'createClient', method: 'POST', url: '/api/v1/clients', body: { name: 'Cache Client' } },
  { operationId: 'updateClient', method: 'PUT', url: '/api/v1/clients/1', body: { email: 'cache@example.com', status: 'inactive' } },
  { operationId: 'deleteClient', method: 'DELETE', url: () => `/api/v1/clients/${cached.store.clients.nextId - 1}` },
  { operationId: 'createQuote', method: 'POST', url: '/api/v1/quotes', body: { client_id: 1, title: 'Cache Quote', items: [{ description: 'x', quantity: 2, unit_price: 10 }] } },
  { operationId: 'updateQuote', method: 'PUT', url: '/api/v1/quotes/1', body: { title: 'Renamed Quote' } },
  { operationId: 'patchQuote', method: 'PATCH', url: '/api/v1/quotes/1', body: { status: 'sent' } },
  { operationId: 'deleteQuote', method: 'DELETE', url: () => `/api/v1/quotes/${cached.store.quotes.nextId - 1}` },
  { operationId: 'createTransfer', method: 'POST', url: '/api/v1/inventory/transfers', body: () => transferBody() },
  { operationId: 'startWorkday', method: 'POST', url: '/api/v1/workday/start', as: 'user', body: {} },
  { operationId: 'startBreak', method: 'POST', url: '/api/v1/attendance/break/start', as: 'user', body: {} },
  { operationId: 'endBreak', method: 'POST', url: '/api/v1/attendance/break/end', as: 'user' },
  { operationId: 'endWorkday', method: 'POST', url: '/api/v1/workday/end', as: 'user' },
  { operationId: 'dismissVersion', method: 'POST', url: '/api/version/dismiss', body: { latest_version: '99.0.0' } },
  { operationId: 'login', method: 'POST', url: '/api/v1/auth/login', body: { username: 'alice', password: 'alice' } },
];

/** A transfer the stock allows: one unit of an item from a warehouse that has some. */
function transferBody() {
  const level = cached.store.stockLevels.toArray().find((l) => l.quantity >= 1)!;
  const to = cached.store.warehouses.toArray().find((w) => w.id !== level.warehouse_id)!;
  return { stock_item_id: level.stock_item_id, from_warehouse_id: level.warehouse_id, to_warehouse_id: to.id, quantity: 1 };
}

function readsAgree(after: string): void {
  for (const url of [...READS, `/api/v1/inventory/transfers/${transferRef()}`]) {
    for (const as of ['admin', 'user'] as const) {
      const a = send(cached, 'GET', url, as);
      const b = send(plain, 'GET', url, as);
      expect(a, `${as} GET ${url} after ${after}`).toEqual(b);
    }
  }
}

describe('narrow read-cache invalidation', () => {
  it('the writes cover every write operation of the spec', () => {
    const writes = cached.operations.filter((o) => o.method !== 'GET').map((o) => o.operationId);
    expect(new Set(WRITES.map((w) => w.operationId))).toEqual(new Set(writes));
  });

  it('after every write, every cacheable read answers as an engine without a cache does', () => {
    // Every cacheable operation is read.
    const readOps = new Set(READS.map((u) => cached.operations.find((o) => o.method === 'GET' && new RegExp(`^${o.path.replace(/\{[^}]+\}/g, '[^/]+')}$`).test(u.split('?')[0]))?.operationId));
    readOps.add('getTransfer');
    expect([...readOps].sort()).toEqual(cached.operations.filter((o) => o.cacheable).map((o) => o.operationId).sort());
    readsAgree('nothing');
    for (const w of WRITES) {
      const url = typeof w.url === 'function' ? w.url() : w.url;
      const body = typeof w.body === 'function' ? (w.body as () => unknown)() : w.body;
      const a = send(cached, w.method, url, w.as ?? 'admin', body, w.contentType);
      const b = send(plain, w.method, url, w.as ?? 'admin', body, w.contentType);
      expect(a.status, `${w.operationId}: ${a.text.slice(0, 300)}`).toBeLessThan(300);
      // Logins hand out random tokens; everything else answers alike.
      if (w.operationId !== 'login') expect(a, w.operationId).toEqual(b);
      readsAgree(w.operationId);
    }
  });
});
