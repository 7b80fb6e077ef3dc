/** Seeded scenarios: deterministic, complete (every token kind, every status), realistic (no overlaps, consistent stock). */
import { describe, expect, it } from 'vitest';
import { CREDENTIALS, listTokens, SCENARIOS, seedStore, TOKEN_KINDS, tokenOf, type ScenarioName } from '../../src/fixtures/timetracker/index.js';
import type { Store } from '../../src/store/timetracker/store.js';
import { DAY, NOW } from './helpers.js';

const seed = (scenario: ScenarioName, s = 1, size?: number): Store => seedStore({ scenario, seed: s, now: NOW, size });
const dump = (store: Store): string => JSON.stringify(store.snapshot());

describe('determinism', () => {
  it.each(SCENARIOS)('%s: the same seed and now give the same data, ids and tokens', (scenario) => {
    const size = scenario === 'large' ? 5_000 : undefined;
    expect(dump(seed(scenario, 7, size))).toBe(dump(seed(scenario, 7, size)));
  });

  it('another seed gives other data and other tokens', () => {
    const a = seed('default', 3);
    const b = seed('default', 4);
    expect(dump(a)).not.toBe(dump(b));
    const tokensA = listTokens(a).map((t) => t.token);
    const tokensB = listTokens(b).map((t) => t.token);
    expect(tokensA.filter((t) => tokensB.includes(t))).toEqual([]);
    // The structure does not depend on the seed: same users, same token kinds, same ids.
    expect([...a.users.all()].map((u) => u.username)).toEqual([...b.users.all()].map((u) => u.username));
    expect(listTokens(a).map((t) => t.purpose)).toEqual(listTokens(b).map((t) => t.purpose));
  });

  it('tokens are the same in every scenario of a seed', () => {
    const tokens = SCENARIOS.map((s) => listTokens(seed(s, 11, 2_000)).map((t) => t.token));
    expect(tokens[1]).toEqual(tokens[0]);
    expect(tokens[2]).toEqual(tokens[0]);
  });

  it('another now moves the data in time, not its shape', () => {
    const a = seed('default', 1);
    const b = seedStore({ scenario: 'default', seed: 1, now: NOW + 7 * DAY });
    expect(a.timeEntries.size).toBe(b.timeEntries.size);
    expect(b.timeEntries.get(1)!.start - a.timeEntries.get(1)!.start).toBe(7 * DAY);
  });
});

describe('tokens and users', () => {
  it('every token kind is present, tt_ + 32 url-safe characters, with its purpose', () => {
    const store = seed('empty');
    const tokens = listTokens(store);
    for (const t of tokens) expect(t.token).toMatch(/^tt_[A-Za-z0-9_-]{32}$/);
    expect(new Set(tokens.map((t) => t.token)).size).toBe(tokens.length);
    expect(tokens.map((t) => t.purpose)).toEqual(TOKEN_KINDS.map((k) => k.purpose));
    for (const { kind } of TOKEN_KINDS) expect(tokenOf(store, kind), kind).toBeDefined();
  });

  it('each token does what its purpose says', () => {
    const store = seed('default');
    const byKind = (kind: Parameters<typeof tokenOf>[1]) => {
      const t = tokenOf(store, kind)!;
      return { ...t, user: store.users.get(t.user_id)! };
    };
    const admin = byKind('admin');
    expect(admin.scopes).toEqual(['admin:all']);
    expect(admin.user.username).toBe('admin');
    const all = byKind('all-scopes');
    for (const r of ['projects', 'time_entries', 'tasks', 'clients', 'quotes', 'inventory']) {
      expect(all.scopes).toContain(`read:${r}`);
      expect(all.scopes).toContain(`write:${r}`);
    }
    expect(all.scopes).toEqual(expect.arrayContaining(['read:reports', 'read:users']));
    expect(all.scopes).not.toContain('admin:all');
    const ro = byKind('read-only');
    expect(ro.scopes.every((s) => s.startsWith('read:'))).toBe(true);
    expect(ro.scopes).toEqual(all.scopes.filter((s) => s.startsWith('read:')));
    const user = byKind('regular-user');
    expect([user.user.username, user.scopes]).toEqual(['alice', ['read:*', 'write:*']]);
    expect(byKind('narrow').scopes).toEqual(['read:projects']);
    const expired = byKind('expired');
    expect(expired.is_active && expired.expires_at !== null && expired.expires_at < NOW).toBe(true);
    expect(byKind('revoked').is_active).toBe(false);
    // Every other token is usable now.
    for (const kind of ['admin', 'all-scopes', 'read-only', 'regular-user', 'narrow'] as const) {
      const t = byKind(kind);
      expect(t.is_active && (t.expires_at === null || t.expires_at > NOW) && t.user.is_active, kind).toBe(true);
    }
  });

  it('lists tokens with naive ISO expiry and the owner', () => {
    const store = seed('default');
    const listed = listTokens(store).find((t) => t.purpose.startsWith('expired'))!;
    expect(listed.expires_at).toBe(new Date(NOW - DAY).toISOString().slice(0, 19));
    expect([listed.username, listed.role]).toEqual(['alice', 'user']);
  });

  it('looks tokens and users up by value', () => {
    const store = seed('default');
    for (const t of listTokens(store)) expect(store.findToken(t.token)?.token).toBe(t.token);
    expect(store.findToken('tt_nope')).toBeUndefined();
    for (const c of CREDENTIALS) {
      const u = store.findUserByUsername(c.username)!;
      expect([u.password, u.role, u.is_active]).toEqual([c.password, c.role, c.active]);
    }
  });
});

