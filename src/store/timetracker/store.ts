/**
 * The in-memory store: one table per resource, plus the indexes and running
 * aggregates that keep lists, filters and reports fast as it grows (a page of
 * a user's entries on a project in a date range never scans every entry; a
 * project list never scans entries at all).
 *
 * Time entries are written only through `insertTimeEntry`,
 * `updateTimeEntry`, `deleteTimeEntry` (and `deleteTask`), which keep the
 * entry index, the running-timer map and the aggregates in step. Every other
 * table is written through its `Table` methods.
 *
 * @example
 * const store = seedStore({ scenario: 'default', seed: 1, now: Date.now() });
 * const { items, total } = store.queryTimeEntries({ userId: 3, from, to }, 1, 50);
 * const snap = store.snapshot(); ...; store.restore(snap);
 */
import { base64url } from '../../core/bytes.js';
import { runtimeBytes, tokenBytes } from '../../core/random.js';
import { EntryIndex, finishedSeconds, type EntrySums, type IndexFilter } from './entry-index.js';
import { EntryTextIndex } from './entry-text.js';
import { Table } from '../table.js';
import { StoreViews } from './views.js';
import type { CurrencyRow, ExchangeRateRow, InvoicePdfTemplateRow, InvoiceTemplateRow, TaxRuleRow } from './finance-settings-types.js';
import type { PurchaseOrderItemRow, PurchaseOrderRow, SupplierRow, SupplierStockItemRow } from './inventory-types.js';
import type {
  ApiTokenRow,
  AttendanceBreakRow,
  ClientRow,
  FavoriteRow,
  InventoryMovementRow,
  ProjectRow,
  QuoteRow,
  Row,
  SettingsRow,
  StockItemRow,
  StockLevelRow,
  StoreState,
  TaskRow,
  TimeEntryRow,
  Totals,
  UserRow,
  WarehouseRow,
  WorkPeriodRow,
  WebhookRow,
  WebhookDeliveryRow,
  InvoiceRow,
  PaymentRow,
  TimesheetPeriodRow,
  TimesheetPolicyRow,
  LeaveTypeRow,
  TimeOffRequestRow,
  TimeEntryTemplateRow,
  HolidayRow,
} from './types.js';
import type { CalendarEventRow, IssueRow, KanbanColumnRow } from './board-types.js';
import type { ClientNoteRow, ContactRow, DealRow, LeadRow } from './crm-types.js';
import type { AttendanceCorrectionRow, AuditEventRow, TimeEntryApprovalRow } from './approval-types.js';
import type { ActivityRow, AuditLogRow, BudgetAlertRow, CommentRow, ProjectCostRow, SavedFilterRow } from './records-types.js';
import type { CreditNoteRow, InvoiceApprovalRow, RecurringInvoiceRow } from './billing-types.js';
import type { ExpenseRow, MileageRow, PerDiemRateRow, PerDiemRow } from './expense-types.js';
import type { MileageTrackRow } from './gps-types.js';

export type { StoreState, Totals } from './types.js';
export { finishedSeconds, type EntrySums } from './entry-index.js';

/**
 * A time-entry filter. Every field is optional; all given fields must match.
 * `from`/`to` bound the entry's `start` (inclusive, epoch ms).
 */
export interface EntryFilter extends IndexFilter {
  /** `entriesOf` only: newest first (default oldest first; `queryTimeEntries` is always newest first). */
  newestFirst?: boolean;
}

const zero = (): Totals => ({ totalSeconds: 0, billableSeconds: 0 });

const DAY = 86_400_000;

/** One user's finished entries per UTC day and per weekday (the value dashboard's). */
export interface DayStats {
  /** Day number (epoch ms / 86,400,000) -> entries and seconds that day. Days without entries are absent. */
  days: Map<number, { count: number; seconds: number }>;
  /** Seconds per UTC weekday, 0 = Sunday. */
  weekdaySeconds: number[];
}

function bumpDay(stats: DayStats, e: TimeEntryRow, sign: 1 | -1): void {
  const day = Math.floor(e.start / DAY);
  const s = finishedSeconds(e) * sign;
  const d = stats.days.get(day);
  if (d) {
    d.count += sign;
    d.seconds += s;
    if (d.count === 0) stats.days.delete(day);
  } else stats.days.set(day, { count: 1, seconds: s });
  // 1970-01-01 was a Thursday (4).
  stats.weekdaySeconds[(((day + 4) % 7) + 7) % 7] += s;
}

