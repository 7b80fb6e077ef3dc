/**
 * The in-memory store: one table per resource, plus the indexes and running
 * aggregates that keep lists, filters and reports fast as it grows (a page of
 * a user's entries on a project in a date range never scans every entry).
 */
import { Table } from './table.js';
import type {
  ApiTokenRow,
  AttendanceBreakRow,
  ClientRow,
  InventoryMovementRow,
  ProjectRow,
  QuoteRow,
  SettingsRow,
  StockItemRow,
  StockLevelRow,
  TaskRow,
  TimeEntryRow,
  UserRow,
  WarehouseRow,
  WorkPeriodRow,
} from './types.js';

export interface EntryFilter {
  userId?: number;
  projectId?: number;
  /** The entry's client, or its project's client. */
  clientId?: number;
  /** start >= from (ms). */
  from?: number;
  /** start <= to (ms). */
  to?: number;
  billable?: boolean;
  /** Include running timers (default false). */
  includeActive?: boolean;
  /** Iterate newest first (default oldest first; queryTimeEntries is always newest first). */
  newestFirst?: boolean;
}

export interface Totals {
  totalSeconds: number;
  billableSeconds: number;
}

/** Entries sorted by (start, id), for binary search on a date range. */
class SortedEntries {
  items: TimeEntryRow[] = [];

