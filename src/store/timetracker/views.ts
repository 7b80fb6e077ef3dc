/**
 * Sorted views, groupings and text indexes over TimeTracker's tables other
 * than time entries, kept in step by the tables' own writes
 * (src/store/views.ts). Lists take their rows already in the order they
 * answer in, lookups (a client's projects, a user's work periods, an item's
 * stock levels, a transfer's movements) read one group, and search reads
 * the text index: no request sorts or scans a whole table.
 */
import { RowTextIndex, SortedView } from '../views.js';
import type { Table } from '../table.js';
import type {
  AttendanceBreakRow,
  ClientRow,
  FavoriteRow,
  InventoryMovementRow,
  ProjectRow,
  QuoteRow,
  StockLevelRow,
  TaskRow,
  UserRow,
  WorkPeriodRow,
  WebhookRow,
  WebhookDeliveryRow,
  InvoiceRow,
  PaymentRow,
  TimesheetPeriodRow,
  LeaveTypeRow,
  TimeOffRequestRow,
  TimeEntryTemplateRow,
  HolidayRow,
} from './types.js';
import type { ExpenseRow, MileageRow, PerDiemRateRow, PerDiemRow } from './expense-types.js';

/** Movement types that count as stock leaving through use (the turnover report's "sold"). */
export const SOLD_TYPES: ReadonlySet<string> = new Set(['sale', 'usage', 'consumption']);

const byId = (a: { id: number }, b: { id: number }) => a.id - b.id;
const byName = (a: { id: number; name: string }, b: { id: number; name: string }) => a.name.localeCompare(b.name) || a.id - b.id;
const PRIORITY_RANK: Record<string, number> = { urgent: 4, high: 3, medium: 2, low: 1 };

/** The task list's order: priority (urgent first), due date (none last), creation, id. */
export const taskOrder = (a: TaskRow, b: TaskRow): number =>
  (PRIORITY_RANK[b.priority] ?? 0) - (PRIORITY_RANK[a.priority] ?? 0) ||
  (a.due_date ?? '9999').localeCompare(b.due_date ?? '9999') ||
  a.created_at - b.created_at ||
  a.id - b.id;

/** The tables the views read. */
export interface ViewedTables {
  users: Table<UserRow>;
  clients: Table<ClientRow>;
  projects: Table<ProjectRow>;
  tasks: Table<TaskRow>;
  quotes: Table<QuoteRow>;
  stockLevels: Table<StockLevelRow>;
  movements: Table<InventoryMovementRow>;
  workPeriods: Table<WorkPeriodRow>;
  breaks: Table<AttendanceBreakRow>;
  favorites: Table<FavoriteRow>;
  webhooks: Table<WebhookRow>;
  webhookDeliveries: Table<WebhookDeliveryRow>;
  invoices: Table<InvoiceRow>;
  payments: Table<PaymentRow>;
  timesheetPeriods: Table<TimesheetPeriodRow>;
  leaveTypes: Table<LeaveTypeRow>;
  timeOffRequests: Table<TimeOffRequestRow>;
  holidays: Table<HolidayRow>;
  timeEntryTemplates: Table<TimeEntryTemplateRow>;
  expenses: Table<ExpenseRow>;
  mileage: Table<MileageRow>;
  perDiems: Table<PerDiemRow>;
  perDiemRates: Table<PerDiemRateRow>;
}

