/**
 * Every read the indexes answer agrees with a brute-force scan of the
 * tables (test/store/reference.ts, the handlers' code before the indexes),
 * through random writes to every table they read: search (text index),
 * the summary report, the value dashboard and the week comparison (running
 * sums and day statistics), the sorted lists, attendance, transfers,
 * movement history and turnover (views). Handlers are called directly, so
 * the read cache plays no part.
 */
import { describe, expect, it } from 'vitest';
import { handlers } from '../../src/handlers/timetracker/index.js';
import { seedStore } from '../../src/fixtures/timetracker/index.js';
import { rng, type Rng } from '../../src/core/random.js';
import type { Store } from '../../src/store/timetracker/store.js';
import type { ApiTokenRow, TimeEntryRow, UserRow } from '../../src/store/timetracker/types.js';
import { DAY, entry, HOUR, NOW } from './helpers.js';
import * as ref from './reference.js';

const NOTES = ['Meeting with client', 'meeting', 'Fixed reported bugs', 'Design review', 'ÄÖÜ Straße', 'İstanbul trip', 'wrote docs', 'Client call', 'Reviewed PRs', 'x', '', null];
const TAGS = ['meeting', 'design,review', 'ops', 'Frontend, backend', null, null];
const NAMES = ['Alpha', 'alpha', 'Beta Launch', 'Client Portal', 'Émile', 'zeta', 'Website Redesign', 'Ops'];

type AnyHandler = (ctx: unknown) => { status: number; body?: unknown };
const table = handlers as unknown as Record<string, AnyHandler>;

type Body = Record<string, unknown> & { pagination: { total: number } };

function call<T = Body>(store: Store, operationId: string, user: UserRow, o: { query?: Record<string, unknown>; params?: Record<string, unknown>; now?: number } = {}): T {
  const auth = { user, isAdmin: user.role === 'admin', scopes: ['admin:all'], token: { id: 0 } as ApiTokenRow };
  const res = table[operationId]({ store, auth, query: o.query ?? {}, params: o.params ?? {}, body: undefined, now: o.now ?? NOW });
  expect(res.status, operationId).toBe(200);
  return res.body as T;
}

const ids = (rows: unknown): number[] => (rows as { id: number }[]).map((r) => r.id);

/** A needle (at least two characters, trimmed, as the handler takes it): a piece of a known text (any case), a few random letters, or a text nobody has. */
function needle(r: Rng): string {
  for (;;) {
    const n = rawNeedle(r).trim();
    if (n.length >= 2) return n;
  }
}

function rawNeedle(r: Rng): string {
  const pool = [...NOTES, ...TAGS, ...NAMES].filter((t): t is string => typeof t === 'string' && t.length >= 2);
  const k = r();
  if (k < 0.6) {
    const t = r.pick(pool);
    const len = r.int(2, Math.min(6, t.length));
    const at = r.int(0, t.length - len);
    const piece = t.slice(at, at + len);
    return r.chance(0.3) ? piece.toUpperCase() : piece;
  }
  if (k < 0.9) return Array.from({ length: r.int(2, 3) }, () => r.pick([...'aeiouclmnrst '])).join('');
  return 'qqzz';
}