function bump(map: Map<number, Totals>, key: number, seconds: number, billable: number): void {
  const t = map.get(key);
  if (t) {
    t.totalSeconds += seconds;
    t.billableSeconds += billable;
  } else map.set(key, { totalSeconds: seconds, billableSeconds: billable });
}

/** Deep copy of rows that hold objects or arrays. */
const deepCopy = <T>(rows: T[]): T[] => structuredClone(rows);
/** Copy of rows whose fields are all primitives (time entries): much cheaper than structuredClone. */
const flatCopy = <T extends Row>(rows: T[]): T[] => rows.map((r) => ({ ...r }));

/** Insert into a table kept to at most `max` rows: the oldest (lowest id) goes first. */
function insertBounded<T extends Row>(table: Table<T>, row: Omit<T, 'id'>, max: number): T {
  const added = table.insert(row);
  if (table.size > max) {
    const oldest = table.all().next();
    if (!oldest.done) table.delete(oldest.value.id);
  }
  return added;
}

/** Mixed into the seed for the web login form's CSRF tokens. */
const CSRF_STREAM = 0x0c_5f_70_4b;
/** The store's tables, by property name (what `x-mock-reads` markers in openapi.yaml name). */
export const TABLE_NAMES = [
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
  'favorites',
  'webhooks',
  'webhookDeliveries',
  'invoices',
  'payments',
  'timesheetPeriods',
  'timesheetPolicies',
  'leaveTypes',
  'timeOffRequests',
  'holidays',
  'timeEntryTemplates',
  'kanbanColumns',
  'issues',
  'calendarEvents',
  'clientNotes',
  'contacts',
  'deals',
  'leads',
  'taxRules',
  'currencies',
  'exchangeRates',
  'invoiceTemplates',
  'invoicePdfTemplates',
  'timeEntryApprovals',
  'attendanceCorrections',
  'auditEvents',
  'suppliers',
  'supplierStockItems',
  'purchaseOrders',
  'purchaseOrderItems',
  'projectCosts',
  'savedFilters',
  'comments',
  'budgetAlerts',
  'activities',
  'auditLogs',
  'invoiceApprovals',
  'creditNotes',
  'recurringInvoices',
  'expenses',
  'mileage',
  'mileageTracks',
  'perDiems',
  'perDiemRates',
] as const;
export type TableName = (typeof TABLE_NAMES)[number];
const NO_TABLES: readonly TableName[] = [];

/** Webhook delivery records kept at most, over all webhooks (the oldest go first). */
export const WEBHOOK_DELIVERIES_KEPT = 10_000;
/** Compliance audit events kept at most (the report shows 5000; the oldest go first). */
export const AUDIT_EVENTS_KEPT = 10_000;
/** Activities and audit-log rows kept at most, each (the oldest go first). */
export const LOG_ROWS_KEPT = 10_000;