export class StoreViews {
  /** Projects by name (ties: id); per status too. */
  readonly projectsByName: SortedView<ProjectRow, ProjectRow['status']>;
  /** Projects in id order, per client. */
  readonly projectsByClient: SortedView<ProjectRow, number | null>;
  /** Projects with a code, per code. */
  readonly projectsByCode: SortedView<ProjectRow, string | null>;
  readonly projectText: RowTextIndex<ProjectRow>;
  /** Clients by name (ties: id); per status too. */
  readonly clientsByName: SortedView<ClientRow, ClientRow['status']>;
  /** Clients in id order, per lower-case name. */
  readonly clientsByLowerName: SortedView<ClientRow, string>;
  readonly clientText: RowTextIndex<ClientRow>;
  /** Tasks in the list's order; per project too. */
  readonly tasksInOrder: SortedView<TaskRow, number>;
  readonly taskText: RowTextIndex<TaskRow>;
  /** Active users by username (ties: id). */
  readonly activeUsersByName: SortedView<UserRow>;
  /** Quotes newest first (by creation, then id); per creator too. */
  readonly quotesNewestFirst: SortedView<QuoteRow, number>;
  /** A user's work periods by end (open ones last), per user. */
  readonly workPeriodsByEnd: SortedView<WorkPeriodRow, number>;
  /** Breaks in id order, per work period. */
  readonly breaksByPeriod: SortedView<AttendanceBreakRow, number>;
  /** Favourite projects in id order (the order they were added), per user. */
  readonly favoritesByUser: SortedView<FavoriteRow, number>;
  /** Stock levels in id order, per item. */
  readonly levelsByItem: SortedView<StockLevelRow, number>;
  /** Movements newest first (by time, then id). */
  readonly movementsNewestFirst: SortedView<InventoryMovementRow>;
  /** Transfer movements in id order, per reference id. */
  readonly transferMovements: SortedView<InventoryMovementRow, number>;
  /** The outgoing half of each transfer, newest first (by time, then reference id). */
  readonly transferOutsNewestFirst: SortedView<InventoryMovementRow>;
  /** Sale, usage and consumption movements in id order, per item. */
  readonly soldByItem: SortedView<InventoryMovementRow, number>;
  /** Webhooks newest first; per owner too. */
  readonly webhooksNewestFirst: SortedView<WebhookRow, number>;
  /** Active webhooks in id order (who an event goes to). */
  readonly activeWebhooks: SortedView<WebhookRow>;
  /** Deliveries newest first, per webhook. */
  readonly deliveriesByWebhook: SortedView<WebhookDeliveryRow, number>;
  /** Invoices newest first (creation, id); per creator too. */
  readonly invoicesNewestFirst: SortedView<InvoiceRow, number>;
  /** Payments newest first (creation, id); per invoice too. */
  readonly paymentsNewestFirst: SortedView<PaymentRow, number>;
  /** Timesheet periods newest first (start, id); per user too. */
  readonly periodsNewestFirst: SortedView<TimesheetPeriodRow, number>;
  /** Closed periods, per user (the lock check of time-entry writes). */
  readonly closedPeriods: SortedView<TimesheetPeriodRow, number>;
  /** Leave types by name. */
  readonly leaveTypesByName: SortedView<LeaveTypeRow>;
  /** Time-off requests newest first (creation, id); per user too. */
  readonly timeOffNewestFirst: SortedView<TimeOffRequestRow, number>;
  /** Time-entry templates newest first, per user. */
  readonly templatesNewestFirst: SortedView<TimeEntryTemplateRow, number>;
  /** Holidays by start date. */
  readonly holidaysByStart: SortedView<HolidayRow>;
  /** Expenses newest expense date first (then creation, id); per user too. */
  readonly expensesNewestFirst: SortedView<ExpenseRow, number>;
  /** Mileage entries newest trip first (then creation, id); per user too. */
  readonly mileageNewestFirst: SortedView<MileageRow, number>;
  /** Per-diem claims newest start first (then id); per user too. */
  readonly perDiemsNewestFirst: SortedView<PerDiemRow, number>;
  /** Active per-diem rates by country, then city (country-wide first). */
  readonly activeRatesByPlace: SortedView<PerDiemRateRow>;