describe('default', () => {
  const s = seed('default');
  const entries = [...s.timeEntries.all()];

  it('is a small company: users, clients, projects and tasks in every status', () => {
    expect(s.users.size).toBe(6);
    expect(s.clients.size).toBe(8);
    expect(s.projects.size).toBe(15);
    expect(new Set([...s.projects.all()].map((p) => p.status))).toEqual(new Set(['active', 'inactive', 'on_hold', 'archived']));
    expect(new Set([...s.tasks.all()].map((t) => t.status))).toEqual(new Set(['todo', 'in_progress', 'review', 'done', 'cancelled']));
    expect(new Set([...s.tasks.all()].map((t) => t.priority))).toEqual(new Set(['low', 'medium', 'high', 'urgent']));
    for (const t of s.tasks.all()) expect(s.projects.get(t.project_id)).toBeDefined();
  });

  it('has ~3 months of finished weekday entries before today, none overlapping, no running timer', () => {
    expect(entries.length).toBeGreaterThan(500);
    const today = NOW - (NOW % DAY);
    for (const e of entries) {
      expect(e.end).not.toBeNull();
      expect(e.end!).toBeLessThanOrEqual(today);
      expect(e.start).toBeGreaterThanOrEqual(today - 92 * DAY);
      expect([0, 6]).not.toContain(new Date(e.start).getUTCDay());
      expect(e.project_id !== null || e.client_id !== null).toBe(true);
      if (e.task_id !== null) expect(s.tasks.get(e.task_id)!.project_id).toBe(e.project_id);
    }
    for (const u of s.users.all()) {
      expect(s.runningEntryOf(u.id)).toBeUndefined();
      const mine = entries.filter((e) => e.user_id === u.id).sort((a, b) => a.start - b.start);
      for (let i = 1; i < mine.length; i++) expect(mine[i].start, `entries ${mine[i - 1].id} and ${mine[i].id}`).toBeGreaterThanOrEqual(mine[i - 1].end!);
    }
    expect(entries.some((e) => e.billable) && entries.some((e) => !e.billable)).toBe(true);
    expect(entries.some((e) => e.paid && e.invoice_number !== null)).toBe(true);
    expect(entries.some((e) => e.tags !== null) && entries.some((e) => e.task_id !== null)).toBe(true);
    expect(entries.some((e) => e.project_id === null && e.client_id !== null)).toBe(true);
    expect(new Set(entries.map((e) => e.source))).toEqual(new Set(['manual', 'auto']));
  });

  it('has attendance that agrees with the entries', () => {
    expect(s.workPeriods.size).toBeGreaterThan(100);
    for (const p of s.workPeriods.all()) {
      expect(p.end).not.toBeNull();
      const day = p.start - (p.start % DAY);
      const mine = entries.filter((e) => e.user_id === p.user_id && e.start >= day && e.start < day + DAY);
      expect(mine.length).toBeGreaterThan(0);
      for (const e of mine) expect(e.start >= p.start && e.end! <= p.end!).toBe(true);
    }
    for (const b of s.breaks.all()) {
      const p = s.workPeriods.get(b.work_period_id)!;
      expect(b.start >= p.start && b.end! <= p.end! && b.end! > b.start).toBe(true);
    }
    expect(new Set([...s.breaks.all()].map((b) => b.break_type))).toEqual(new Set(['lunch', 'rest']));
  });

  it('has quotes in every status, with items', () => {
    const quotes = [...s.quotes.all()];
    expect(new Set(quotes.map((q) => q.status))).toEqual(new Set(['draft', 'sent', 'accepted', 'rejected', 'expired']));
    for (const q of quotes) {
      expect(q.items.length).toBeGreaterThan(0);
      expect(s.clients.get(q.client_id)).toBeDefined();
    }
    const itemIds = quotes.flatMap((q) => q.items.map((i) => i.id));
    expect(new Set(itemIds).size).toBe(itemIds.length);
    expect(quotes.some((q) => q.items.some((i) => i.line_kind === 'good' && i.stock_item_id !== null))).toBe(true);
  });

  it('has inventory whose levels equal their movements, transfers in pairs, some items below reorder point', () => {
    expect(s.warehouses.size).toBe(3);
    expect(s.stockItems.size).toBe(10);
    const sum = new Map<string, number>();
    for (const m of s.movements.all()) sum.set(`${m.stock_item_id}:${m.warehouse_id}`, (sum.get(`${m.stock_item_id}:${m.warehouse_id}`) ?? 0) + m.quantity);
    for (const l of s.stockLevels.all()) expect(l.quantity).toBe(sum.get(`${l.stock_item_id}:${l.warehouse_id}`));
    const transfers = [...s.movements.all()].filter((m) => m.movement_type === 'transfer');
    expect(transfers.length).toBeGreaterThanOrEqual(2);
    const byRef = new Map<number | null, typeof transfers>();
    for (const m of transfers) byRef.set(m.reference_id, [...(byRef.get(m.reference_id) ?? []), m]);
    for (const legs of byRef.values()) {
      expect(legs.length).toBe(2);
      expect(legs[0].quantity + legs[1].quantity).toBe(0);
      expect(legs[0].warehouse_id).not.toBe(legs[1].warehouse_id);
    }
    expect(new Set([...s.movements.all()].map((m) => m.movement_type))).toEqual(new Set(['purchase', 'sale', 'transfer']));
    for (const sd of [1, 2, 3, 4, 5, 6, 7, 8]) {
      const st = seed('default', sd);
      const low = [...st.stockLevels.all()].filter((l) => l.quantity < (st.stockItems.get(l.stock_item_id)!.reorder_point ?? 0));
      expect(low.length, `seed ${sd}`).toBeGreaterThanOrEqual(2);
    }
  });

  it('has the settings the real server defaults to', () => {
    expect(s.settings).toMatchObject({ single_active_timer: true, require_task: false, require_description: false, currency: 'EUR', timezone: 'UTC' });
    expect(s.settings.latest_release?.version).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

describe('empty and large', () => {
  it('empty has users and tokens only', () => {
    const e = seed('empty');
    expect(e.users.size).toBe(6);
    expect(e.tokens.size).toBe(TOKEN_KINDS.length);
    for (const t of [e.clients, e.projects, e.tasks, e.timeEntries, e.quotes, e.warehouses, e.stockItems, e.movements, e.workPeriods]) expect(t.size).toBe(0);
  });

  it('large has exactly `size` entries: the default company plus load users', () => {
    const s = seed('large', 1, 12_345);
    expect(s.timeEntries.size).toBe(12_345);
    expect(s.projects.size).toBe(15);
    expect(s.findUserByUsername('user0001')?.password).toBe('user0001');
    const defaultCount = seed('default').timeEntries.size;
    expect(seed('large', 1, 10).timeEntries.size).toBe(defaultCount);
    const entries = [...s.timeEntries.all()];
    expect(entries.every((e) => e.end !== null && e.end < NOW)).toBe(true);
    expect(entries.some((e) => e.task_id !== null) && entries.some((e) => e.tags !== null) && entries.some((e) => e.paid)).toBe(true);
    // Load entries only go to active projects, and billable only where the project is.
    for (const e of entries) {
      if (e.user_id <= 6 || e.project_id === null) continue;
      const p = s.projects.get(e.project_id)!;
      expect(p.status).toBe('active');
      if (e.billable) expect(p.billable).toBe(true);
    }
  });

  it('rejects what it cannot seed', () => {
    expect(() => seedStore({ scenario: 'huge' as ScenarioName, seed: 1, now: NOW })).toThrow(/unknown scenario/);
    expect(() => seedStore({ scenario: 'large', seed: 1, now: NOW, size: -1 })).toThrow(/size/);
  });
});