export class Store {
  /**
   * Tokens that logins issue are derived from this seed and the token's id,
   * so the same seed, clock and calls issue the same tokens on any day and
   * after a restore (null: random, for a store built without a seed).
   */
  loginSeed: number | null = null;
  readonly users = new Table<UserRow>(['username']);
  readonly tokens = new Table<ApiTokenRow>(['token']);
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
  readonly favorites = new Table<FavoriteRow>();
  readonly webhooks = new Table<WebhookRow>();
  /** At most WEBHOOK_DELIVERIES_KEPT rows: `recordDelivery` drops the oldest. */
  readonly webhookDeliveries = new Table<WebhookDeliveryRow>();
  readonly invoices = new Table<InvoiceRow>(['invoice_number']);
  readonly payments = new Table<PaymentRow>();
  readonly timesheetPeriods = new Table<TimesheetPeriodRow>();
  /** One row (id 1): the policy. */
  readonly timesheetPolicies = new Table<TimesheetPolicyRow>();
  readonly leaveTypes = new Table<LeaveTypeRow>(['code']);
  readonly timeOffRequests = new Table<TimeOffRequestRow>();
  readonly holidays = new Table<HolidayRow>();
  readonly timeEntryTemplates = new Table<TimeEntryTemplateRow>();
  readonly kanbanColumns = new Table<KanbanColumnRow>();
  readonly issues = new Table<IssueRow>();
  readonly calendarEvents = new Table<CalendarEventRow>();
  readonly clientNotes = new Table<ClientNoteRow>();
  readonly contacts = new Table<ContactRow>();
  readonly deals = new Table<DealRow>();
  readonly leads = new Table<LeadRow>();
  readonly taxRules = new Table<TaxRuleRow>();
  readonly currencies = new Table<CurrencyRow>(['code']);
  readonly exchangeRates = new Table<ExchangeRateRow>(['pair_day']);
  readonly invoiceTemplates = new Table<InvoiceTemplateRow>(['name']);
  readonly invoicePdfTemplates = new Table<InvoicePdfTemplateRow>(['page_size']);
  /** Removed with their entry (`deleteTimeEntry`). */
  readonly timeEntryApprovals = new Table<TimeEntryApprovalRow>();
  readonly attendanceCorrections = new Table<AttendanceCorrectionRow>();
  /** At most AUDIT_EVENTS_KEPT rows: `recordAudit` drops the oldest. */
  readonly auditEvents = new Table<AuditEventRow>();
  readonly suppliers = new Table<SupplierRow>();
  readonly supplierStockItems = new Table<SupplierStockItemRow>();
  readonly purchaseOrders = new Table<PurchaseOrderRow>();
  readonly purchaseOrderItems = new Table<PurchaseOrderItemRow>();
  readonly projectCosts = new Table<ProjectCostRow>();
  readonly savedFilters = new Table<SavedFilterRow>();
  readonly comments = new Table<CommentRow>();
  readonly budgetAlerts = new Table<BudgetAlertRow>();
  /** At most LOG_ROWS_KEPT rows: written through `logActivity`. */
  readonly activities = new Table<ActivityRow>();
  /** At most LOG_ROWS_KEPT rows: written through `logAudit`. */
  readonly auditLogs = new Table<AuditLogRow>();
  readonly invoiceApprovals = new Table<InvoiceApprovalRow>();
  readonly creditNotes = new Table<CreditNoteRow>(['credit_number']);
  readonly recurringInvoices = new Table<RecurringInvoiceRow>();
  readonly expenses = new Table<ExpenseRow>();
  readonly mileage = new Table<MileageRow>();
  readonly mileageTracks = new Table<MileageTrackRow>();
  readonly perDiems = new Table<PerDiemRow>();
  readonly perDiemRates = new Table<PerDiemRateRow>();
  settings: SettingsRow;
  /** Sorted views, groupings and text indexes of the tables above (kept in step by their writes). */
  readonly views: StoreViews;
  /** Every table, by the name `x-mock-reads` markers use. */
  readonly tables: ReadonlyMap<TableName, Table<Row>>;
  /** The tables in TABLE_NAMES order, and each one's version at the last `drainWrites`. */
  private readonly tableList: Table<Row>[];
  private readonly seenVersions: number[];

  private quoteItemSeq = 1;
  private invoiceItemSeq = 1;
  private readonly index: EntryIndex;
  /** Running entries per user (a handful at most). */
  private running = new Map<number, TimeEntryRow[]>();
  private projectAgg = new Map<number, Totals>();
  private taskAgg = new Map<number, Totals>();
  private userAgg = new Map<number, Totals>();
  /** Notes and tags of finished entries, for search. */
  private readonly text = new EntryTextIndex((userId) => this.entriesOf({ userId }));
  /** Per-user day statistics, built on first use and kept up to date from then on. */
  private dayStats = new Map<number, DayStats>();

  constructor(settings: SettingsRow) {
    this.settings = settings;
    this.views = new StoreViews(this);
    this.tables = new Map<TableName, Table<Row>>(TABLE_NAMES.map((name) => [name, this[name] as unknown as Table<Row>]));
    this.tableList = [...this.tables.values()];
    this.seenVersions = this.tableList.map(() => -1);
    this.index = new EntryIndex({
      clientOfProject: (id) => this.projects.get(id)?.client_id,
      projectIdsOfClient: (id) => this.projectsOfClient(id).map((p) => p.id),
    });
  }