  constructor(t: ViewedTables) {
    this.projectsByName = new SortedView(t.projects, ['name', 'status'], byName, { groupOf: (p) => p.status });
    this.projectsByClient = new SortedView(t.projects, ['client_id'], byId, { groupOf: (p) => p.client_id });
    this.projectsByCode = new SortedView(t.projects, ['code'], byId, { keep: (p) => p.code !== null, groupOf: (p) => p.code });
    this.projectText = new RowTextIndex(t.projects, ['name', 'description']);
    this.clientsByName = new SortedView(t.clients, ['name', 'status'], byName, { groupOf: (c) => c.status });
    this.clientsByLowerName = new SortedView(t.clients, ['name'], byId, { groupOf: (c) => c.name.toLowerCase() });
    this.clientText = new RowTextIndex(t.clients, ['name', 'email', 'company', 'description', 'contact_person']);
    this.tasksInOrder = new SortedView(t.tasks, ['priority', 'due_date', 'created_at', 'project_id'], taskOrder, { groupOf: (x) => x.project_id });
    this.taskText = new RowTextIndex(t.tasks, ['name', 'description']);
    this.activeUsersByName = new SortedView(t.users, ['username', 'is_active'], (a, b) => a.username.localeCompare(b.username) || a.id - b.id, {
      keep: (u) => u.is_active,
    });
    this.quotesNewestFirst = new SortedView(t.quotes, ['created_at', 'created_by'], (a, b) => b.created_at - a.created_at || b.id - a.id, {
      groupOf: (q) => q.created_by,
    });
    // Open periods (end null) sort last; among them, the lowest id first.
    this.workPeriodsByEnd = new SortedView(t.workPeriods, ['user_id', 'end'], (a, b) => (a.end ?? Infinity) - (b.end ?? Infinity) || a.id - b.id, {
      groupOf: (p) => p.user_id,
    });
    this.breaksByPeriod = new SortedView(t.breaks, ['work_period_id'], byId, { groupOf: (b) => b.work_period_id });
    this.favoritesByUser = new SortedView(t.favorites, ['user_id'], byId, { groupOf: (f) => f.user_id });
    this.levelsByItem = new SortedView(t.stockLevels, ['stock_item_id'], byId, { groupOf: (l) => l.stock_item_id });
    this.movementsNewestFirst = new SortedView(t.movements, ['moved_at'], (a, b) => b.moved_at - a.moved_at || b.id - a.id);
    const isTransfer = (m: InventoryMovementRow) => m.movement_type === 'transfer' && m.reference_id !== null;
    this.transferMovements = new SortedView(t.movements, ['movement_type', 'reference_id'], byId, { keep: isTransfer, groupOf: (m) => m.reference_id as number });
    this.transferOutsNewestFirst = new SortedView(
      t.movements,
      ['movement_type', 'reference_id', 'quantity', 'moved_at'],
      (a, b) => b.moved_at - a.moved_at || (b.reference_id as number) - (a.reference_id as number) || b.id - a.id,
      { keep: (m) => isTransfer(m) && m.quantity < 0 },
    );
    const newest = (a: { id: number; created_at: number }, b: { id: number; created_at: number }) => b.created_at - a.created_at || b.id - a.id;
    this.webhooksNewestFirst = new SortedView(t.webhooks, ['created_at', 'user_id'], newest, { groupOf: (w) => w.user_id });
    this.activeWebhooks = new SortedView(t.webhooks, ['is_active'], byId, { keep: (w) => w.is_active });
    this.deliveriesByWebhook = new SortedView(t.webhookDeliveries, ['webhook_id'], (a, b) => b.id - a.id, { groupOf: (d) => d.webhook_id });
    this.invoicesNewestFirst = new SortedView(t.invoices, ['created_at', 'created_by'], newest, { groupOf: (i) => i.created_by });
    this.paymentsNewestFirst = new SortedView(t.payments, ['created_at', 'invoice_id'], newest, { groupOf: (p) => p.invoice_id });
    const byStartDesc = (a: TimesheetPeriodRow, b: TimesheetPeriodRow) => b.period_start.localeCompare(a.period_start) || b.id - a.id;
    this.periodsNewestFirst = new SortedView(t.timesheetPeriods, ['period_start', 'user_id'], byStartDesc, { groupOf: (p) => p.user_id });
    this.closedPeriods = new SortedView(t.timesheetPeriods, ['period_start', 'user_id', 'status'], byStartDesc, { keep: (p) => p.status === 'closed', groupOf: (p) => p.user_id });
    this.leaveTypesByName = new SortedView(t.leaveTypes, ['name'], byName);
    this.timeOffNewestFirst = new SortedView(t.timeOffRequests, ['created_at', 'user_id'], newest, { groupOf: (r) => r.user_id });
    this.templatesNewestFirst = new SortedView(t.timeEntryTemplates, ['created_at', 'user_id'], newest, { groupOf: (r) => r.user_id });
    this.holidaysByStart = new SortedView(t.holidays, ['start_date'], (a, b) => a.start_date.localeCompare(b.start_date) || a.id - b.id);
    const byDayDesc = <R extends { id: number; created_at: number }>(day: (r: R) => string) => (a: R, b: R) => day(b).localeCompare(day(a)) || b.created_at - a.created_at || b.id - a.id;
    this.expensesNewestFirst = new SortedView(t.expenses, ['expense_date', 'created_at', 'user_id'], byDayDesc((e) => e.expense_date), { groupOf: (e) => e.user_id });
    this.mileageNewestFirst = new SortedView(t.mileage, ['trip_date', 'created_at', 'user_id'], byDayDesc((m) => m.trip_date), { groupOf: (m) => m.user_id });
    this.perDiemsNewestFirst = new SortedView(t.perDiems, ['start_date', 'user_id'], (a, b) => b.start_date.localeCompare(a.start_date) || b.id - a.id, { groupOf: (p) => p.user_id });
    this.activeRatesByPlace = new SortedView(t.perDiemRates, ['country', 'city', 'is_active'], (a, b) => a.country.localeCompare(b.country) || (a.city ?? '').localeCompare(b.city ?? '') || a.id - b.id, {
      keep: (r) => r.is_active,
    });
    this.soldByItem = new SortedView(t.movements, ['movement_type', 'stock_item_id'], byId, { keep: (m) => SOLD_TYPES.has(m.movement_type), groupOf: (m) => m.stock_item_id });
  }
}
