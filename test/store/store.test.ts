/** The store: deterministic seeding, indexes that agree with brute force, snapshots, aggregates. */
import { describe, expect, it } from 'vitest';
import { listTokens, seedStore } from '../../src/fixtures/index.js';
import type { EntryFilter, Store } from '../../src/store/store.js';
import type { TimeEntryRow } from '../../src/store/types.js';
import { rng } from '../../src/fixtures/random.js';

const NOW = Date.parse('2026-11-16T10:00:00Z');
const DAY = 86_400_000;

function brute(store: Store, f: EntryFilter): TimeEntryRow[] {
  return [...store.timeEntries.all()]
    .filter((e) => f.userId === undefined || e.user_id === f.userId)
    .filter((e) => f.projectId === undefined || e.project_id === f.projectId)
    .filter((e) => f.clientId === undefined || e.client_id === f.clientId || (e.project_id !== null && store.projects.get(e.project_id)?.client_id === f.clientId))
    .filter((e) => f.from === undefined || e.start >= f.from)
    .filter((e) => f.to === undefined || e.start <= f.to)
    .filter((e) => f.billable === undefined || e.billable === f.billable)
    .filter((e) => f.includeActive || e.end !== null)
    .sort((a, b) => b.start - a.start || b.id - a.id);
}

describe('seeding', () => {
  it('the same seed gives the same data, ids and tokens; another seed differs', () => {
    const a = seedStore({ scenario: 'default', seed: 3, now: NOW });
    const b = seedStore({ scenario: 'default', seed: 3, now: NOW });
    const c = seedStore({ scenario: 'default', seed: 4, now: NOW });
    expect(JSON.stringify(a.snapshot())).toBe(JSON.stringify(b.snapshot()));
    expect(listTokens(a).map((t) => t.token)).toEqual(listTokens(b).map((t) => t.token));
    expect(listTokens(a).map((t) => t.token)).not.toEqual(listTokens(c).map((t) => t.token));
    expect(JSON.stringify(a.snapshot())).not.toBe(JSON.stringify(c.snapshot()));
  });
  it('has every token kind, in the tt_ + 32 format', () => {
    const tokens = listTokens(seedStore({ scenario: 'empty', seed: 1, now: NOW }));
    for (const t of tokens) expect(t.token).toMatch(/^tt_[A-Za-z0-9_-]{32}$/);
    const purposes = tokens.map((t) => t.purpose.split(':')[0]);
    expect(purposes).toEqual(expect.arrayContaining(['admin', 'every read and write scope, no admin', 'read-only', 'regular user', 'narrow', 'expired', 'revoked']));
  });
  it('default is a realistic small company; empty has users and tokens only', () => {
    const s = seedStore({ scenario: 'default', seed: 1, now: NOW });
    expect(new Set([...s.projects.all()].map((p) => p.status))).toEqual(new Set(['active', 'inactive', 'on_hold', 'archived']));
    expect(new Set([...s.tasks.all()].map((t) => t.status))).toEqual(new Set(['todo', 'in_progress', 'review', 'done', 'cancelled']));
    expect(s.timeEntries.size).toBeGreaterThan(500);
    const entries = [...s.timeEntries.all()];
    expect(entries.some((e) => e.billable) && entries.some((e) => !e.billable)).toBe(true);
    expect(entries.every((e) => e.end !== null && e.end < NOW)).toBe(true);
    expect(s.quotes.size).toBeGreaterThan(3);
    expect(s.stockItems.size).toBeGreaterThan(5);
    const e = seedStore({ scenario: 'empty', seed: 1, now: NOW });
    expect([e.projects.size, e.timeEntries.size, e.clients.size]).toEqual([0, 0, 0]);
    expect(e.users.size).toBeGreaterThan(0);
  });
  it('large is sized by a parameter', () => {
    const s = seedStore({ scenario: 'large', seed: 1, now: NOW, size: 20_000 });
    const seeded = seedStore({ scenario: 'default', seed: 1, now: NOW }).timeEntries.size;
    expect(s.timeEntries.size).toBe(seeded + 20_000);
  });
});

