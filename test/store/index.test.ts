/**
 * The time-entry index agrees with a brute-force filter, through random
 * inserts, updates (start, user, project, client, billable, stopping
 * timers) and deletes, for every combination of filters, shallow and deep
 * pages, and both iteration orders.
 */
import { describe, expect, it } from 'vitest';
import { seedStore } from '../../src/fixtures/timetracker/index.js';
import { rng, type Rng } from '../../src/core/random.js';
import type { EntryFilter, Store } from '../../src/store/timetracker/store.js';
import type { TimeEntryRow } from '../../src/store/timetracker/types.js';
import { overlappingEntry } from '../../src/store/timetracker/rules.js';
import { brute, DAY, entry, HOUR, ids, NOW } from './helpers.js';

/** A random write: insert (finished, running, client-only), update (any indexed field), or delete. */
function randomWrite(s: Store, r: Rng, users: number[], projects: number[], clients: number[]): void {
  const op = r();
  const all = s.timeEntries.toArray();
  if (op < 0.45 || all.length === 0) {
    const start = NOW - r.int(0, 120) * DAY + r.int(0, 23) * HOUR;
    const direct = r.chance(0.1);
    s.insertTimeEntry(
      entry({
        user_id: r.pick(users),
        project_id: direct ? null : r.pick(projects),
        client_id: direct ? r.pick(clients) : null,
        start,
        end: r.chance(0.05) ? null : start + r.int(1, 8) * 900_000,
        billable: r.chance(0.7),
      }),
    );
    return;
  }
  const e = r.pick(all);
  if (op < 0.85) {
    const patch: Partial<Omit<TimeEntryRow, 'id'>> = {};
    const which = r.int(0, 6);
    if (which === 0) patch.start = e.start + r.int(-5, 5) * DAY + r.int(-3, 3) * HOUR;
    if (which === 1) patch.user_id = r.pick(users);
    if (which === 2) Object.assign(patch, { project_id: r.pick(projects), client_id: null });
    if (which === 3) Object.assign(patch, { project_id: null, client_id: r.pick(clients), task_id: null });
    if (which === 4) patch.billable = !e.billable;
    if (which === 5) patch.end = e.end === null ? e.start + HOUR : null;
    if (which === 6) Object.assign(patch, { notes: 'edited', paid: !e.paid });
    s.updateTimeEntry(e.id, patch);
    return;
  }
  s.deleteTimeEntry(e.id);
}

function randomFilter(r: Rng, users: number[], projects: number[], clients: number[]): EntryFilter {
  const from = r.chance(0.6) ? NOW - r.int(0, 130) * DAY : undefined;
  return {
    userId: r.chance(0.5) ? r.pick(users) : undefined,
    projectId: r.chance(0.35) ? r.pick(projects) : undefined,
    clientId: r.chance(0.25) ? r.pick(clients) : undefined,
    from,
    to: r.chance(0.5) ? (from ?? NOW - 130 * DAY) + r.int(0, 60) * DAY : undefined,
    billable: r.chance(0.35) ? r.chance(0.5) : undefined,
    includeActive: r.chance(0.35),
    activeOnly: r.chance(0.1),
  };
}

function check(s: Store, f: EntryFilter, page: number, perPage: number): void {
  const expected = brute(s, f);
  const got = s.queryTimeEntries(f, page, perPage);
  const label = JSON.stringify({ f, page, perPage });
  expect(got.total, label).toBe(expected.length);
  expect(ids(got.items), label).toEqual(ids(expected.slice((page - 1) * perPage, page * perPage)));
  expect(s.countTimeEntries(f), label).toBe(expected.length);
}