function randomWrites(s: Store, r: Rng, n: number): void {
  const users = s.users.toArray();
  for (let i = 0; i < n; i++) {
    const projects = s.projects.toArray();
    const clients = s.clients.toArray();
    const k = r();
    const entries = s.timeEntries.toArray();
    if (k < 0.3 || entries.length === 0) {
      const start = NOW - r.int(-3, 60) * DAY + r.int(0, 47) * 1_800_000;
      const direct = r.chance(0.15);
      s.insertTimeEntry(
        entry({
          user_id: r.pick(users).id,
          project_id: direct ? null : r.pick(projects).id,
          client_id: direct ? r.pick(clients).id : null,
          start,
          end: r.chance(0.05) ? null : start + r.int(1, 10) * 900_000,
          break_seconds: r.chance(0.2) ? r.int(0, 600) : 0,
          billable: r.chance(0.7),
          notes: r.pick(NOTES),
          tags: r.pick(TAGS),
        }),
      );
    } else if (k < 0.5) {
      const e = r.pick(entries);
      const patch: Partial<TimeEntryRow> = {};
      const which = r.int(0, 7);
      if (which === 0) patch.notes = r.pick(NOTES);
      if (which === 1) patch.tags = r.pick(TAGS);
      if (which === 2) patch.start = e.start + r.int(-2, 2) * DAY;
      if (which === 3) patch.user_id = r.pick(users).id;
      if (which === 4) patch.billable = !e.billable;
      if (which === 5) patch.end = e.end === null ? e.start + HOUR : e.end + r.int(-1, 4) * 60_000;
      if (which === 6) patch.break_seconds = r.int(0, 900);
      if (which === 7) Object.assign(patch, r.chance(0.5) ? { project_id: r.pick(projects).id, client_id: null } : { project_id: null, task_id: null, client_id: r.pick(clients).id });
      if (patch.end !== undefined && patch.end !== null && patch.end <= (patch.start ?? e.start)) patch.end = (patch.start ?? e.start) + 60_000;
      s.updateTimeEntry(e.id, patch);
    } else if (k < 0.58) {
      s.deleteTimeEntry(r.pick(entries).id);
    } else if (k < 0.66) {
      const p = r.pick(projects);
      if (r.chance(0.3)) {
        const { id: _id, ...copy } = structuredClone(p);
        s.projects.insert({ ...copy, name: `${r.pick(NAMES)} ${r.int(1, 3)}`, code: null, client_id: r.pick(clients).id, status: r.pick(['active', 'inactive', 'archived', 'on_hold'] as const) });
      } else {
        const which = r.int(0, 3);
        if (which === 0) s.projects.update(p.id, { name: r.pick(NAMES) });
        if (which === 1) s.projects.update(p.id, { status: r.pick(['active', 'inactive', 'archived', 'on_hold'] as const) });
        if (which === 2) s.projects.update(p.id, { client_id: r.pick(clients).id });
        if (which === 3) s.projects.update(p.id, { description: r.pick(NOTES), hourly_rate: r.chance(0.5) ? null : r.int(10, 150) });
      }
    } else if (k < 0.72) {
      const c = r.pick(clients);
      if (r.chance(0.3)) {
        const { id: _id, ...copy } = structuredClone(c);
        s.clients.insert({ ...copy, name: `${r.pick(NAMES)} Ltd ${s.clients.nextId}`, status: r.chance(0.8) ? 'active' : 'inactive' });
      } else if (r.chance(0.5)) s.clients.update(c.id, { name: `${r.pick(NAMES)} ${c.id}`, status: r.chance(0.8) ? 'active' : 'inactive' });
      else s.clients.update(c.id, { email: r.chance(0.5) ? null : 'Ops@Example.com', contact_person: r.pick(NOTES), default_hourly_rate: r.chance(0.3) ? null : r.int(20, 120) });
    } else if (k < 0.8) {
      const tasks = s.tasks.toArray();
      const t = r.pick(tasks);
      if (r.chance(0.3)) {
        const { id: _id, ...copy } = structuredClone(t);
        s.tasks.insert({ ...copy, project_id: r.pick(projects).id, name: r.pick(NAMES), priority: r.pick(['low', 'medium', 'high', 'urgent'] as const), due_date: r.chance(0.5) ? null : `2026-1${r.int(0, 2)}-1${r.int(0, 9)}` });
      } else if (r.chance(0.2)) s.deleteTask(t.id);
      else s.tasks.update(t.id, { priority: r.pick(['low', 'medium', 'high', 'urgent'] as const), due_date: r.chance(0.4) ? null : `2026-1${r.int(0, 2)}-0${r.int(1, 9)}`, description: r.pick(NOTES), tags: r.pick(TAGS) });
    } else if (k < 0.84) {
      const u = r.pick(users);
      if (u.role !== 'admin') s.users.update(u.id, { is_active: !u.is_active });
    } else if (k < 0.88) {
      const quotes = s.quotes.toArray();
      const q = r.pick(quotes);
      if (r.chance(0.4)) {
        const { id: _id, ...copy } = structuredClone(q);
        s.quotes.insert({ ...copy, created_at: NOW - r.int(0, 40) * DAY, created_by: r.pick(users).id, client_id: r.pick(clients).id });
      } else if (quotes.length > 2 && r.chance(0.3)) s.quotes.delete(q.id);
      else s.quotes.update(q.id, { status: r.pick(['draft', 'sent', 'accepted'] as const), created_at: NOW - r.int(0, 40) * DAY });
    } else if (k < 0.94) {
      const items = s.stockItems.toArray();
      const whs = s.warehouses.toArray();
      const item = r.pick(items);
      const at = NOW - r.int(0, 400) * DAY;
      const base = { stock_item_id: item.id, unit_cost: 1, reason: null, notes: null, moved_by: 1, moved_at: at };
      const which = r.int(0, 3);
      if (which === 0) {
        const refId = at + r.int(0, 2);
        s.movements.insert({ ...base, movement_type: 'transfer', warehouse_id: whs[0].id, quantity: -2, reference_type: 'transfer', reference_id: refId });
        if (r.chance(0.8)) s.movements.insert({ ...base, movement_type: 'transfer', warehouse_id: whs[1].id, quantity: 2, reference_type: 'transfer', reference_id: refId });
      }
      if (which === 1) s.movements.insert({ ...base, movement_type: r.pick(['sale', 'usage', 'purchase', 'adjustment']), warehouse_id: r.pick(whs).id, quantity: -r.int(1, 5) / 2, reference_type: null, reference_id: null });
      if (which === 2) {
        const l = r.pick(s.stockLevels.toArray());
        s.stockLevels.update(l.id, { quantity: l.quantity + r.int(-3, 3) });
      }
      if (which === 3) {
        const m = r.pick(s.movements.toArray());
        s.movements.update(m.id, { moved_at: m.moved_at + r.int(-3, 3) * DAY });
      }
    } else {
      const u = r.pick(users);
      const periods = s.workPeriods.toArray();
      if (r.chance(0.5) || periods.length === 0) {
        const start = NOW - r.int(0, 3) * DAY - r.int(0, 8) * HOUR;
        const p = s.workPeriods.insert({ user_id: u.id, start, end: r.chance(0.3) ? null : start + r.int(1, 9) * HOUR, notes: null, source: 'api' });
        if (r.chance(0.5)) s.breaks.insert({ work_period_id: p.id, break_type: 'rest', start: start + HOUR / 2, end: r.chance(0.3) ? null : start + HOUR });
      } else {
        const p = r.pick(periods);
        s.workPeriods.update(p.id, { end: p.end === null ? p.start + 2 * HOUR : null });
      }
    }
  }
}