  /**
   * The tables written since the last call (any insert, update, delete or
   * load; the settings object is not a table and is not tracked). The read
   * cache drops the answers made of them.
   */
  drainWrites(): readonly TableName[] {
    let out: TableName[] | undefined;
    const seen = this.seenVersions;
    for (let i = 0; i < seen.length; i++) {
      const v = this.tableList[i].version;
      if (seen[i] !== v) {
        seen[i] = v;
        (out ??= []).push(TABLE_NAMES[i]);
      }
    }
    return out ?? NO_TABLES;
  }

  // --- tokens and users -------------------------------------------------

  /** The token row with this exact value (active or not). O(1). */
  findToken(value: string): ApiTokenRow | undefined {
    return this.tokens.findBy('token', value);
  }

  private csrfCount = 0;
  /** A CSRF token for the web login form (GET /login), 32 hex digits. */
  csrfToken(): string {
    return [...runtimeBytes(16, this.loginSeed, Math.imul(++this.csrfCount, 0x85ebca6b) ^ CSRF_STREAM)].map((b) => b.toString(16).padStart(2, '0')).join('');
  }

  /** Add a token row (same as `tokens.insert`; kept for callers that read better with it). */
  addToken(row: Omit<ApiTokenRow, 'id'>): ApiTokenRow {
    return this.tokens.insert(row);
  }

  /**
   * A fresh token for a login (its bytes: `tokenBytes`, from `loginSeed`,
   * so the same seed and `--now` give the same tokens; a token handed out
   * before a reset never comes back for whoever logs in next, as the ids go on).
   */
  issueToken(o: { user_id: number; name: string; scopes: string[]; expires_at: number | null; now: number; purpose?: string }): ApiTokenRow {
    let value: string;
    let attempt = 0;
    do {
      value = `tt_${base64url(tokenBytes(24, this.loginSeed, this.tokens.nextId, attempt++)).slice(0, 32)}`;
    } while (this.findToken(value));
    return this.tokens.insert({
      token: value,
      name: o.name,
      user_id: o.user_id,
      scopes: o.scopes,
      is_active: true,
      expires_at: o.expires_at,
      created_at: o.now,
      last_used_at: null,
      usage_count: 0,
      purpose: o.purpose ?? 'issued by POST /api/v1/auth/login',
    });
  }

  /** A token was used: its last use and use count. */
  touchToken(token: ApiTokenRow, now: number): void {
    this.tokens.update(token.id, { last_used_at: now, usage_count: token.usage_count + 1 });
  }

  /** A user's favourites, oldest first. */
  favoritesOf(userId: number): FavoriteRow[] {
    return [...this.views.favoritesByUser.group(userId)];
  }

  /** Add a project to the user's favourites; the existing row when it already is one. */
  addFavorite(userId: number, projectId: number, now: number): { favorite: FavoriteRow; added: boolean } {
    const existing = this.favoritesOf(userId).find((f) => f.project_id === projectId);
    if (existing) return { favorite: existing, added: false };
    return { favorite: this.favorites.insert({ user_id: userId, project_id: projectId, created_at: now }), added: true };
  }

  /** Remove a project from the user's favourites; false when it was none. */
  removeFavorite(userId: number, projectId: number): boolean {
    const f = this.favoritesOf(userId).find((x) => x.project_id === projectId);
    if (f) this.favorites.delete(f.id);
    return f !== undefined;
  }

  /** The user with exactly this username. O(1). */
  findUserByUsername(username: string): UserRow | undefined {
    return this.users.findBy('username', username);
  }

  /** The client's projects, in id order (one group of a view: no scan). Do not modify. */
  projectsOfClient(clientId: number): readonly ProjectRow[] {
    return this.views.projectsByClient.group(clientId);
  }

  /** Append to the activity feed (its id is the `activity_<id>` of the webhook event), forgetting the oldest beyond LOG_ROWS_KEPT. */
  logActivity(row: Omit<ActivityRow, 'id'>): ActivityRow {
    return insertBounded(this.activities, row, LOG_ROWS_KEPT);
  }