describe('time-entry index agrees with brute force', () => {
  it('through random writes, for random filters and pages', () => {
    const s = seedStore({ scenario: 'default', seed: 9, now: NOW });
    const r = rng(42);
    const users = [...s.users.all()].map((u) => u.id);
    const projects = [...s.projects.all()].map((p) => p.id);
    const clients = [...s.clients.all()].map((c) => c.id);
    for (let round = 0; round < 6; round++) {
      for (let i = 0; i < 150; i++) randomWrite(s, r, users, projects, clients);
      for (let q = 0; q < 60; q++) check(s, randomFilter(r, users, projects, clients), r.int(1, 5), r.int(1, 60));
    }
    // Iteration order, both ways, for a few filters.
    for (let q = 0; q < 40; q++) {
      const f = randomFilter(r, users, projects, clients);
      const expected = ids(brute(s, f));
      expect(ids([...s.entriesOf({ ...f, newestFirst: true })])).toEqual(expected);
      expect(ids([...s.entriesOf(f)])).toEqual([...expected].reverse());
    }
  });

  it('deep pages, found by rank search across several runs', () => {
    const s = seedStore({ scenario: 'large', seed: 2, now: NOW, size: 6_000 });
    const r = rng(7);
    const users = [...s.users.all()].map((u) => u.id);
    const projects = [...s.projects.all()].map((p) => p.id);
    const clients = [...s.clients.all()].map((c) => c.id);
    // Ties on start across runs: many entries starting at the same instant.
    for (let i = 0; i < 300; i++) {
      s.insertTimeEntry(entry({ user_id: r.pick(users), project_id: r.pick(projects), start: NOW - 10 * DAY, billable: r.chance(0.5), end: r.chance(0.1) ? null : NOW - 10 * DAY + HOUR }));
    }
    for (let i = 0; i < 200; i++) randomWrite(s, r, users, projects, clients);
    const filters: EntryFilter[] = [
      {},
      { includeActive: true },
      { billable: true },
      { clientId: clients[0] },
      { clientId: clients[1], includeActive: true },
      { from: NOW - 40 * DAY, to: NOW - 5 * DAY },
      { projectId: projects[0], includeActive: true },
    ];
    for (const f of filters) {
      const total = brute(s, f).length;
      for (const perPage of [7, 50, 100]) {
        const pages = Math.ceil(total / perPage);
        for (const page of new Set([1, 2, Math.ceil(pages / 3), Math.ceil(pages / 2), pages - 1, pages, pages + 1])) {
          if (page >= 1) check(s, f, page, perPage);
        }
      }
    }
  });

  it('running timers: excluded by default, with include_active, alone with activeOnly; runningEntryOf in O(1)', () => {
    const s = seedStore({ scenario: 'default', seed: 1, now: NOW });
    const alice = s.findUserByUsername('alice')!.id;
    const before = s.countTimeEntries({ userId: alice });
    const e = s.insertTimeEntry(entry({ user_id: alice, project_id: 1, start: NOW, end: null, source: 'auto' }));
    expect(s.runningEntryOf(alice)?.id).toBe(e.id);
    expect(s.countTimeEntries({ userId: alice })).toBe(before);
    expect(s.countTimeEntries({ userId: alice, includeActive: true })).toBe(before + 1);
    expect(ids(s.queryTimeEntries({ activeOnly: true }, 1, 10).items)).toEqual([e.id]);
    expect(ids(s.queryTimeEntries({ userId: alice, includeActive: true }, 1, 1).items)).toEqual([e.id]);
    // Pausing does not stop it; stopping moves it to the finished entries.
    s.updateTimeEntry(e.id, { paused_at: NOW + 60_000 });
    expect(s.runningEntryOf(alice)?.id).toBe(e.id);
    s.updateTimeEntry(e.id, { end: NOW + 120_000, paused_at: null });
    expect(s.runningEntryOf(alice)).toBeUndefined();
    expect(s.countTimeEntries({ activeOnly: true })).toBe(0);
    expect(s.countTimeEntries({ userId: alice })).toBe(before + 1);
    // Several running timers when single_active_timer is off: the earliest is "the" timer.
    const later = s.insertTimeEntry(entry({ user_id: alice, project_id: 2, start: NOW + HOUR, end: null }));
    const earlier = s.insertTimeEntry(entry({ user_id: alice, project_id: 3, start: NOW + 30 * 60_000, end: null }));
    expect(s.runningEntryOf(alice)?.id).toBe(earlier.id);
    expect(ids(s.runningEntriesOf(alice))).toEqual([earlier.id, later.id]);
    s.deleteTimeEntry(earlier.id);
    expect(s.runningEntryOf(alice)?.id).toBe(later.id);
  });

  it('the client filter follows a project moved to another client', () => {
    const s = seedStore({ scenario: 'default', seed: 1, now: NOW });
    const p = s.projects.get(1)!;
    const from = p.client_id!;
    const to = [...s.clients.all()].find((c) => c.id !== from)!.id;
    const n = s.countTimeEntries({ projectId: p.id });
    expect(n).toBeGreaterThan(0);
    const fromBefore = s.countTimeEntries({ clientId: from });
    const toBefore = s.countTimeEntries({ clientId: to });
    s.projects.update(p.id, { client_id: to });
    expect(s.countTimeEntries({ clientId: from })).toBe(fromBefore - n);
    expect(s.countTimeEntries({ clientId: to })).toBe(toBefore + n);
    expect(s.countTimeEntries({ clientId: from, projectId: p.id })).toBe(0);
    check(s, { clientId: to }, 2, 25);
  });

  it('empty results, odd pages and unknown keys', () => {
    const s = seedStore({ scenario: 'default', seed: 1, now: NOW });
    expect(s.queryTimeEntries({ userId: 999 }, 1, 50)).toEqual({ items: [], total: 0 });
    expect(s.queryTimeEntries({ projectId: 999, clientId: 1 }, 1, 50).total).toBe(0);
    expect(s.queryTimeEntries({ from: NOW + DAY }, 1, 50).total).toBe(0);
    expect(s.queryTimeEntries({ from: NOW, to: NOW - DAY }, 1, 50).total).toBe(0);
    const all = s.queryTimeEntries({}, 1, 0);
    expect([all.items.length, all.total]).toEqual([0, s.timeEntries.size]);
    expect(s.queryTimeEntries({}, 0, 5).items).toEqual(s.queryTimeEntries({}, 1, 5).items);
    expect(s.queryTimeEntries({}, 10_000, 50).items).toEqual([]);
  });

  it('the overlap check agrees with a scan, overlapping and long entries included', () => {
    const s = seedStore({ scenario: 'large', seed: 3, now: NOW, size: 4_000 });
    const r = rng(77);
    const users = [...s.users.all()].map((u) => u.id);
    // Entries that overlap each other and entries of many hours: the ends are not in start order.
    for (let i = 0; i < 400; i++) {
      const start = NOW - r.int(0, 40) * DAY + r.int(0, 95) * 900_000;
      s.insertTimeEntry(entry({ user_id: r.pick(users), project_id: 1, start, end: r.chance(0.05) ? null : start + r.int(1, 60) * 900_000 }));
    }
    for (let i = 0; i < 150; i++) randomWrite(s, r, users, [1, 2, 3], [1, 2]);
    const all = s.timeEntries.toArray();
    for (let q = 0; q < 600; q++) {
      const userId = r.pick(users);
      const start = NOW - r.int(0, 42) * DAY + r.int(0, 95) * 900_000;
      const end = start + r.int(1, 16) * 900_000;
      const except = r.chance(0.3) ? r.pick(all).id : undefined;
      const scan = all.filter((e) => e.user_id === userId && e.end !== null && e.id !== except && e.start >= start - DAY && e.start < end && e.end > start);
      const found = overlappingEntry(s, userId, start, end, except);
      expect(found !== undefined, JSON.stringify({ userId, start, end, except })).toBe(scan.length > 0);
      if (found) expect(scan).toContain(found);
    }
  });
});
