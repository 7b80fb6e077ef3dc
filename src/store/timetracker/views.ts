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
import type { CalendarEventRow, IssueRow, KanbanColumnRow } from './board-types.js';
import type { ClientNoteRow, ContactRow, DealRow, LeadRow } from './crm-types.js';
import type { CurrencyRow, ExchangeRateRow, InvoicePdfTemplateRow, InvoiceTemplateRow, TaxRuleRow } from './finance-settings-types.js';
import type { AttendanceCorrectionRow, AuditEventRow, TimeEntryApprovalRow } from './approval-types.js';
import type { PurchaseOrderItemRow, PurchaseOrderRow, StockItemRow, SupplierRow, SupplierStockItemRow, WarehouseRow } from './inventory-types.js';
import type { ActivityRow, AuditLogRow, BudgetAlertRow, CommentRow, ProjectCostRow, SavedFilterRow } from './records-types.js';
import type { CreditNoteRow, InvoiceApprovalRow, RecurringInvoiceRow } from './billing-types.js';
import type { ExpenseRow, MileageRow, PerDiemRateRow, PerDiemRow } from './expense-types.js';
import type { MileageTrackRow } from './gps-types.js';

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
  warehouses: Table<WarehouseRow>;
  stockItems: Table<StockItemRow>;
  suppliers: Table<SupplierRow>;
  supplierStockItems: Table<SupplierStockItemRow>;
  purchaseOrders: Table<PurchaseOrderRow>;
  purchaseOrderItems: Table<PurchaseOrderItemRow>;
  invoices: Table<InvoiceRow>;
  payments: Table<PaymentRow>;
  timesheetPeriods: Table<TimesheetPeriodRow>;
  leaveTypes: Table<LeaveTypeRow>;
  timeOffRequests: Table<TimeOffRequestRow>;
  holidays: Table<HolidayRow>;
  timeEntryTemplates: Table<TimeEntryTemplateRow>;
  kanbanColumns: Table<KanbanColumnRow>;
  issues: Table<IssueRow>;
  calendarEvents: Table<CalendarEventRow>;
  clientNotes: Table<ClientNoteRow>;
  contacts: Table<ContactRow>;
  deals: Table<DealRow>;
  leads: Table<LeadRow>;
  taxRules: Table<TaxRuleRow>;
  currencies: Table<CurrencyRow>;
  exchangeRates: Table<ExchangeRateRow>;
  invoiceTemplates: Table<InvoiceTemplateRow>;
  invoicePdfTemplates: Table<InvoicePdfTemplateRow>;
  timeEntryApprovals: Table<TimeEntryApprovalRow>;
  attendanceCorrections: Table<AttendanceCorrectionRow>;
  auditEvents: Table<AuditEventRow>;
  projectCosts: Table<ProjectCostRow>;
  savedFilters: Table<SavedFilterRow>;
  comments: Table<CommentRow>;
  budgetAlerts: Table<BudgetAlertRow>;
  activities: Table<ActivityRow>;
  auditLogs: Table<AuditLogRow>;
  invoiceApprovals: Table<InvoiceApprovalRow>;
  creditNotes: Table<CreditNoteRow>;
  recurringInvoices: Table<RecurringInvoiceRow>;
  expenses: Table<ExpenseRow>;
  mileage: Table<MileageRow>;
  mileageTracks: Table<MileageTrackRow>;
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
  /** Tasks by assignee (0: none), soonest due first (none last), then most recently updated. */
  readonly tasksByAssignee: SortedView<TaskRow, number>;
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
  /** Kanban columns by position (ties: id), per board (project id; null = the global board). */
  readonly columnsByPosition: SortedView<KanbanColumnRow, number | null>;
  /** Issues last updated first (ties: newest id); per project too. */
  readonly issuesRecentFirst: SortedView<IssueRow, number | null>;
  /** Calendar events by start (ties: id), per owner. */
  readonly eventsByStart: SortedView<CalendarEventRow, number>;
  /** Client notes important first, then newest (creation, id), per client. */
  readonly notesByClient: SortedView<ClientNoteRow, number>;
  /** Contacts (deleted ones too) by last name, first name (ties: id), per client. */
  readonly contactsByClient: SortedView<ContactRow, number>;
  /** Deals by expected close date (none first), then newest (creation, id); per status too. */
  readonly dealsByClose: SortedView<DealRow, string>;
  /** Leads by score (highest first), then newest (creation, id); per status too. */
  readonly leadsByScore: SortedView<LeadRow, string>;
  /** Tax rules newest first (creation, id). */
  readonly taxRulesNewestFirst: SortedView<TaxRuleRow>;
  /** Currencies by code. */
  readonly currenciesByCode: SortedView<CurrencyRow>;
  /** Exchange rates newest day first (ties: id); per base currency too. */
  readonly ratesNewestFirst: SortedView<ExchangeRateRow, string>;
  /** Invoice templates by name. */
  readonly invoiceTemplatesByName: SortedView<InvoiceTemplateRow>;
  /** The default invoice template(s): at most one while writes go through the API. */
  readonly defaultInvoiceTemplates: SortedView<InvoiceTemplateRow>;
  /** PDF templates by page size. */
  readonly pdfTemplatesBySize: SortedView<InvoicePdfTemplateRow>;
  /** Pending approvals, newest request first (the approvers' list). */
  readonly pendingApprovals: SortedView<TimeEntryApprovalRow>;
  /** Approvals in id order, per time entry. */
  readonly approvalsByEntry: SortedView<TimeEntryApprovalRow, number>;
  /** Approved approvals, per time entry (the lock check of time-entry writes). */
  readonly approvedEntries: SortedView<TimeEntryApprovalRow, number>;
  /** Attendance corrections newest first, per attendance day. */
  readonly correctionsByDay: SortedView<AttendanceCorrectionRow, number>;
  /** Audit events newest first (time, id). */
  readonly auditNewestFirst: SortedView<AuditEventRow>;
  /** Stock items by name (the items list's order). */
  readonly stockItemsByName: SortedView<StockItemRow>;
  /** Warehouses by code (the warehouses list's and the stock-levels report's order). */
  readonly warehousesByCode: SortedView<WarehouseRow>;
  /** Stock levels in id order, per warehouse. */
  readonly levelsByWarehouse: SortedView<StockLevelRow, number>;
  /** Suppliers by name. */
  readonly suppliersByName: SortedView<SupplierRow>;
  /** Supplier-item links in id order, per supplier. */
  readonly supplierItemsBySupplier: SortedView<SupplierStockItemRow, number>;
  /** Purchase orders, newest order date first (ties: newest id); per supplier too. */
  readonly purchaseOrdersNewestFirst: SortedView<PurchaseOrderRow, number>;
  /** Purchase-order lines in id order, per order. */
  readonly purchaseOrderLines: SortedView<PurchaseOrderItemRow, number>;
  /** Project costs newest cost date first (then newest created, id), per project. */
  readonly costsNewestFirst: SortedView<ProjectCostRow, number>;
  /** Saved filters newest first, per owner. */
  readonly filtersNewestFirst: SortedView<SavedFilterRow, number>;
  /** Project comments oldest first, per project. */
  readonly commentsByProject: SortedView<CommentRow, number>;
  /** Task comments (without a project) oldest first, per task. */
  readonly commentsByTask: SortedView<CommentRow, number>;
  /** Replies in id order, per parent comment. */
  readonly repliesByParent: SortedView<CommentRow, number>;
  /** Budget alerts newest first; per project too. */
  readonly alertsNewestFirst: SortedView<BudgetAlertRow, number>;
  /** The activity feed in id order (oldest first: read it from the end). */
  readonly activitiesInOrder: SortedView<ActivityRow>;
  /** The audit log in id order (oldest first: read it from the end). */
  readonly auditInOrder: SortedView<AuditLogRow>;
  /** Invoices in id order, per client and per project (what is billed already). */
  readonly invoicesByClient: SortedView<InvoiceRow, number>;
  readonly invoicesByProject: SortedView<InvoiceRow, number>;
  /** Pending invoice approvals in id order, per current approver. */
  readonly pendingInvoiceApprovals: SortedView<InvoiceApprovalRow, number>;
  /** Pending invoice approvals, per invoice (at most one each). */
  readonly pendingApprovalOfInvoice: SortedView<InvoiceApprovalRow, number>;
  /** Credit notes newest first (creation, id); per invoice too. */
  readonly creditNotesNewestFirst: SortedView<CreditNoteRow, number>;
  /** Recurring invoices newest first (creation, id); per active flag too. */
  readonly recurringNewestFirst: SortedView<RecurringInvoiceRow, boolean>;
  /** Expenses newest expense date first (then creation, id); per user too. */
  readonly expensesNewestFirst: SortedView<ExpenseRow, number>;
  /** Mileage entries newest trip first (then creation, id); per user too. */
  readonly mileageNewestFirst: SortedView<MileageRow, number>;
  /** GPS tracks newest start first (then id); per user too. */
  readonly tracksNewestFirst: SortedView<MileageTrackRow, number>;
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
    this.tasksByAssignee = new SortedView(t.tasks, ['assigned_to', 'due_date', 'updated_at'], (a, b) => (a.due_date ?? '9999').localeCompare(b.due_date ?? '9999') || b.updated_at - a.updated_at || a.id - b.id, { groupOf: (x) => x.assigned_to ?? 0 });
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
    this.columnsByPosition = new SortedView(t.kanbanColumns, ['position', 'project_id'], (a, b) => a.position - b.position || a.id - b.id, { groupOf: (c) => c.project_id });
    this.issuesRecentFirst = new SortedView(t.issues, ['updated_at', 'project_id'], (a, b) => b.updated_at - a.updated_at || b.id - a.id, { groupOf: (i) => i.project_id });
    this.eventsByStart = new SortedView(t.calendarEvents, ['start_time', 'user_id'], (a, b) => a.start_time - b.start_time || a.id - b.id, { groupOf: (e) => e.user_id });
    this.notesByClient = new SortedView(t.clientNotes, ['client_id', 'is_important', 'created_at'], (a, b) => Number(b.is_important) - Number(a.is_important) || newest(a, b), { groupOf: (n) => n.client_id });
    const byPersonName = (a: ContactRow, b: ContactRow) => a.last_name.localeCompare(b.last_name) || a.first_name.localeCompare(b.first_name) || a.id - b.id;
    this.contactsByClient = new SortedView(t.contacts, ['client_id', 'first_name', 'last_name'], byPersonName, { groupOf: (c) => c.client_id });
    const byClose = (a: DealRow, b: DealRow) => (a.expected_close_date ?? '').localeCompare(b.expected_close_date ?? '') || newest(a, b);
    this.dealsByClose = new SortedView(t.deals, ['expected_close_date', 'created_at', 'status'], byClose, { groupOf: (d) => d.status });
    this.leadsByScore = new SortedView(t.leads, ['score', 'created_at', 'status'], (a, b) => b.score - a.score || newest(a, b), { groupOf: (l) => l.status });
    this.holidaysByStart = new SortedView(t.holidays, ['start_date'], (a, b) => a.start_date.localeCompare(b.start_date) || a.id - b.id);
    this.taxRulesNewestFirst = new SortedView(t.taxRules, ['created_at'], newest);
    const codeOrder = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
    this.currenciesByCode = new SortedView(t.currencies, ['code'], (a, b) => codeOrder(a.code, b.code));
    this.ratesNewestFirst = new SortedView(t.exchangeRates, ['date', 'base_code'], (a, b) => b.date.localeCompare(a.date) || a.id - b.id, { groupOf: (r) => r.base_code });
    this.invoiceTemplatesByName = new SortedView(t.invoiceTemplates, ['name'], byName);
    this.defaultInvoiceTemplates = new SortedView(t.invoiceTemplates, ['is_default'], byId, { keep: (x) => x.is_default });
    this.pdfTemplatesBySize = new SortedView(t.invoicePdfTemplates, ['page_size'], (a, b) => codeOrder(a.page_size, b.page_size) || a.id - b.id);
    this.pendingApprovals = new SortedView(t.timeEntryApprovals, ['status', 'requested_at'], (a, b) => b.requested_at - a.requested_at || b.id - a.id, { keep: (a) => a.status === 'pending' });
    this.approvalsByEntry = new SortedView(t.timeEntryApprovals, ['time_entry_id'], byId, { groupOf: (a) => a.time_entry_id });
    this.approvedEntries = new SortedView(t.timeEntryApprovals, ['time_entry_id', 'status'], byId, { keep: (a) => a.status === 'approved', groupOf: (a) => a.time_entry_id });
    this.correctionsByDay = new SortedView(t.attendanceCorrections, ['attendance_day_id', 'created_at'], newest, { groupOf: (c) => c.attendance_day_id });
    this.auditNewestFirst = new SortedView(t.auditEvents, ['created_at'], newest);
    this.stockItemsByName = new SortedView(t.stockItems, ['name'], byName);
    this.warehousesByCode = new SortedView(t.warehouses, ['code'], (a, b) => a.code.localeCompare(b.code) || a.id - b.id);
    this.levelsByWarehouse = new SortedView(t.stockLevels, ['warehouse_id'], byId, { groupOf: (l) => l.warehouse_id });
    this.suppliersByName = new SortedView(t.suppliers, ['name'], byName);
    this.supplierItemsBySupplier = new SortedView(t.supplierStockItems, ['supplier_id'], byId, { groupOf: (l) => l.supplier_id });
    this.purchaseOrdersNewestFirst = new SortedView(t.purchaseOrders, ['order_date', 'supplier_id'], (a, b) => b.order_date.localeCompare(a.order_date) || b.id - a.id, {
      groupOf: (p) => p.supplier_id,
    });
    this.purchaseOrderLines = new SortedView(t.purchaseOrderItems, ['purchase_order_id'], byId, { groupOf: (l) => l.purchase_order_id });
    this.costsNewestFirst = new SortedView(t.projectCosts, ['cost_date', 'created_at', 'project_id'], (a, b) => b.cost_date.localeCompare(a.cost_date) || newest(a, b), {
      groupOf: (c) => c.project_id,
    });
    this.filtersNewestFirst = new SortedView(t.savedFilters, ['created_at', 'user_id'], newest, { groupOf: (f) => f.user_id });
    const oldest = (a: CommentRow, b: CommentRow) => a.created_at - b.created_at || a.id - b.id;
    this.commentsByProject = new SortedView(t.comments, ['created_at', 'project_id'], oldest, { keep: (c) => c.project_id !== null, groupOf: (c) => c.project_id as number });
    this.commentsByTask = new SortedView(t.comments, ['created_at', 'task_id', 'project_id'], oldest, { keep: (c) => c.project_id === null && c.task_id !== null, groupOf: (c) => c.task_id as number });
    this.repliesByParent = new SortedView(t.comments, ['parent_id'], byId, { keep: (c) => c.parent_id !== null, groupOf: (c) => c.parent_id as number });
    this.alertsNewestFirst = new SortedView(t.budgetAlerts, ['created_at', 'project_id'], newest, { groupOf: (a) => a.project_id });
    this.activitiesInOrder = new SortedView(t.activities, [], byId);
    this.auditInOrder = new SortedView(t.auditLogs, [], byId);
    this.invoicesByClient = new SortedView(t.invoices, ['client_id'], byId, { groupOf: (i) => i.client_id });
    this.invoicesByProject = new SortedView(t.invoices, ['project_id'], byId, { groupOf: (i) => i.project_id });
    const pending = (a: InvoiceApprovalRow) => a.status === 'pending';
    this.pendingInvoiceApprovals = new SortedView(t.invoiceApprovals, ['status', 'current_stage', 'stages'], byId, { keep: pending, groupOf: (a) => a.stages[a.current_stage]?.approver_id ?? 0 });
    this.pendingApprovalOfInvoice = new SortedView(t.invoiceApprovals, ['status', 'invoice_id'], byId, { keep: pending, groupOf: (a) => a.invoice_id });
    this.creditNotesNewestFirst = new SortedView(t.creditNotes, ['created_at', 'invoice_id'], newest, { groupOf: (c) => c.invoice_id });
    this.recurringNewestFirst = new SortedView(t.recurringInvoices, ['created_at', 'is_active'], newest, { groupOf: (r) => r.is_active });
    const byDayDesc = <R extends { id: number; created_at: number }>(day: (r: R) => string) => (a: R, b: R) => day(b).localeCompare(day(a)) || b.created_at - a.created_at || b.id - a.id;
    this.expensesNewestFirst = new SortedView(t.expenses, ['expense_date', 'created_at', 'user_id'], byDayDesc((e) => e.expense_date), { groupOf: (e) => e.user_id });
    this.mileageNewestFirst = new SortedView(t.mileage, ['trip_date', 'created_at', 'user_id'], byDayDesc((m) => m.trip_date), { groupOf: (m) => m.user_id });
    this.tracksNewestFirst = new SortedView(t.mileageTracks, ['started_at', 'user_id'], (a, b) => b.started_at - a.started_at || b.id - a.id, { groupOf: (k) => k.user_id });
    this.perDiemsNewestFirst = new SortedView(t.perDiems, ['start_date', 'user_id'], (a, b) => b.start_date.localeCompare(a.start_date) || b.id - a.id, { groupOf: (p) => p.user_id });
    this.activeRatesByPlace = new SortedView(t.perDiemRates, ['country', 'city', 'is_active'], (a, b) => a.country.localeCompare(b.country) || (a.city ?? '').localeCompare(b.city ?? '') || a.id - b.id, {
      keep: (r) => r.is_active,
    });
    this.soldByItem = new SortedView(t.movements, ['movement_type', 'stock_item_id'], byId, { keep: (m) => SOLD_TYPES.has(m.movement_type), groupOf: (m) => m.stock_item_id });
  }
}