function checkReads(s: Store, r: Rng): void {
  const users = s.users.toArray();
  const projects = s.projects.toArray();
  const clients = s.clients.toArray();
  const iso = (ms: number) => new Date(ms).toISOString().slice(0, 19);
  for (let q = 0; q < 25; q++) {
    const user = r.pick(users);
    const caller = { user, isAdmin: user.role === 'admin' };
    const now = NOW + r.int(-10, 10) * DAY + r.int(0, 23) * HOUR;

    // Search: every type, or a few.
    const text = needle(r);
    const types = r.chance(0.5) ? ['project', 'task', 'client', 'entry'] : ['project', 'task', 'client', 'entry'].filter(() => r.chance(0.5));
    const limit = r.int(1, 50);
    const query = { q: text, limit, ...(types.length < 4 ? { types: types.join(',') } : {}) };
    const expectedTypes = types.length === 0 ? ['project', 'task', 'client', 'entry'] : types;
    const got = call(s, 'search', user, { query, now });
    expect(got.results, JSON.stringify(query)).toEqual(ref.search(s, caller, text, limit, expectedTypes));

    // Summary report over a random range, user and project.
    const start = NOW - r.int(0, 70) * DAY;
    const end = start + r.int(0, 60) * DAY + r.int(0, 23) * HOUR;
    const userId = caller.isAdmin ? (r.chance(0.5) ? r.pick(users).id : undefined) : user.id;
    const projectId = r.chance(0.4) ? r.pick(projects).id : undefined;
    const summaryQuery = { start_date: iso(start), end_date: iso(end), ...(userId !== undefined && caller.isAdmin ? { user_id: userId } : {}), ...(projectId !== undefined ? { project_id: projectId } : {}) };
    expect(call(s, 'getSummaryReport', user, { query: summaryQuery, now }), JSON.stringify(summaryQuery)).toEqual(ref.summary(s, { userId, projectId, start, end: end }));

    // The dashboards, at a random now.
    const dash = call<Record<string, unknown>>(s, 'getValueDashboard', user, { now });
    const expected = ref.valueDashboard(s, user, now);
    const { estimated_value_tracked: value, ...rest } = dash;
    const { estimated_value_tracked: expectedValue, ...expectedRest } = expected;
    expect(rest).toEqual(expectedRest);
    // Summed per project instead of per entry: the same up to float rounding.
    if (expectedValue === null) expect(value).toBeNull();
    else expect(Math.abs((value as number) - expectedValue)).toBeLessThanOrEqual(0.0100001);
    expect(call(s, 'getWeekComparison', user, { now })).toEqual(ref.weekComparison(s, user, now));

    // Lists: page ids and totals.
    const page = r.int(1, 3);
    const perPage = r.int(1, 8);
    const status = r.pick(['active', 'inactive', 'archived', 'on_hold', 'all', undefined]);
    const clientId = r.chance(0.3) ? r.pick(clients).id : undefined;
    const lp = call(s, 'listProjects', user, { query: { page, per_page: perPage, ...(status ? { status } : {}), ...(clientId ? { client_id: clientId } : {}) } });
    const wantP = ref.listIds(ref.projects(s, caller, status ?? 'active', clientId), page, perPage);
    expect({ ids: ids(lp.projects), total: lp.pagination.total }).toEqual(wantP);
    const cStatus = r.pick(['active', 'inactive', 'all', undefined]);
    const lc = call(s, 'listClients', user, { query: { page, per_page: perPage, ...(cStatus ? { status: cStatus } : {}) } });
    expect({ ids: ids(lc.clients), total: lc.pagination.total }).toEqual(ref.listIds(ref.clients(s, cStatus), page, perPage));
    const c = r.pick(clients);
    const gc = call(s, 'getClient', user, { params: { client_id: c.id } }).client as Record<string, unknown>;
    expect({ total_projects: gc.total_projects, active_projects: gc.active_projects }).toEqual(ref.clientCounts(s, c.id));
    const tq = { projectId: r.chance(0.5) ? r.pick(projects).id : undefined, status: r.pick([undefined, 'todo', 'done', 'in_progress']), tags: r.pick([undefined, 'ops', 'design,meet']) };
    const lt = call(s, 'listTasks', user, { query: { page, per_page: perPage, ...(tq.projectId ? { project_id: tq.projectId } : {}), ...(tq.status ? { status: tq.status } : {}), ...(tq.tags ? { tags: tq.tags } : {}) } });
    expect({ ids: ids(lt.tasks), total: lt.pagination.total }).toEqual(ref.listIds(ref.tasks(s, tq), page, perPage));
    const lu = call(s, 'listUsers', user, { query: { page, per_page: perPage } });
    expect({ ids: ids(lu.users), total: lu.pagination.total }).toEqual(ref.listIds(ref.users(s), page, perPage));
    const qq = { status: r.pick([undefined, 'draft', 'sent', 'all']), clientId: r.chance(0.3) ? r.pick(clients).id : undefined };
    const lq = call(s, 'listQuotes', user, { query: { page, per_page: perPage, ...(qq.status ? { status: qq.status } : {}), ...(qq.clientId ? { client_id: qq.clientId } : {}) }, now });
    expect({ ids: ids(lq.quotes), total: lq.pagination.total }).toEqual(ref.listIds(ref.quotes(s, caller, qq), page, perPage));

    // Attendance.
    const att = call<{
      work_active: boolean;
      break_active: boolean;
      work_period: { id: number; break_seconds: number } | null;
      current_break: { id: number } | null;
      today: unknown;
    }>(s, 'getAttendanceStatus', user, { now });
    expect({
      work_active: att.work_active,
      break_active: att.break_active,
      work_period_id: att.work_period?.id ?? null,
      break_id: att.current_break?.id ?? null,
      work_period_break_seconds: att.work_period?.break_seconds ?? null,
      today: att.today,
    }).toEqual(ref.attendance(s, user, now));

    // Inventory: transfers, movement history, turnover.
    const from = r.chance(0.6) ? NOW - r.int(0, 400) * DAY : null;
    const to = r.chance(0.6) ? (from ?? NOW - 400 * DAY) + r.int(0, 300) * DAY : null;
    const day = (ms: number | null) => (ms === null ? undefined : new Date(ms).toISOString().slice(0, 10));
    const fromDay = from === null ? null : Date.parse(`${day(from)}T00:00:00Z`);
    const toDay = to === null ? null : Date.parse(`${day(to)}T23:59:59Z`);
    const tr = call(s, 'listTransfers', user, { query: { per_page: 100, ...(from !== null ? { date_from: day(from) } : {}), ...(to !== null ? { date_to: day(to) } : {}) } });
    const wantT = ref.transfers(s, fromDay, toDay);
    expect((tr.transfers as { movement_ids: number[] }[]).map((t) => t.movement_ids)).toEqual(wantT.slice(0, 100));
    expect(tr.pagination.total).toBe(wantT.length);
    const items = s.stockItems.toArray();
    const mq = { itemId: r.chance(0.3) ? r.pick(items).id : undefined, warehouseId: r.chance(0.3) ? r.pick(s.warehouses.toArray()).id : undefined, type: r.pick([undefined, 'sale', 'transfer']) };
    const mh = call(s, 'getMovementHistoryReport', user, {
      query: { ...(from !== null ? { date_from: day(from) } : {}), ...(to !== null ? { date_to: day(to) } : {}), ...(mq.itemId ? { stock_item_id: mq.itemId } : {}), ...(mq.warehouseId ? { warehouse_id: mq.warehouseId } : {}), ...(mq.type ? { movement_type: mq.type } : {}) },
    });
    expect(ids(mh.movements)).toEqual(ref.movementIds(s, { from: fromDay, to: toDay, ...mq }));
    const tStart = NOW - r.int(30, 400) * DAY;
    const tEnd = tStart + r.int(0, 400) * DAY;
    const turn = call<{ items: { item_id: number; quantity_sold: number; avg_stock: number }[] }>(s, 'getTurnoverReport', user, { query: { start_date: iso(tStart), end_date: iso(tEnd) }, now });
    const wantTurn = ref.turnover(s, tStart, tEnd);
    expect(turn.items.map((i) => [i.item_id, i.quantity_sold, i.avg_stock])).toEqual(wantTurn.map((i) => [i.item_id, i.sold, round2(i.onHand + i.sold / 2)]));
  }
}