  /** Append to the audit log, forgetting the oldest beyond LOG_ROWS_KEPT. */
  logAudit(row: Omit<AuditLogRow, 'id'>): AuditLogRow {
    return insertBounded(this.auditLogs, row, LOG_ROWS_KEPT);
  }

  /** The next id for an invoice item (items live inside their invoice). */
  nextInvoiceItemId(): number {
    return this.invoiceItemSeq++;
  }

  /** Add a delivery record, forgetting the oldest beyond WEBHOOK_DELIVERIES_KEPT (decisions/0006: bounded). */
  recordDelivery(row: Omit<WebhookDeliveryRow, 'id'>): WebhookDeliveryRow {
    return insertBounded(this.webhookDeliveries, row, WEBHOOK_DELIVERIES_KEPT);
  }

  /** Append a compliance audit event, dropping the oldest beyond AUDIT_EVENTS_KEPT. */
  recordAudit(row: Omit<AuditEventRow, 'id'>): AuditEventRow {
    return insertBounded(this.auditEvents, row, AUDIT_EVENTS_KEPT);
  }

  /** The next id for a quote item (items live inside their quote). */
  nextQuoteItemId(): number {
    return this.quoteItemSeq++;
  }

  // --- time entries -----------------------------------------------------

  private addAggregates(e: TimeEntryRow, sign: 1 | -1): void {
    if (e.end === null) return;
    const s = finishedSeconds(e) * sign;
    const b = e.billable ? s : 0;
    if (e.project_id !== null) bump(this.projectAgg, e.project_id, s, b);
    if (e.task_id !== null) bump(this.taskAgg, e.task_id, s, b);
    bump(this.userAgg, e.user_id, s, b);
    const stats = this.dayStats.get(e.user_id);
    if (stats) bumpDay(stats, e, sign);
  }

  /** Everything but the sorted index: running map and aggregates. */
  private track(e: TimeEntryRow): void {
    if (e.end === null) {
      const list = this.running.get(e.user_id);
      if (list) list.push(e);
      else this.running.set(e.user_id, [e]);
    }
    this.addAggregates(e, 1);
  }

  private untrack(e: TimeEntryRow): void {
    if (e.end === null) {
      const list = this.running.get(e.user_id);
      if (list) {
        const i = list.indexOf(e);
        if (i >= 0) list.splice(i, 1);
        if (list.length === 0) this.running.delete(e.user_id);
      }
    }
    this.addAggregates(e, -1);
  }

  /** Add an entry (a finished one, or a running timer with `end: null`); the row is copied. */
  insertTimeEntry(row: Omit<TimeEntryRow, 'id'>): TimeEntryRow {
    return this.indexNew(this.timeEntries.insert(row));
  }

  /**
   * `insertTimeEntry` for a row made for the store (`newTimeEntry`'s): the
   * object itself is kept and gets its id, no copy (the write path of
   * `POST /api/v1/time-entries`).
   */
  adoptTimeEntry(row: Omit<TimeEntryRow, 'id'>): TimeEntryRow {
    return this.indexNew(this.timeEntries.adopt(row as TimeEntryRow));
  }

  private indexNew(e: TimeEntryRow): TimeEntryRow {
    this.index.add(e);
    this.text.add(e);
    this.track(e);
    return e;
  }

  /** Change an entry in place; indexes and aggregates follow. Throws for an unknown id. */
  updateTimeEntry(id: number, patch: Partial<Omit<TimeEntryRow, 'id'>>): TimeEntryRow {
    const e = this.timeEntries.get(id);
    if (!e) throw new Error(`no time entry ${id}`);
    // The sorted runs depend on these, and sum a finished entry's seconds; anything else (notes, paid...) leaves them alone.
    const end = patch.end !== undefined ? patch.end : e.end;
    const breaks = patch.break_seconds !== undefined ? patch.break_seconds : e.break_seconds;
    const start = patch.start !== undefined ? patch.start : e.start;
    const moves =
      start !== e.start ||
      (patch.user_id !== undefined && patch.user_id !== e.user_id) ||
      (patch.project_id !== undefined && patch.project_id !== e.project_id) ||
      (patch.client_id !== undefined && patch.client_id !== e.client_id) ||
      (patch.billable !== undefined && patch.billable !== e.billable) ||
      (end === null) !== (e.end === null) ||
      (end !== null && (end !== e.end || breaks !== e.break_seconds));
    // Search indexes finished entries by text, user and start.
    const retext =
      start !== e.start ||
      (end === null) !== (e.end === null) ||
      (patch.user_id !== undefined && patch.user_id !== e.user_id) ||
      (patch.notes !== undefined && patch.notes !== e.notes) ||
      (patch.tags !== undefined && patch.tags !== e.tags);
    this.untrack(e);
    if (moves) this.index.remove(e);
    if (retext) this.text.remove(e);
    this.timeEntries.update(id, patch);
    if (moves) this.index.add(e);
    if (retext) this.text.add(e);
    this.track(e);
    return e;
  }

