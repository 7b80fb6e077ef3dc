/** Running aggregates, task deletion, snapshots and restore, and the Table underneath. */
import { describe, expect, it } from 'vitest';
import { listTokens, seedStore } from '../../src/fixtures/timetracker/index.js';
import { rng } from '../../src/core/random.js';
import type { Store } from '../../src/store/timetracker/store.js';
import { Table } from '../../src/store/table.js';
import type { TimeEntryRow } from '../../src/store/timetracker/types.js';
import { brute, DAY, entry, HOUR, NOW, seconds } from './helpers.js';

function expectedTotals(s: Store, key: (e: TimeEntryRow) => number | null, id: number) {
  const mine = [...s.timeEntries.all()].filter((e) => e.end !== null && key(e) === id);
  return {
    totalSeconds: mine.reduce((a, e) => a + seconds(e), 0),
    billableSeconds: mine.filter((e) => e.billable).reduce((a, e) => a + seconds(e), 0),
  };
}

function checkAggregates(s: Store): void {
  for (const p of s.projects.all()) expect(s.projectTotals(p.id), `project ${p.id}`).toEqual(expectedTotals(s, (e) => e.project_id, p.id));
  for (const t of s.tasks.all()) expect(s.taskTotals(t.id), `task ${t.id}`).toEqual(expectedTotals(s, (e) => e.task_id, t.id));
  for (const u of s.users.all()) expect(s.userTotals(u.id), `user ${u.id}`).toEqual(expectedTotals(s, (e) => e.user_id, u.id));
}

describe('aggregates', () => {
  it('project, task and user totals follow every kind of write', () => {
    const s = seedStore({ scenario: 'default', seed: 5, now: NOW });
    checkAggregates(s);
    const r = rng(3);
    const tasks = [...s.tasks.all()];
    for (let i = 0; i < 300; i++) {
      const all = s.timeEntries.toArray();
      const op = r();
      if (op < 0.4) {
        const task = r.pick(tasks);
        const start = NOW - r.int(1, 60) * DAY;
        s.insertTimeEntry(entry({ user_id: r.int(1, 5), project_id: task.project_id, task_id: r.chance(0.5) ? task.id : null, start, end: r.chance(0.1) ? null : start + r.int(1, 12) * 900_000, break_seconds: r.chance(0.2) ? 300 : 0, billable: r.chance(0.6) }));
      } else if (op < 0.8) {
        const e = r.pick(all);
        const task = r.pick(tasks);
        const patches: Partial<Omit<TimeEntryRow, 'id'>>[] = [
          { billable: !e.billable },
          { end: e.end === null ? e.start + HOUR : e.end + 900_000 },
          { break_seconds: e.break_seconds + 60 },
          { project_id: task.project_id, task_id: task.id, client_id: null },
          { user_id: r.int(1, 5) },
        ];
        s.updateTimeEntry(e.id, r.pick(patches));
      } else {
        s.deleteTimeEntry(r.pick(all).id);
      }
    }
    checkAggregates(s);
  });

  it('running timers count nothing until stopped', () => {
    const s = seedStore({ scenario: 'empty', seed: 1, now: NOW });
    const e = s.insertTimeEntry(entry({ user_id: 3, project_id: 1, task_id: 2, start: NOW, end: null }));
    expect(s.projectTotals(1)).toEqual({ totalSeconds: 0, billableSeconds: 0 });
    s.updateTimeEntry(e.id, { end: NOW + 90 * 60_000, break_seconds: 600 });
    expect(s.projectTotals(1)).toEqual({ totalSeconds: 4800, billableSeconds: 4800 });
    expect(s.taskTotals(2).totalSeconds).toBe(4800);
    expect(s.userTotalSeconds(3)).toBe(4800);
    // The totals handed out are copies: editing them changes nothing.
    s.projectTotals(1).totalSeconds = 0;
    expect(s.projectTotals(1).totalSeconds).toBe(4800);
  });

  it('deleting a task unlinks its entries and keeps their hours on the project', () => {
    const s = seedStore({ scenario: 'default', seed: 1, now: NOW });
    const task = [...s.tasks.all()].find((t) => [...s.timeEntries.all()].some((e) => e.task_id === t.id))!;
    const linked = [...s.timeEntries.all()].filter((e) => e.task_id === task.id).map((e) => e.id);
    const project = s.projectTotals(task.project_id);
    expect(s.deleteTask(task.id)).toBe(true);
    expect(s.tasks.get(task.id)).toBeUndefined();
    for (const id of linked) expect(s.timeEntries.get(id)!.task_id).toBeNull();
    expect(s.taskTotals(task.id)).toEqual({ totalSeconds: 0, billableSeconds: 0 });
    expect(s.projectTotals(task.project_id)).toEqual(project);
    expect(s.deleteTask(task.id)).toBe(false);
    checkAggregates(s);
  });
});