const round2 = (n: number) => Math.round(n * 100) / 100;

describe('indexed reads agree with full scans', () => {
  for (const seed of [3, 11]) {
    it(`through random writes to every table they read (seed ${seed})`, () => {
      const s = seedStore({ scenario: 'default', seed, now: NOW });
      // One restricted user, so project visibility filters too.
      const carol = s.findUserByUsername('carol');
      if (carol) s.users.update(carol.id, { allowed_client_ids: [s.clients.toArray()[0].id, s.clients.toArray()[2].id] });
      const r = rng(seed * 101);
      for (let round = 0; round < 8; round++) {
        randomWrites(s, r, 120);
        checkReads(s, r);
      }
      // And after a snapshot round trip, which rebuilds every index.
      const snap = s.snapshot();
      randomWrites(s, r, 50);
      s.restore(snap);
      checkReads(s, r);
    });
  }

  it('search in a large store: load users, ties on start, text in notes and tags at once', () => {
    const s = seedStore({ scenario: 'large', seed: 4, now: NOW, size: 8_000 });
    const r = rng(5);
    const users = s.users.toArray();
    for (let i = 0; i < 300; i++) {
      s.insertTimeEntry(entry({ user_id: r.pick(users).id, project_id: 1, start: NOW - 3 * DAY, notes: r.pick(NOTES), tags: r.pick(TAGS) }));
    }
    for (let q = 0; q < 60; q++) {
      const user = r.pick(users);
      const text = needle(r);
      const limit = r.int(1, 50);
      expect(call(s, 'search', user, { query: { q: text, limit, types: 'entry' } }).results).toEqual(ref.search(s, { user, isAdmin: user.role === 'admin' }, text, limit, ['entry']));
    }
  });
});