  private pos(start: number, id: number): number {
    let lo = 0;
    let hi = this.items.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const m = this.items[mid];
      if (m.start < start || (m.start === start && m.id < id)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
  add(e: TimeEntryRow): void {
    const i = this.pos(e.start, e.id);
    if (i === this.items.length) this.items.push(e);
    else this.items.splice(i, 0, e);
  }
  remove(e: TimeEntryRow): void {
    const i = this.pos(e.start, e.id);
    if (this.items[i]?.id === e.id) this.items.splice(i, 1);
  }
  /** [lo, hi) of entries with from <= start <= to. */
  range(from = -Infinity, to = Infinity): [number, number] {
    return [this.pos(from, -Infinity), this.pos(to, Infinity)];
  }
}


export interface StoreState {
  tables: Record<string, { rows: unknown[]; next: number }>;
  settings: SettingsRow;
  quoteItemSeq: number;
}

const TABLE_NAMES = [
  'users',
  'tokens',
  'clients',
  'projects',
  'tasks',
  'timeEntries',
  'quotes',
  'warehouses',
  'stockItems',
  'stockLevels',
  'movements',
  'workPeriods',
  'breaks',
] as const;

export class Store {
  readonly users = new Table<UserRow>();
  readonly tokens = new Table<ApiTokenRow>();
  readonly clients = new Table<ClientRow>();
  readonly projects = new Table<ProjectRow>();
  readonly tasks = new Table<TaskRow>();
  /** Read through this; write through insertTimeEntry/updateTimeEntry/deleteTimeEntry. */
  readonly timeEntries = new Table<TimeEntryRow>();
  readonly quotes = new Table<QuoteRow>();
  readonly warehouses = new Table<WarehouseRow>();
  readonly stockItems = new Table<StockItemRow>();
  readonly stockLevels = new Table<StockLevelRow>();
  readonly movements = new Table<InventoryMovementRow>();
  readonly workPeriods = new Table<WorkPeriodRow>();
  readonly breaks = new Table<AttendanceBreakRow>();
  settings: SettingsRow;

  private quoteItemSeq = 1;
  private tokenIndex = new Map<string, ApiTokenRow>();
  private all = new SortedEntries();
  private byUser = new Map<number, SortedEntries>();
  private byProject = new Map<number, SortedEntries>();
  private byUserProject = new Map<string, SortedEntries>();
  private running = new Map<number, Set<TimeEntryRow>>();
  private projectAgg = new Map<number, Totals>();
  private taskAgg = new Map<number, Totals>();
  private userAgg = new Map<number, Totals>();

  constructor(settings: SettingsRow) {
    this.settings = settings;
  }

  // --- tokens and users -------------------------------------------------

  findToken(value: string): ApiTokenRow | undefined {
    return this.tokenIndex.get(value);
  }

  addToken(row: Omit<ApiTokenRow, 'id'>): ApiTokenRow {
    const t = this.tokens.insert(row);
    this.tokenIndex.set(t.token, t);
    return t;
  }

  /** A fresh random token for a login (not seeded: logins happen at run time). */
  issueToken(o: { user_id: number; name: string; scopes: string[]; expires_at: number | null; now: number }): ApiTokenRow {
    const bytes = new Uint8Array(24);
    crypto.getRandomValues(bytes);
    const value = `tt_${Buffer.from(bytes).toString('base64url').slice(0, 32)}`;
    return this.addToken({
      token: value,
      name: o.name,
      user_id: o.user_id,
      scopes: o.scopes,
      is_active: true,
      expires_at: o.expires_at,
      created_at: o.now,
      last_used_at: null,
      usage_count: 0,
      purpose: 'issued by POST /api/v1/auth/login',
    });
  }

  findUserByUsername(username: string): UserRow | undefined {
    for (const u of this.users.all()) if (u.username === username) return u;
    return undefined;
  }

  projectsOfClient(clientId: number): ProjectRow[] {
    return [...this.projects.all()].filter((p) => p.client_id === clientId);
  }

  nextQuoteItemId(): number {
    return this.quoteItemSeq++;
  }

  // --- time entries -----------------------------------------------------

  private indexesOf(e: TimeEntryRow): SortedEntries[] {
    const get = <K>(map: Map<K, SortedEntries>, key: K) => {
      let s = map.get(key);
      if (!s) map.set(key, (s = new SortedEntries()));
      return s;
    };
    const out = [this.all, get(this.byUser, e.user_id)];
    if (e.project_id !== null) {
      out.push(get(this.byProject, e.project_id), get(this.byUserProject, `${e.user_id}:${e.project_id}`));
    }
    return out;
  }

  private seconds(e: TimeEntryRow): number {
    return e.end === null ? 0 : Math.max(0, Math.round((e.end - e.start) / 1000) - e.break_seconds);
  }

  private aggregate(e: TimeEntryRow, sign: 1 | -1): void {
    if (e.end === null) return;
    const s = this.seconds(e) * sign;
    const add = (map: Map<number, Totals>, key: number | null) => {
      if (key === null) return;
      const t = map.get(key) ?? { totalSeconds: 0, billableSeconds: 0 };
      t.totalSeconds += s;
      if (e.billable) t.billableSeconds += s;
      map.set(key, t);
    };
    add(this.projectAgg, e.project_id);
    add(this.taskAgg, e.task_id);
    add(this.userAgg, e.user_id);
  }

  private indexEntry(e: TimeEntryRow): void {
    for (const ix of this.indexesOf(e)) ix.add(e);
    if (e.end === null) {
      let set = this.running.get(e.user_id);
      if (!set) this.running.set(e.user_id, (set = new Set()));
      set.add(e);
    }
    this.aggregate(e, 1);
  }

  private unindexEntry(e: TimeEntryRow): void {
    for (const ix of this.indexesOf(e)) ix.remove(e);
    this.running.get(e.user_id)?.delete(e);
    this.aggregate(e, -1);
  }

  insertTimeEntry(row: Omit<TimeEntryRow, 'id'>): TimeEntryRow {
    const e = this.timeEntries.insert(row);
    this.indexEntry(e);
    return e;
  }

  updateTimeEntry(id: number, patch: Partial<Omit<TimeEntryRow, 'id'>>): TimeEntryRow {
    const e = this.timeEntries.get(id);
    if (!e) throw new Error(`no time entry ${id}`);
    this.unindexEntry(e);
    Object.assign(e, patch);
    this.indexEntry(e);
    return e;
  }

  deleteTimeEntry(id: number): void {
    const e = this.timeEntries.get(id);
    if (!e) return;
    this.unindexEntry(e);
    this.timeEntries.delete(id);
  }

  /** Delete a task; its entries keep their hours but lose the link. */
  deleteTask(id: number): void {
    for (const e of this.entriesOf({ includeActive: true })) if (e.task_id === id) this.updateTimeEntry(e.id, { task_id: null });
    this.tasks.delete(id);
    this.taskAgg.delete(id);
  }

  /** The user's first running timer (O(1)). */
  runningEntryOf(userId: number): TimeEntryRow | undefined {
    const set = this.running.get(userId);
    if (!set) return undefined;
    let first: TimeEntryRow | undefined;
    for (const e of set) if (!first || e.start < first.start) first = e;
    return first;
  }

  projectTotals(projectId: number): Totals {
    return this.projectAgg.get(projectId) ?? { totalSeconds: 0, billableSeconds: 0 };
  }
  taskTotals(taskId: number): Totals {
    return this.taskAgg.get(taskId) ?? { totalSeconds: 0, billableSeconds: 0 };
  }
  userTotalSeconds(userId: number): number {
    return this.userAgg.get(userId)?.totalSeconds ?? 0;
  }

  /** The narrowest index for a filter. */
  private indexFor(f: EntryFilter): SortedEntries | undefined {
    if (f.userId !== undefined && f.projectId !== undefined) return this.byUserProject.get(`${f.userId}:${f.projectId}`);
    if (f.userId !== undefined) return this.byUser.get(f.userId);
    if (f.projectId !== undefined) return this.byProject.get(f.projectId);
    return this.all;
  }

  /** Filters the chosen index does not already apply. */
  private residual(f: EntryFilter): ((e: TimeEntryRow) => boolean) | null {
    const checks: ((e: TimeEntryRow) => boolean)[] = [];
    if (!f.includeActive) checks.push((e) => e.end !== null);
    if (f.billable !== undefined) checks.push((e) => e.billable === f.billable);
    if (f.clientId !== undefined) {
      const clientId = f.clientId;
      checks.push((e) => e.client_id === clientId || (e.project_id !== null && this.projects.get(e.project_id)?.client_id === clientId));
    }
    if (checks.length === 0) return null;
    return (e) => checks.every((c) => c(e));
  }

  /** Entries matching a filter, through the indexes. */
  *entriesOf(f: EntryFilter): Generator<TimeEntryRow> {
    const ix = this.indexFor(f);
    if (!ix) return;
    const [lo, hi] = ix.range(f.from, f.to);
    const keep = this.residual(f);
    const items = ix.items;
    if (f.newestFirst) {
      for (let i = hi - 1; i >= lo; i--) if (!keep || keep(items[i])) yield items[i];
    } else {
      for (let i = lo; i < hi; i++) if (!keep || keep(items[i])) yield items[i];
    }
  }

  /**
   * A page of entries, newest start first, with the exact total. The index
   * and a binary search give the date range; only the residual filters
   * (running, billable, client) look at entries, and only inside that range.
   */
  queryTimeEntries(f: EntryFilter, page: number, perPage: number): { items: TimeEntryRow[]; total: number } {
    const ix = this.indexFor(f);
    if (!ix) return { items: [], total: 0 };
    const [lo, hi] = ix.range(f.from, f.to);
    const offset = (page - 1) * perPage;
    const items = ix.items;
    const onlyRunning = !f.includeActive && f.billable === undefined && f.clientId === undefined;
    if (onlyRunning) {
      // Only running timers are excluded: they are few, so count them instead of scanning.
      let runningIn = 0;
      const runningStarts: number[] = [];
      for (const set of f.userId !== undefined ? [this.running.get(f.userId) ?? new Set<TimeEntryRow>()] : this.running.values()) {
        for (const e of set) {
          if (f.projectId !== undefined && e.project_id !== f.projectId) continue;
          if ((f.from === undefined || e.start >= f.from) && (f.to === undefined || e.start <= f.to)) {
            runningIn++;
            runningStarts.push(e.start);
          }
        }
      }
      const total = hi - lo - runningIn;
      const page: TimeEntryRow[] = [];
      if (runningIn === 0) {
        for (let i = hi - 1 - offset; i >= lo && page.length < perPage; i--) page.push(items[i]);
        return { items: page, total };
      }
      let skipped = 0;
      for (let i = hi - 1; i >= lo && page.length < perPage; i--) {
        if (items[i].end === null) continue;
        if (skipped < offset) skipped++;
        else page.push(items[i]);
      }
      return { items: page, total };
    }
    const keep = this.residual(f);
    if (!keep) {
      // No residual filter: the range is the answer.
      const out: TimeEntryRow[] = [];
      for (let i = hi - 1 - offset; i >= lo && out.length < perPage; i--) out.push(items[i]);
      return { items: out, total: hi - lo };
    }
    let total = 0;
    const out: TimeEntryRow[] = [];
    for (let i = hi - 1; i >= lo; i--) {
      const e = items[i];
      if (!keep(e)) continue;
      if (total >= offset && out.length < perPage) out.push(e);
      total++;
    }
    return { items: out, total };
  }

  // --- snapshots ----------------------------------------------------------

  snapshot(): StoreState {
    const tables: StoreState['tables'] = {};
    for (const name of TABLE_NAMES) tables[name] = (this[name] as Table<never>).dump();
    return { tables, settings: structuredClone(this.settings), quoteItemSeq: this.quoteItemSeq };
  }

  restore(state: StoreState): void {
    for (const name of TABLE_NAMES) (this[name] as Table<never>).load(state.tables[name] as { rows: never[]; next: number });
    this.settings = structuredClone(state.settings);
    this.quoteItemSeq = state.quoteItemSeq;
    this.rebuildIndexes();
  }

  /** Recompute every index and aggregate from the tables (after a restore or a bulk seed). */
  rebuildIndexes(): void {
    this.tokenIndex = new Map([...this.tokens.all()].map((t) => [t.token, t]));
    this.all = new SortedEntries();
    this.byUser.clear();
    this.byProject.clear();
    this.byUserProject.clear();
    this.running.clear();
    this.projectAgg.clear();
    this.taskAgg.clear();
    this.userAgg.clear();
    const sorted = [...this.timeEntries.all()].sort((a, b) => a.start - b.start || a.id - b.id);
    for (const e of sorted) {
      // Appending in (start, id) order keeps every index sorted without splicing.
      for (const ix of this.indexesOf(e)) ix.items.push(e);
      if (e.end === null) {
        let set = this.running.get(e.user_id);
        if (!set) this.running.set(e.user_id, (set = new Set()));
        set.add(e);
      }
      this.aggregate(e, 1);
    }
  }

  /** Insert many entries at once, then index them in one pass (seeding large scenarios). */
  bulkInsertTimeEntries(rows: Omit<TimeEntryRow, 'id'>[]): void {
    for (const r of rows) this.timeEntries.insert(r);
    this.rebuildIndexes();
  }
}