describe('snapshot and restore', () => {
  it('restore returns to the snapshot, indexes, lookups and counters included', () => {
    const s = seedStore({ scenario: 'default', seed: 1, now: NOW });
    const before = JSON.stringify(s.snapshot());
    const snap = s.snapshot();
    const nextEntryId = s.timeEntries.nextId;
    const month = { from: NOW - 30 * DAY, to: NOW };
    const page = s.queryTimeEntries(month, 2, 20);
    const pageBefore = JSON.stringify(page);

    // Change a bit of everything.
    s.deleteTimeEntry(page.items[0].id);
    s.updateTimeEntry(page.items[1].id, { start: NOW - 200 * DAY, billable: false });
    s.insertTimeEntry(entry({ user_id: 3, project_id: 2, start: NOW, end: null }));
    s.projects.update(1, { name: 'Changed' });
    s.favorites.insert({ user_id: 3, project_id: 9, created_at: NOW });
    const token = listTokens(s)[0].token;
    s.tokens.update(1, { token: 'tt_changed' });
    s.users.update(3, { username: 'alice2' });
    s.settings.single_active_timer = false;
    s.quotes.get(1)!.items.push({ ...s.quotes.get(1)!.items[0], id: 999 });
    s.deleteTask(1);

    s.restore(snap);
    expect(JSON.stringify(s.snapshot())).toBe(before);
    expect(JSON.stringify(s.queryTimeEntries(month, 2, 20))).toBe(pageBefore);
    expect(s.runningEntryOf(3)).toBeUndefined();
    expect(s.findToken(token)?.id).toBe(1);
    expect(s.findToken('tt_changed')).toBeUndefined();
    expect(s.findUserByUsername('alice')?.id).toBe(3);
    expect(s.findUserByUsername('alice2')).toBeUndefined();
    expect(s.timeEntries.nextId).toBe(nextEntryId);
    checkAggregates(s);
    expect(s.insertTimeEntry(entry({ user_id: 3, start: NOW - DAY, client_id: 1 })).id).toBe(nextEntryId);
  });

  it('snapshots are deep copies, and one snapshot can be restored again and again', () => {
    const s = seedStore({ scenario: 'default', seed: 2, now: NOW });
    const snap = s.snapshot();
    const frozen = JSON.stringify(snap);
    s.favorites.get(1)!.project_id = 7;
    s.timeEntries.get(1)!.notes = 'changed in place';
    s.quotes.get(1)!.items[0].quantity = 1234;
    expect(JSON.stringify(snap)).toBe(frozen);
    s.restore(snap);
    s.timeEntries.get(2)!.notes = 'changed after restore';
    s.favorites.get(1)!.project_id = 8;
    expect(JSON.stringify(snap)).toBe(frozen);
    s.restore(snap);
    expect(JSON.stringify(s.snapshot())).toBe(frozen);
  });

  it('a restored store answers queries like a freshly seeded one', () => {
    const fresh = seedStore({ scenario: 'large', seed: 4, now: NOW, size: 3_000 });
    const other = seedStore({ scenario: 'empty', seed: 99, now: NOW });
    other.restore(fresh.snapshot());
    for (const f of [{}, { userId: 7 }, { projectId: 3, from: NOW - 60 * DAY }, { clientId: 2, billable: true }]) {
      expect(other.queryTimeEntries(f, 3, 25)).toEqual(fresh.queryTimeEntries(f, 3, 25));
      expect(other.countTimeEntries(f)).toBe(brute(fresh, f).length);
    }
  });
});

describe('Table', () => {
  interface Thing {
    id: number;
    key: string;
    n: number;
  }

  it('gives ids from its counter, never reusing one', () => {
    const t = new Table<Thing>(['key']);
    expect(t.nextId).toBe(1);
    const a = t.insert({ key: 'a', n: 1 });
    const b = t.insert({ key: 'b', n: 2 });
    expect([a.id, b.id, t.size]).toEqual([1, 2, 2]);
    expect(t.delete(1)).toBe(true);
    expect(t.delete(1)).toBe(false);
    expect(t.insert({ key: 'c', n: 3 }).id).toBe(3);
    expect([...t.all()].map((x) => x.key)).toEqual(['b', 'c']);
    expect([t.get(1), t.get(0), t.get(-1), t.get(1.5), t.get(99)]).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });

  it('keeps unique keys through insert, update, delete and load', () => {
    const t = new Table<Thing>(['key']);
    t.insert({ key: 'a', n: 1 });
    t.insert({ key: 'b', n: 2 });
    expect(() => t.insert({ key: 'a', n: 3 })).toThrow(/duplicate/);
    t.update(1, { key: 'z' });
    expect(t.findBy('key', 'a')).toBeUndefined();
    expect(t.findBy('key', 'z')?.id).toBe(1);
    expect(t.update(1, { n: 5, id: 77 } as Partial<Thing>).id).toBe(1);
    t.delete(2);
    expect(t.findBy('key', 'b')).toBeUndefined();
    const state = t.dump((rows) => rows.map((r) => ({ ...r })));
    const u = new Table<Thing>(['key']);
    u.load(state, (rows) => rows.map((r) => ({ ...r })));
    expect([u.size, u.nextId, u.findBy('key', 'z')?.n, u.get(2)]).toEqual([1, 4, 5, undefined]);
    expect(() => u.findBy('n' as 'key', 'x')).toThrow(/not a unique key/);
  });
});