  /** Remove an entry; false when there was none. */
  deleteTimeEntry(id: number): boolean {
    const e = this.timeEntries.get(id);
    if (!e) return false;
    this.untrack(e);
    this.index.remove(e);
    this.text.remove(e);
    for (const a of [...this.views.approvalsByEntry.group(id)]) this.timeEntryApprovals.delete(a.id);
    return this.timeEntries.delete(id);
  }

  /**
   * Delete a task; its entries keep their hours but lose the link. Visits
   * only the task's project's entries (an entry's task always belongs to the
   * entry's project: the handlers check it).
   */
  deleteTask(id: number): boolean {
    const task = this.tasks.get(id);
    if (!task) return false;
    const linked: TimeEntryRow[] = [];
    for (const e of this.entriesOf({ projectId: task.project_id, includeActive: true })) if (e.task_id === id) linked.push(e);
    for (const e of linked) this.updateTimeEntry(e.id, { task_id: null });
    this.taskAgg.delete(id);
    return this.tasks.delete(id);
  }

  /** The user's running timer: the earliest started if several (O(1) with a single active timer). */
  runningEntryOf(userId: number): TimeEntryRow | undefined {
    const list = this.running.get(userId);
    if (!list) return undefined;
    let first = list[0];
    for (const e of list) if (e.start < first.start || (e.start === first.start && e.id < first.id)) first = e;
    return first;
  }

  /** All the user's running timers, earliest first. */
  runningEntriesOf(userId: number): TimeEntryRow[] {
    return [...(this.running.get(userId) ?? [])].sort((a, b) => a.start - b.start || a.id - b.id);
  }

  /** Seconds of the project's finished entries. O(1). */
  projectTotals(projectId: number): Totals {
    return { ...(this.projectAgg.get(projectId) ?? zero()) };
  }
  /** Seconds of the task's finished entries. O(1). */
  taskTotals(taskId: number): Totals {
    return { ...(this.taskAgg.get(taskId) ?? zero()) };
  }
  /** Seconds of the user's finished entries. O(1). */
  userTotals(userId: number): Totals {
    return { ...(this.userAgg.get(userId) ?? zero()) };
  }
  userTotalSeconds(userId: number): number {
    return this.userAgg.get(userId)?.totalSeconds ?? 0;
  }

  /**
   * Entries matching a filter, through the index, in start order. For
   * aggregates over a range (reports, overlaps, dashboards): only the
   * matching entries are visited. Do not write entries while iterating.
   */
  entriesOf(f: EntryFilter): Generator<TimeEntryRow> {
    return this.index.entries(f, f.newestFirst === true);
  }

  /**
   * A finished entry of the user that starts in [from, before) and ends
   * after `after` (not `exceptId`), if any. Through the index: whole blocks
   * of entries that end in time are skipped.
   */
  finishedEntryEndingAfter(userId: number, from: number, before: number, after: number, exceptId?: number): TimeEntryRow | undefined {
    return this.index.endingAfter(userId, from, before, after, exceptId);
  }

  /** How many entries match a filter, exactly, without visiting them. */
  countTimeEntries(f: EntryFilter): number {
    return this.index.count(f);
  }

  /**
   * A page (1-based) of entries, newest start first (ties: highest id
   * first), with the exact total. Binary searches on the index; only the
   * entries of the page are touched, however deep the page.
   */
  queryTimeEntries(f: EntryFilter, page: number, perPage: number): { items: TimeEntryRow[]; total: number } {
    const p = Math.max(1, Math.floor(page) || 1);
    const n = Math.max(0, Math.floor(perPage) || 0);
    return this.index.page(f, (p - 1) * n, n);
  }