describe('time-entry indexes agree with a brute-force filter', () => {
  it('through random inserts, updates and deletes', () => {
    const s = seedStore({ scenario: 'default', seed: 9, now: NOW });
    const r = rng(42);
    const users = [...s.users.all()].map((u) => u.id);
    const projects = [...s.projects.all()].map((p) => p.id);
    const clients = [...s.clients.all()].map((c) => c.id);
    for (let i = 0; i < 600; i++) {
      const op = r();
      const ids = [...s.timeEntries.all()].map((e) => e.id);
      if (op < 0.5) {
        const start = NOW - r.int(0, 100) * DAY + r.int(0, 23) * 3_600_000;
        s.insertTimeEntry({
          user_id: r.pick(users), project_id: r.chance(0.9) ? r.pick(projects) : null, client_id: null, task_id: null,
          start, end: r.chance(0.05) ? null : start + r.int(1, 8) * 900_000, break_seconds: 0, paused_at: null, notes: null, tags: null,
          source: 'manual', billable: r.chance(0.7), paid: false, invoice_number: null, created_at: start, updated_at: start,
        });
      } else if (op < 0.8) {
        const id = r.pick(ids);
        s.updateTimeEntry(id, { start: s.timeEntries.get(id)!.start + r.int(-3, 3) * DAY, billable: r.chance(0.5), project_id: r.pick(projects) });
      } else {
        s.deleteTimeEntry(r.pick(ids));
      }
    }
    for (let q = 0; q < 200; q++) {
      const from = r.chance(0.7) ? NOW - r.int(0, 100) * DAY : undefined;
      const f: EntryFilter = {
        userId: r.chance(0.6) ? r.pick(users) : undefined,
        projectId: r.chance(0.5) ? r.pick(projects) : undefined,
        clientId: r.chance(0.15) ? r.pick(clients) : undefined,
        from,
        to: from !== undefined && r.chance(0.7) ? from + r.int(1, 40) * DAY : undefined,
        billable: r.chance(0.3) ? r.chance(0.5) : undefined,
        includeActive: r.chance(0.3),
      };
      const expected = brute(s, f);
      const perPage = r.int(1, 60);
      const page = r.int(1, 4);
      const got = s.queryTimeEntries(f, page, perPage);
      expect(got.total).toBe(expected.length);
      expect(got.items.map((e) => e.id)).toEqual(expected.slice((page - 1) * perPage, page * perPage).map((e) => e.id));
      expect([...s.entriesOf({ ...f, newestFirst: true })].map((e) => e.id)).toEqual(expected.map((e) => e.id));
    }
  });
  it('running timers are found in O(1) and leave the index when stopped', () => {
    const s = seedStore({ scenario: 'default', seed: 1, now: NOW });
    const e = s.insertTimeEntry({
      user_id: 3, project_id: 1, client_id: null, task_id: null, start: NOW, end: null, break_seconds: 0, paused_at: null, notes: null,
      tags: null, source: 'auto', billable: true, paid: false, invoice_number: null, created_at: NOW, updated_at: NOW,
    });
    expect(s.runningEntryOf(3)?.id).toBe(e.id);
    s.updateTimeEntry(e.id, { end: NOW + 60_000 });
    expect(s.runningEntryOf(3)).toBeUndefined();
  });
});

describe('aggregates and snapshots', () => {
  it('project totals follow every write', () => {
    const s = seedStore({ scenario: 'default', seed: 1, now: NOW });
    const sum = (pid: number) => brute(s, { projectId: pid }).reduce((acc, e) => acc + Math.round((e.end! - e.start) / 1000) - e.break_seconds, 0);
    const before = s.projectTotals(1).totalSeconds;
    expect(before).toBe(sum(1));
    const e = s.insertTimeEntry({
      user_id: 3, project_id: 1, client_id: null, task_id: null, start: NOW - DAY, end: NOW - DAY + 3_600_000, break_seconds: 0, paused_at: null,
      notes: null, tags: null, source: 'manual', billable: true, paid: false, invoice_number: null, created_at: NOW, updated_at: NOW,
    });
    expect(s.projectTotals(1).totalSeconds).toBe(before + 3600);
    s.updateTimeEntry(e.id, { project_id: 2 });
    expect(s.projectTotals(1).totalSeconds).toBe(before);
    expect(s.projectTotals(2).totalSeconds).toBe(sum(2));
  });
  it('restore returns to the snapshot, indexes included', () => {
    const s = seedStore({ scenario: 'default', seed: 1, now: NOW });
    const snap = s.snapshot();
    const total = s.queryTimeEntries({}, 1, 10).total;
    const first = [...s.timeEntries.all()][0];
    s.deleteTimeEntry(first.id);
    s.projects.update(1, { name: 'Changed' });
    s.restore(snap);
    expect(s.queryTimeEntries({}, 1, 10).total).toBe(total);
    expect(s.timeEntries.get(first.id)).toBeDefined();
    expect(s.projects.get(1)!.name).not.toBe('Changed');
    expect(s.findToken(listTokens(s)[0].token)).toBeDefined();
  });
});