  /**
   * How many finished entries match a filter and their seconds (all, and
   * billable), from the index's running sums: O(runs x log n), however
   * wide the range. Running timers are never counted.
   */
  sumTimeEntries(f: EntryFilter): EntrySums {
    return this.index.sums(f);
  }

  /**
   * The same sums per project (entries booked to a project) and per client
   * (entries booked to a client directly), for a filter on user, project,
   * start range and billable. Only keys with a matching entry appear.
   */
  sumTimeEntriesByKey(f: Omit<EntryFilter, 'clientId' | 'includeActive' | 'activeOnly' | 'newestFirst'>): {
    projects: Map<number, EntrySums>;
    clients: Map<number, EntrySums>;
  } {
    return this.index.sumsByKey(f);
  }

  /**
   * Finished entries whose notes or tags contain `query` (case-insensitive
   * substring), newest first, at most `limit`; only `userId`'s when given.
   * Through the text index: the cost is the matching distinct texts and the
   * entries returned.
   */
  searchTimeEntries(query: string, limit: number, userId?: number): TimeEntryRow[] {
    return this.text.search(query, limit, userId);
  }

  /** A user's finished entries per day and weekday (built once from the index on first use, then kept current). */
  dayStatsOf(userId: number): DayStats {
    let stats = this.dayStats.get(userId);
    if (!stats) {
      stats = { days: new Map(), weekdaySeconds: [0, 0, 0, 0, 0, 0, 0] };
      for (const e of this.entriesOf({ userId })) bumpDay(stats, e, 1);
      this.dayStats.set(userId, stats);
    }
    return stats;
  }

  // --- snapshots ----------------------------------------------------------

  /** A deep copy of everything (tables, counters, settings). */
  snapshot(): StoreState {
    const tables: StoreState['tables'] = {};
    for (const [name, table] of this.tables) tables[name] = table.dump(name === 'timeEntries' ? flatCopy : deepCopy);
    return { tables, settings: structuredClone(this.settings), quoteItemSeq: this.quoteItemSeq, invoiceItemSeq: this.invoiceItemSeq };
  }

  /** Back to a snapshot (copied, so it can be restored again); rebuilds every index. */
  restore(state: StoreState): void {
    for (const [name, table] of this.tables) table.load(state.tables[name], name === 'timeEntries' ? flatCopy : deepCopy);
    this.settings = structuredClone(state.settings);
    this.quoteItemSeq = state.quoteItemSeq;
    this.invoiceItemSeq = state.invoiceItemSeq;
    this.rebuildIndexes();
  }

  /** Recompute the entry index, running map and aggregates from the table (`onProgress`: 0..1, ends with 1). */
  rebuildIndexes(onProgress?: (done: number) => void): void {
    this.index.clear();
    this.text.clear();
    this.dayStats.clear();
    this.running.clear();
    this.projectAgg.clear();
    this.taskAgg.clear();
    this.userAgg.clear();
    const sorted = this.timeEntries.toArray();
    // Ids grow with insertion and seeding inserts mostly in time order: TimSort's runs make this cheap.
    sorted.sort((a, b) => a.start - b.start || a.id - b.id);
    const step = onProgress ? Math.max(1, Math.ceil(sorted.length / 100)) : Infinity;
    for (let i = 0; i < sorted.length; i++) {
      const e = sorted[i];
      // Appending in (start, id) order keeps every run sorted without searching.
      this.index.append(e);
      this.text.append(e);
      this.track(e);
      if (i % step === 0) onProgress?.(i / sorted.length);
    }
    onProgress?.(1);
  }

  /**
   * Insert many entries, then index them in one pass (seeding large
   * scenarios). The row objects are adopted, not copied: the caller hands
   * them over. Their `id` is overwritten.
   */
  bulkInsertTimeEntries(rows: Iterable<Omit<TimeEntryRow, 'id'>>, onProgress?: (done: number) => void): void {
    for (const r of rows) this.timeEntries.adopt(r as TimeEntryRow);
    this.rebuildIndexes(onProgress);
  }
}
