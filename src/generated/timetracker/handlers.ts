/**
 * Generated from openapi.yaml by `npm run gen` (scripts/gen-types.ts). Do not edit.
 */

import type { ApiEnv, OperationHandler } from '../../core/handler.js';
import type { operations } from './openapi.js';

/** Every operation of the spec and its handler's signature. The API's handler table `satisfies` this. */
export interface OperationHandlers<E extends ApiEnv> {
  /** `GET /api/v1/info`: API information */
  getInfo: OperationHandler<operations['getInfo'], E, 'public'>;
  /** `GET /api/v1/health`: Health check */
  getHealth: OperationHandler<operations['getHealth'], E, 'public'>;
  /** `POST /api/v1/auth/login`: Exchange username and password for a new API token */
  login: OperationHandler<operations['login'], E, 'public'>;
  /** `GET /api/v1/search`: Global search across projects, tasks, clients and time entries */
  search: OperationHandler<operations['search'], E>;
  /** `GET /api/search`: Legacy session search (same logic as /api/v1/search) */
  webSearch: OperationHandler<operations['webSearch'], E>;
  /** `GET /login`: The web app's login page (HTML form with a CSRF token) */
  getLoginPage: OperationHandler<operations['getLoginPage'], E, 'public'>;
  /** `POST /login`: Log in to the web app (starts a session) */
  webLogin: OperationHandler<operations['webLogin'], E, 'public'>;
  /** `GET /api/version/check`: Compare the installed version with the latest release (admins only) */
  checkVersion: OperationHandler<operations['checkVersion'], E>;
  /** `POST /api/version/dismiss`: Dismiss the update prompt for a release (admins only) */
  dismissVersion: OperationHandler<operations['dismissVersion'], E>;
  /** `GET /api/stats/value-dashboard`: Productivity aggregates of the current user */
  getValueDashboard: OperationHandler<operations['getValueDashboard'], E>;
  /** `GET /api/reports/week-comparison`: This week so far against the same weekdays of last week */
  getWeekComparison: OperationHandler<operations['getWeekComparison'], E>;
  /** `GET /api/v1/projects`: List projects */
  listProjects: OperationHandler<operations['listProjects'], E>;
  /** `POST /api/v1/projects`: Create a project */
  createProject: OperationHandler<operations['createProject'], E>;
  /** `GET /api/v1/projects/{project_id}`: Get a project */
  getProject: OperationHandler<operations['getProject'], E>;
  /** `PUT /api/v1/projects/{project_id}`: Update a project */
  updateProject: OperationHandler<operations['updateProject'], E>;
  /** `PATCH /api/v1/projects/{project_id}`: Update a project (partial) */
  patchProject: OperationHandler<operations['patchProject'], E>;
  /** `DELETE /api/v1/projects/{project_id}`: Archive a project */
  archiveProject: OperationHandler<operations['archiveProject'], E>;
  /** `GET /api/v1/users/me/favorites/projects`: The current user's favourite projects */
  listFavoriteProjects: OperationHandler<operations['listFavoriteProjects'], E>;
  /** `POST /api/v1/users/me/favorites/projects`: Mark a project as favourite */
  addFavoriteProject: OperationHandler<operations['addFavoriteProject'], E>;
  /** `DELETE /api/v1/users/me/favorites/projects/{project_id}`: Unmark a favourite project */
  removeFavoriteProject: OperationHandler<operations['removeFavoriteProject'], E>;
  /** `GET /api/v1/projects/{project_id}/costs`: List a project's costs */
  listProjectCosts: OperationHandler<operations['listProjectCosts'], E>;
  /** `POST /api/v1/projects/{project_id}/costs`: Record a cost on a project */
  createProjectCost: OperationHandler<operations['createProjectCost'], E>;
  /** `GET /api/v1/project-costs/{cost_id}`: Get a project cost */
  getProjectCost: OperationHandler<operations['getProjectCost'], E>;
  /** `PUT /api/v1/project-costs/{cost_id}`: Update a project cost */
  updateProjectCost: OperationHandler<operations['updateProjectCost'], E>;
  /** `PATCH /api/v1/project-costs/{cost_id}`: Update some fields of a project cost */
  patchProjectCost: OperationHandler<operations['patchProjectCost'], E>;
  /** `DELETE /api/v1/project-costs/{cost_id}`: Delete a project cost */
  deleteProjectCost: OperationHandler<operations['deleteProjectCost'], E>;
  /** `GET /api/v1/saved-filters`: List your saved filters */
  listSavedFilters: OperationHandler<operations['listSavedFilters'], E>;
  /** `POST /api/v1/saved-filters`: Save a filter */
  createSavedFilter: OperationHandler<operations['createSavedFilter'], E>;
  /** `GET /api/v1/saved-filters/{filter_id}`: Get a saved filter */
  getSavedFilter: OperationHandler<operations['getSavedFilter'], E>;
  /** `PUT /api/v1/saved-filters/{filter_id}`: Update a saved filter */
  updateSavedFilter: OperationHandler<operations['updateSavedFilter'], E>;
  /** `PATCH /api/v1/saved-filters/{filter_id}`: Update some fields of a saved filter */
  patchSavedFilter: OperationHandler<operations['patchSavedFilter'], E>;
  /** `DELETE /api/v1/saved-filters/{filter_id}`: Delete a saved filter */
  deleteSavedFilter: OperationHandler<operations['deleteSavedFilter'], E>;
  /** `GET /api/v1/comments`: A project's or a task's comments */
  listComments: OperationHandler<operations['listComments'], E>;
  /** `POST /api/v1/comments`: Comment on a project or a task */
  createComment: OperationHandler<operations['createComment'], E>;
  /** `PUT /api/v1/comments/{comment_id}`: Edit a comment */
  updateComment: OperationHandler<operations['updateComment'], E>;
  /** `PATCH /api/v1/comments/{comment_id}`: Edit a comment (PATCH) */
  patchComment: OperationHandler<operations['patchComment'], E>;
  /** `DELETE /api/v1/comments/{comment_id}`: Delete a comment */
  deleteComment: OperationHandler<operations['deleteComment'], E>;
  /** `GET /api/v1/budget-alerts`: List budget alerts */
  listBudgetAlerts: OperationHandler<operations['listBudgetAlerts'], E>;
  /** `POST /api/v1/budget-alerts`: Raise a budget alert (admin) */
  createBudgetAlert: OperationHandler<operations['createBudgetAlert'], E>;
  /** `POST /api/v1/budget-alerts/{alert_id}/ack`: Acknowledge a budget alert */
  acknowledgeBudgetAlert: OperationHandler<operations['acknowledgeBudgetAlert'], E>;
  /** `GET /api/v1/audit-logs`: The audit log (admin) */
  listAuditLogs: OperationHandler<operations['listAuditLogs'], E>;
  /** `GET /api/v1/activities`: The activity feed */
  listActivities: OperationHandler<operations['listActivities'], E>;
  /** `GET /api/v1/time-entries`: List time entries */
  listTimeEntries: OperationHandler<operations['listTimeEntries'], E>;
  /** `POST /api/v1/time-entries`: Create a time entry */
  createTimeEntry: OperationHandler<operations['createTimeEntry'], E>;
  /** `POST /api/v1/time-entries/import-csv`: Import time entries from CSV */
  importTimeEntriesCsv: OperationHandler<operations['importTimeEntriesCsv'], E>;
  /** `POST /api/v1/time-entries/bulk`: Bulk action on time entries */
  bulkTimeEntries: OperationHandler<operations['bulkTimeEntries'], E>;
  /** `GET /api/v1/time-entries/{entry_id}`: Get a time entry */
  getTimeEntry: OperationHandler<operations['getTimeEntry'], E>;
  /** `PUT /api/v1/time-entries/{entry_id}`: Update a time entry */
  updateTimeEntry: OperationHandler<operations['updateTimeEntry'], E>;
  /** `PATCH /api/v1/time-entries/{entry_id}`: Update a time entry (partial; used by the mobile app) */
  patchTimeEntry: OperationHandler<operations['patchTimeEntry'], E>;
  /** `DELETE /api/v1/time-entries/{entry_id}`: Delete a time entry */
  deleteTimeEntry: OperationHandler<operations['deleteTimeEntry'], E>;
  /** `GET /api/v1/timer/status`: The current user's running timer */
  getTimerStatus: OperationHandler<operations['getTimerStatus'], E>;
  /** `POST /api/v1/timer/start`: Start a timer */
  startTimer: OperationHandler<operations['startTimer'], E>;
  /** `POST /api/v1/timer/stop`: Stop the running timer */
  stopTimer: OperationHandler<operations['stopTimer'], E>;
  /** `POST /api/v1/timer/pause`: Pause the running timer */
  pauseTimer: OperationHandler<operations['pauseTimer'], E>;
  /** `POST /api/v1/timer/resume`: Resume a paused timer */
  resumeTimer: OperationHandler<operations['resumeTimer'], E>;
  /** `GET /api/v1/tasks`: List tasks */
  listTasks: OperationHandler<operations['listTasks'], E>;
  /** `POST /api/v1/tasks`: Create a task */
  createTask: OperationHandler<operations['createTask'], E>;
  /** `GET /api/v1/tasks/{task_id}`: Get a task */
  getTask: OperationHandler<operations['getTask'], E>;
  /** `PUT /api/v1/tasks/{task_id}`: Update a task */
  updateTask: OperationHandler<operations['updateTask'], E>;
  /** `PATCH /api/v1/tasks/{task_id}`: Update a task (partial) */
  patchTask: OperationHandler<operations['patchTask'], E>;
  /** `DELETE /api/v1/tasks/{task_id}`: Delete a task */
  deleteTask: OperationHandler<operations['deleteTask'], E>;
  /** `GET /api/v1/kanban/columns`: List kanban columns */
  listKanbanColumns: OperationHandler<operations['listKanbanColumns'], E>;
  /** `POST /api/v1/kanban/columns`: Create a kanban column */
  createKanbanColumn: OperationHandler<operations['createKanbanColumn'], E>;
  /** `POST /api/v1/kanban/columns/reorder`: Reorder kanban columns */
  reorderKanbanColumns: OperationHandler<operations['reorderKanbanColumns'], E>;
  /** `PUT /api/v1/kanban/columns/{column_id}`: Update a kanban column */
  updateKanbanColumn: OperationHandler<operations['updateKanbanColumn'], E>;
  /** `PATCH /api/v1/kanban/columns/{column_id}`: Update some fields of a kanban column */
  patchKanbanColumn: OperationHandler<operations['patchKanbanColumn'], E>;
  /** `DELETE /api/v1/kanban/columns/{column_id}`: Delete a kanban column */
  deleteKanbanColumn: OperationHandler<operations['deleteKanbanColumn'], E>;
  /** `GET /api/v1/issues`: List issues */
  listIssues: OperationHandler<operations['listIssues'], E>;
  /** `POST /api/v1/issues`: Create an issue */
  createIssue: OperationHandler<operations['createIssue'], E>;
  /** `GET /api/v1/issues/{issue_id}`: Get an issue */
  getIssue: OperationHandler<operations['getIssue'], E>;
  /** `PUT /api/v1/issues/{issue_id}`: Update an issue */
  updateIssue: OperationHandler<operations['updateIssue'], E>;
  /** `PATCH /api/v1/issues/{issue_id}`: Update some fields of an issue */
  patchIssue: OperationHandler<operations['patchIssue'], E>;
  /** `DELETE /api/v1/issues/{issue_id}`: Delete an issue */
  deleteIssue: OperationHandler<operations['deleteIssue'], E>;
  /** `GET /api/v1/calendar/events`: List your calendar events */
  listCalendarEvents: OperationHandler<operations['listCalendarEvents'], E>;
  /** `POST /api/v1/calendar/events`: Create a calendar event */
  createCalendarEvent: OperationHandler<operations['createCalendarEvent'], E>;
  /** `GET /api/v1/calendar/events/{event_id}`: Get a calendar event */
  getCalendarEvent: OperationHandler<operations['getCalendarEvent'], E>;
  /** `PUT /api/v1/calendar/events/{event_id}`: Update a calendar event */
  updateCalendarEvent: OperationHandler<operations['updateCalendarEvent'], E>;
  /** `PATCH /api/v1/calendar/events/{event_id}`: Update some fields of a calendar event */
  patchCalendarEvent: OperationHandler<operations['patchCalendarEvent'], E>;
  /** `DELETE /api/v1/calendar/events/{event_id}`: Delete a calendar event */
  deleteCalendarEvent: OperationHandler<operations['deleteCalendarEvent'], E>;
  /** `GET /api/v1/clients`: List clients */
  listClients: OperationHandler<operations['listClients'], E>;
  /** `POST /api/v1/clients`: Create a client */
  createClient: OperationHandler<operations['createClient'], E>;
  /** `GET /api/v1/clients/{client_id}`: Get a client */
  getClient: OperationHandler<operations['getClient'], E>;
  /** `PUT /api/v1/clients/{client_id}`: Update a client */
  updateClient: OperationHandler<operations['updateClient'], E>;
  /** `DELETE /api/v1/clients/{client_id}`: Delete a client */
  deleteClient: OperationHandler<operations['deleteClient'], E>;
  /** `POST /api/v1/clients/{client_id}/invoice-unbilled`: Invoice a client's unbilled time */
  createClientUnbilledInvoice: OperationHandler<operations['createClientUnbilledInvoice'], E>;
  /** `GET /api/v1/clients/{client_id}/notes`: List a client's notes */
  listClientNotes: OperationHandler<operations['listClientNotes'], E>;
  /** `POST /api/v1/clients/{client_id}/notes`: Create a client note */
  createClientNote: OperationHandler<operations['createClientNote'], E>;
  /** `GET /api/v1/client-notes/{note_id}`: Get a client note */
  getClientNote: OperationHandler<operations['getClientNote'], E>;
  /** `PUT /api/v1/client-notes/{note_id}`: Update a client note */
  updateClientNote: OperationHandler<operations['updateClientNote'], E>;
  /** `PATCH /api/v1/client-notes/{note_id}`: Update some fields of a client note */
  patchClientNote: OperationHandler<operations['patchClientNote'], E>;
  /** `DELETE /api/v1/client-notes/{note_id}`: Delete a client note */
  deleteClientNote: OperationHandler<operations['deleteClientNote'], E>;
  /** `GET /api/v1/clients/{client_id}/contacts`: List a client's contacts */
  listClientContacts: OperationHandler<operations['listClientContacts'], E>;
  /** `POST /api/v1/clients/{client_id}/contacts`: Create a contact */
  createContact: OperationHandler<operations['createContact'], E>;
  /** `GET /api/v1/contacts/{contact_id}`: Get a contact */
  getContact: OperationHandler<operations['getContact'], E>;
  /** `PUT /api/v1/contacts/{contact_id}`: Update a contact */
  updateContact: OperationHandler<operations['updateContact'], E>;
  /** `PATCH /api/v1/contacts/{contact_id}`: Update some fields of a contact */
  patchContact: OperationHandler<operations['patchContact'], E>;
  /** `DELETE /api/v1/contacts/{contact_id}`: Delete a contact */
  deleteContact: OperationHandler<operations['deleteContact'], E>;
  /** `GET /api/v1/deals`: List deals */
  listDeals: OperationHandler<operations['listDeals'], E>;
  /** `POST /api/v1/deals`: Create a deal */
  createDeal: OperationHandler<operations['createDeal'], E>;
  /** `GET /api/v1/deals/{deal_id}`: Get a deal */
  getDeal: OperationHandler<operations['getDeal'], E>;
  /** `PUT /api/v1/deals/{deal_id}`: Update a deal */
  updateDeal: OperationHandler<operations['updateDeal'], E>;
  /** `PATCH /api/v1/deals/{deal_id}`: Update some fields of a deal */
  patchDeal: OperationHandler<operations['patchDeal'], E>;
  /** `DELETE /api/v1/deals/{deal_id}`: Delete a deal */
  deleteDeal: OperationHandler<operations['deleteDeal'], E>;
  /** `GET /api/v1/leads`: List leads */
  listLeads: OperationHandler<operations['listLeads'], E>;
  /** `POST /api/v1/leads`: Create a lead */
  createLead: OperationHandler<operations['createLead'], E>;
  /** `GET /api/v1/leads/{lead_id}`: Get a lead */
  getLead: OperationHandler<operations['getLead'], E>;
  /** `PUT /api/v1/leads/{lead_id}`: Update a lead */
  updateLead: OperationHandler<operations['updateLead'], E>;
  /** `PATCH /api/v1/leads/{lead_id}`: Update some fields of a lead */
  patchLead: OperationHandler<operations['patchLead'], E>;
  /** `DELETE /api/v1/leads/{lead_id}`: Delete a lead */
  deleteLead: OperationHandler<operations['deleteLead'], E>;
  /** `GET /api/v1/quotes`: List quotes */
  listQuotes: OperationHandler<operations['listQuotes'], E>;
  /** `POST /api/v1/quotes`: Create a quote */
  createQuote: OperationHandler<operations['createQuote'], E>;
  /** `GET /api/v1/quotes/{quote_id}`: Get a quote */
  getQuote: OperationHandler<operations['getQuote'], E>;
  /** `PUT /api/v1/quotes/{quote_id}`: Update a quote */
  updateQuote: OperationHandler<operations['updateQuote'], E>;
  /** `PATCH /api/v1/quotes/{quote_id}`: Update a quote (partial) */
  patchQuote: OperationHandler<operations['patchQuote'], E>;
  /** `DELETE /api/v1/quotes/{quote_id}`: Delete a quote */
  deleteQuote: OperationHandler<operations['deleteQuote'], E>;
  /** `GET /api/v1/tax-rules`: List tax rules (administrators) */
  listTaxRules: OperationHandler<operations['listTaxRules'], E>;
  /** `POST /api/v1/tax-rules`: Create a tax rule (administrators) */
  createTaxRule: OperationHandler<operations['createTaxRule'], E>;
  /** `PUT /api/v1/tax-rules/{rule_id}`: Update a tax rule (administrators) */
  updateTaxRule: OperationHandler<operations['updateTaxRule'], E>;
  /** `PATCH /api/v1/tax-rules/{rule_id}`: Update some fields of a tax rule (administrators) */
  patchTaxRule: OperationHandler<operations['patchTaxRule'], E>;
  /** `DELETE /api/v1/tax-rules/{rule_id}`: Delete a tax rule (administrators) */
  deleteTaxRule: OperationHandler<operations['deleteTaxRule'], E>;
  /** `GET /api/v1/currencies`: List currencies */
  listCurrencies: OperationHandler<operations['listCurrencies'], E>;
  /** `POST /api/v1/currencies`: Add a currency (administrators) */
  createCurrency: OperationHandler<operations['createCurrency'], E>;
  /** `PUT /api/v1/currencies/{code}`: Update a currency (administrators) */
  updateCurrency: OperationHandler<operations['updateCurrency'], E>;
  /** `PATCH /api/v1/currencies/{code}`: Update some fields of a currency (administrators) */
  patchCurrency: OperationHandler<operations['patchCurrency'], E>;
  /** `GET /api/v1/exchange-rates`: List exchange rates */
  listExchangeRates: OperationHandler<operations['listExchangeRates'], E>;
  /** `POST /api/v1/exchange-rates`: Add an exchange rate (administrators) */
  createExchangeRate: OperationHandler<operations['createExchangeRate'], E>;
  /** `PUT /api/v1/exchange-rates/{rate_id}`: Update an exchange rate (administrators) */
  updateExchangeRate: OperationHandler<operations['updateExchangeRate'], E>;
  /** `PATCH /api/v1/exchange-rates/{rate_id}`: Update some fields of an exchange rate (administrators) */
  patchExchangeRate: OperationHandler<operations['patchExchangeRate'], E>;
  /** `GET /api/v1/invoice-pdf-templates`: List the invoice PDF templates (administrators) */
  listInvoicePdfTemplates: OperationHandler<operations['listInvoicePdfTemplates'], E>;
  /** `GET /api/v1/invoice-pdf-templates/{page_size}`: A page size's invoice PDF template (administrators) */
  getInvoicePdfTemplate: OperationHandler<operations['getInvoicePdfTemplate'], E>;
  /** `GET /api/v1/invoice-templates`: List invoice templates (administrators) */
  listInvoiceTemplates: OperationHandler<operations['listInvoiceTemplates'], E>;
  /** `POST /api/v1/invoice-templates`: Create an invoice template (administrators) */
  createInvoiceTemplate: OperationHandler<operations['createInvoiceTemplate'], E>;
  /** `GET /api/v1/invoice-templates/{template_id}`: Get an invoice template (administrators) */
  getInvoiceTemplate: OperationHandler<operations['getInvoiceTemplate'], E>;
  /** `PUT /api/v1/invoice-templates/{template_id}`: Update an invoice template (administrators) */
  updateInvoiceTemplate: OperationHandler<operations['updateInvoiceTemplate'], E>;
  /** `PATCH /api/v1/invoice-templates/{template_id}`: Update some fields of an invoice template (administrators) */
  patchInvoiceTemplate: OperationHandler<operations['patchInvoiceTemplate'], E>;
  /** `DELETE /api/v1/invoice-templates/{template_id}`: Delete an invoice template (administrators) */
  deleteInvoiceTemplate: OperationHandler<operations['deleteInvoiceTemplate'], E>;
  /** `GET /api/v1/inventory/transfers`: List stock transfers */
  listTransfers: OperationHandler<operations['listTransfers'], E>;
  /** `POST /api/v1/inventory/transfers`: Transfer stock between warehouses */
  createTransfer: OperationHandler<operations['createTransfer'], E>;
  /** `GET /api/v1/inventory/transfers/{reference_id}`: Get a transfer by reference id */
  getTransfer: OperationHandler<operations['getTransfer'], E>;
  /** `GET /api/v1/inventory/reports/valuation`: Stock valuation */
  getValuationReport: OperationHandler<operations['getValuationReport'], E>;
  /** `GET /api/v1/inventory/reports/movement-history`: Stock movement history */
  getMovementHistoryReport: OperationHandler<operations['getMovementHistoryReport'], E>;
  /** `GET /api/v1/inventory/reports/turnover`: Stock turnover per item */
  getTurnoverReport: OperationHandler<operations['getTurnoverReport'], E>;
  /** `GET /api/v1/inventory/reports/low-stock`: Items below their reorder point */
  getLowStockReport: OperationHandler<operations['getLowStockReport'], E>;
  /** `GET /api/v1/inventory/items`: List stock items */
  listStockItems: OperationHandler<operations['listStockItems'], E>;
  /** `POST /api/v1/inventory/items`: Create a stock item */
  createStockItem: OperationHandler<operations['createStockItem'], E>;
  /** `GET /api/v1/inventory/items/{item_id}`: Get a stock item */
  getStockItem: OperationHandler<operations['getStockItem'], E>;
  /** `PUT /api/v1/inventory/items/{item_id}`: Update a stock item */
  updateStockItem: OperationHandler<operations['updateStockItem'], E>;
  /** `PATCH /api/v1/inventory/items/{item_id}`: Update some fields of a stock item */
  patchStockItem: OperationHandler<operations['patchStockItem'], E>;
  /** `DELETE /api/v1/inventory/items/{item_id}`: Deactivate a stock item */
  deleteStockItem: OperationHandler<operations['deleteStockItem'], E>;
  /** `GET /api/v1/inventory/items/{item_id}/availability`: Stock of an item per warehouse */
  getStockItemAvailability: OperationHandler<operations['getStockItemAvailability'], E>;
  /** `GET /api/v1/inventory/warehouses`: List warehouses */
  listWarehouses: OperationHandler<operations['listWarehouses'], E>;
  /** `GET /api/v1/inventory/stock-levels`: Stock levels */
  listStockLevels: OperationHandler<operations['listStockLevels'], E>;
  /** `POST /api/v1/inventory/movements`: Record a stock movement */
  createStockMovement: OperationHandler<operations['createStockMovement'], E>;
  /** `GET /api/v1/inventory/suppliers`: List suppliers */
  listSuppliers: OperationHandler<operations['listSuppliers'], E>;
  /** `POST /api/v1/inventory/suppliers`: Create a supplier */
  createSupplier: OperationHandler<operations['createSupplier'], E>;
  /** `GET /api/v1/inventory/suppliers/{supplier_id}`: Get a supplier */
  getSupplier: OperationHandler<operations['getSupplier'], E>;
  /** `PUT /api/v1/inventory/suppliers/{supplier_id}`: Update a supplier */
  updateSupplier: OperationHandler<operations['updateSupplier'], E>;
  /** `PATCH /api/v1/inventory/suppliers/{supplier_id}`: Update some fields of a supplier */
  patchSupplier: OperationHandler<operations['patchSupplier'], E>;
  /** `DELETE /api/v1/inventory/suppliers/{supplier_id}`: Deactivate a supplier */
  deleteSupplier: OperationHandler<operations['deleteSupplier'], E>;
  /** `GET /api/v1/inventory/suppliers/{supplier_id}/stock-items`: A supplier's stock items */
  listSupplierStockItems: OperationHandler<operations['listSupplierStockItems'], E>;
  /** `GET /api/v1/inventory/purchase-orders`: List purchase orders */
  listPurchaseOrders: OperationHandler<operations['listPurchaseOrders'], E>;
  /** `POST /api/v1/inventory/purchase-orders`: Create a purchase order */
  createPurchaseOrder: OperationHandler<operations['createPurchaseOrder'], E>;
  /** `GET /api/v1/inventory/purchase-orders/{po_id}`: Get a purchase order */
  getPurchaseOrder: OperationHandler<operations['getPurchaseOrder'], E>;
  /** `PUT /api/v1/inventory/purchase-orders/{po_id}`: Update a draft purchase order */
  updatePurchaseOrder: OperationHandler<operations['updatePurchaseOrder'], E>;
  /** `PATCH /api/v1/inventory/purchase-orders/{po_id}`: Update some fields of a draft purchase order */
  patchPurchaseOrder: OperationHandler<operations['patchPurchaseOrder'], E>;
  /** `DELETE /api/v1/inventory/purchase-orders/{po_id}`: Delete a draft purchase order */
  deletePurchaseOrder: OperationHandler<operations['deletePurchaseOrder'], E>;
  /** `POST /api/v1/inventory/purchase-orders/{po_id}/receive`: Receive a purchase order */
  receivePurchaseOrder: OperationHandler<operations['receivePurchaseOrder'], E>;
  /** `GET /api/v1/reports/summary`: Hours summary over a period */
  getSummaryReport: OperationHandler<operations['getSummaryReport'], E>;
  /** `GET /api/v1/reports/capacity`: Capacity per user over a date range */
  getCapacityReport: OperationHandler<operations['getCapacityReport'], E>;
  /** `GET /api/v1/reports/compliance/locked-periods`: Closed (locked) timesheet periods */
  getLockedPeriodsReport: OperationHandler<operations['getLockedPeriodsReport'], E>;
  /** `GET /api/v1/reports/compliance/audit-events`: Audit events of time entries, timesheets and attendance */
  getComplianceAuditEvents: OperationHandler<operations['getComplianceAuditEvents'], E>;
  /** `GET /api/v1/reports/compliance/belgium-attendance`: Attendance rows for a labour inspector (Belgium's royal decree) */
  getBelgiumAttendanceReport: OperationHandler<operations['getBelgiumAttendanceReport'], E>;
  /** `GET /api/v1/exports/payroll`: Payroll CSV: hours per user and ISO week */
  exportPayroll: OperationHandler<operations['exportPayroll'], E>;
  /** `GET /api/v1/users/me`: The authenticated user */
  getCurrentUser: OperationHandler<operations['getCurrentUser'], E>;
  /** `GET /api/v1/users`: List active users (administrators) */
  listUsers: OperationHandler<operations['listUsers'], E>;
  /** `GET /api/v1/ai/context-preview`: What the AI helper would be told about the caller */
  getAiContextPreview: OperationHandler<operations['getAiContextPreview'], E>;
  /** `POST /api/v1/ai/chat`: Ask the AI helper */
  postAiChat: OperationHandler<operations['postAiChat'], E>;
  /** `POST /api/v1/ai/actions/confirm`: Carry out an action the AI helper proposed */
  confirmAiAction: OperationHandler<operations['confirmAiAction'], E>;
  /** `GET /api/v1/attendance/status`: Today's workday and break state */
  getAttendanceStatus: OperationHandler<operations['getAttendanceStatus'], E>;
  /** `GET /api/v1/workday/status`: The open workday session, if any */
  getWorkdayStatus: OperationHandler<operations['getWorkdayStatus'], E>;
  /** `POST /api/v1/workday/start`: Start the workday */
  startWorkday: OperationHandler<operations['startWorkday'], E>;
  /** `POST /api/v1/workday/end`: End the workday */
  endWorkday: OperationHandler<operations['endWorkday'], E>;
  /** `POST /api/v1/attendance/break/start`: Start a break */
  startBreak: OperationHandler<operations['startBreak'], E>;
  /** `POST /api/v1/attendance/break/end`: End the running break */
  endBreak: OperationHandler<operations['endBreak'], E>;
  /** `GET /api/v1/attendance/history`: The caller's attendance days */
  getAttendanceHistory: OperationHandler<operations['getAttendanceHistory'], E>;
  /** `POST /api/v1/attendance/corrections`: Request a correction of an attendance record */
  createAttendanceCorrection: OperationHandler<operations['createAttendanceCorrection'], E>;
  /** `GET /account/rate_limit_status`: Harvest-style throttle status of the caller's account */
  getRateLimitStatus: OperationHandler<operations['getRateLimitStatus'], E>;
  /** `GET /api/v1/time-entry-templates`: List your time-entry templates */
  listTimeEntryTemplates: OperationHandler<operations['listTimeEntryTemplates'], E>;
  /** `POST /api/v1/time-entry-templates`: Create a time-entry template */
  createTimeEntryTemplate: OperationHandler<operations['createTimeEntryTemplate'], E>;
  /** `GET /api/v1/time-entry-templates/{template_id}`: Get a time-entry template */
  getTimeEntryTemplate: OperationHandler<operations['getTimeEntryTemplate'], E>;
  /** `PUT /api/v1/time-entry-templates/{template_id}`: Update a time-entry template */
  updateTimeEntryTemplate: OperationHandler<operations['updateTimeEntryTemplate'], E>;
  /** `PATCH /api/v1/time-entry-templates/{template_id}`: Update some fields of a time-entry template */
  patchTimeEntryTemplate: OperationHandler<operations['patchTimeEntryTemplate'], E>;
  /** `DELETE /api/v1/time-entry-templates/{template_id}`: Delete a time-entry template */
  deleteTimeEntryTemplate: OperationHandler<operations['deleteTimeEntryTemplate'], E>;
  /** `GET /api/v1/webhooks`: List webhooks */
  listWebhooks: OperationHandler<operations['listWebhooks'], E>;
  /** `POST /api/v1/webhooks`: Register a webhook */
  createWebhook: OperationHandler<operations['createWebhook'], E>;
  /** `GET /api/v1/webhooks/events`: List the event types */
  listWebhookEvents: OperationHandler<operations['listWebhookEvents'], E>;
  /** `GET /api/v1/webhooks/{webhook_id}`: Get a webhook */
  getWebhook: OperationHandler<operations['getWebhook'], E>;
  /** `PUT /api/v1/webhooks/{webhook_id}`: Update a webhook */
  updateWebhook: OperationHandler<operations['updateWebhook'], E>;
  /** `PATCH /api/v1/webhooks/{webhook_id}`: Update some fields of a webhook */
  patchWebhook: OperationHandler<operations['patchWebhook'], E>;
  /** `DELETE /api/v1/webhooks/{webhook_id}`: Delete a webhook */
  deleteWebhook: OperationHandler<operations['deleteWebhook'], E>;
  /** `GET /api/v1/webhooks/{webhook_id}/deliveries`: List a webhook's deliveries */
  listWebhookDeliveries: OperationHandler<operations['listWebhookDeliveries'], E>;
  /** `GET /api/v1/invoices`: List invoices */
  listInvoices: OperationHandler<operations['listInvoices'], E>;
  /** `POST /api/v1/invoices`: Create an invoice */
  createInvoice: OperationHandler<operations['createInvoice'], E>;
  /** `GET /api/v1/invoices/{invoice_id}`: Get an invoice with items and payments */
  getInvoice: OperationHandler<operations['getInvoice'], E>;
  /** `PUT /api/v1/invoices/{invoice_id}`: Update an invoice */
  updateInvoice: OperationHandler<operations['updateInvoice'], E>;
  /** `PATCH /api/v1/invoices/{invoice_id}`: Update some fields of an invoice */
  patchInvoice: OperationHandler<operations['patchInvoice'], E>;
  /** `DELETE /api/v1/invoices/{invoice_id}`: Cancel an invoice */
  cancelInvoice: OperationHandler<operations['cancelInvoice'], E>;
  /** `POST /api/v1/invoices/from-time-entries`: Create an invoice from time entries */
  createInvoiceFromTimeEntries: OperationHandler<operations['createInvoiceFromTimeEntries'], E>;
  /** `POST /api/v1/invoices/{invoice_id}/generate-from-time`: Add items from time entries */
  generateInvoiceItems: OperationHandler<operations['generateInvoiceItems'], E>;
  /** `PUT /api/v1/invoices/{invoice_id}/items`: Replace an invoice's items */
  replaceInvoiceItems: OperationHandler<operations['replaceInvoiceItems'], E>;
  /** `GET /api/v1/invoices/{invoice_id}/pdf`: Download an invoice as PDF */
  getInvoicePdf: OperationHandler<operations['getInvoicePdf'], E>;
  /** `POST /api/v1/invoices/{invoice_id}/request-approval`: Request approval of an invoice */
  requestInvoiceApproval: OperationHandler<operations['requestInvoiceApproval'], E>;
  /** `GET /api/v1/invoice-approvals`: List pending invoice approvals */
  listInvoiceApprovals: OperationHandler<operations['listInvoiceApprovals'], E>;
  /** `GET /api/v1/invoice-approvals/{approval_id}`: Get an invoice approval */
  getInvoiceApproval: OperationHandler<operations['getInvoiceApproval'], E>;
  /** `POST /api/v1/invoice-approvals/{approval_id}/approve`: Approve the current stage */
  approveInvoiceApproval: OperationHandler<operations['approveInvoiceApproval'], E>;
  /** `POST /api/v1/invoice-approvals/{approval_id}/reject`: Reject an invoice approval */
  rejectInvoiceApproval: OperationHandler<operations['rejectInvoiceApproval'], E>;
  /** `GET /api/v1/credit-notes`: List credit notes */
  listCreditNotes: OperationHandler<operations['listCreditNotes'], E>;
  /** `POST /api/v1/credit-notes`: Create a credit note */
  createCreditNote: OperationHandler<operations['createCreditNote'], E>;
  /** `GET /api/v1/credit-notes/{credit_note_id}`: Get a credit note */
  getCreditNote: OperationHandler<operations['getCreditNote'], E>;
  /** `PUT /api/v1/credit-notes/{credit_note_id}`: Update a credit note */
  updateCreditNote: OperationHandler<operations['updateCreditNote'], E>;
  /** `PATCH /api/v1/credit-notes/{credit_note_id}`: Update some fields of a credit note */
  patchCreditNote: OperationHandler<operations['patchCreditNote'], E>;
  /** `DELETE /api/v1/credit-notes/{credit_note_id}`: Delete a credit note */
  deleteCreditNote: OperationHandler<operations['deleteCreditNote'], E>;
  /** `GET /api/v1/recurring-invoices`: List recurring invoices */
  listRecurringInvoices: OperationHandler<operations['listRecurringInvoices'], E>;
  /** `POST /api/v1/recurring-invoices`: Create a recurring invoice */
  createRecurringInvoice: OperationHandler<operations['createRecurringInvoice'], E>;
  /** `GET /api/v1/recurring-invoices/{recurring_invoice_id}`: Get a recurring invoice */
  getRecurringInvoice: OperationHandler<operations['getRecurringInvoice'], E>;
  /** `PUT /api/v1/recurring-invoices/{recurring_invoice_id}`: Update a recurring invoice */
  updateRecurringInvoice: OperationHandler<operations['updateRecurringInvoice'], E>;
  /** `PATCH /api/v1/recurring-invoices/{recurring_invoice_id}`: Update some fields of a recurring invoice */
  patchRecurringInvoice: OperationHandler<operations['patchRecurringInvoice'], E>;
  /** `DELETE /api/v1/recurring-invoices/{recurring_invoice_id}`: Deactivate a recurring invoice */
  deactivateRecurringInvoice: OperationHandler<operations['deactivateRecurringInvoice'], E>;
  /** `POST /api/v1/recurring-invoices/{recurring_invoice_id}/generate`: Generate the due invoice */
  generateRecurringInvoice: OperationHandler<operations['generateRecurringInvoice'], E>;
  /** `GET /api/v1/payments`: List payments */
  listPayments: OperationHandler<operations['listPayments'], E>;
  /** `POST /api/v1/payments`: Record a payment */
  createPayment: OperationHandler<operations['createPayment'], E>;
  /** `GET /api/v1/payments/{payment_id}`: Get a payment */
  getPayment: OperationHandler<operations['getPayment'], E>;
  /** `PUT /api/v1/payments/{payment_id}`: Update a payment */
  updatePayment: OperationHandler<operations['updatePayment'], E>;
  /** `PATCH /api/v1/payments/{payment_id}`: Update some fields of a payment */
  patchPayment: OperationHandler<operations['patchPayment'], E>;
  /** `DELETE /api/v1/payments/{payment_id}`: Delete a payment */
  deletePayment: OperationHandler<operations['deletePayment'], E>;
  /** `GET /api/v1/expenses`: List expenses */
  listExpenses: OperationHandler<operations['listExpenses'], E>;
  /** `POST /api/v1/expenses`: Record an expense */
  createExpense: OperationHandler<operations['createExpense'], E>;
  /** `GET /api/v1/expenses/{expense_id}`: Get an expense */
  getExpense: OperationHandler<operations['getExpense'], E>;
  /** `PUT /api/v1/expenses/{expense_id}`: Update an expense */
  updateExpense: OperationHandler<operations['updateExpense'], E>;
  /** `PATCH /api/v1/expenses/{expense_id}`: Update some fields of an expense */
  patchExpense: OperationHandler<operations['patchExpense'], E>;
  /** `DELETE /api/v1/expenses/{expense_id}`: Reject an expense */
  deleteExpense: OperationHandler<operations['deleteExpense'], E>;
  /** `GET /api/v1/mileage`: List mileage entries */
  listMileage: OperationHandler<operations['listMileage'], E>;
  /** `POST /api/v1/mileage`: Record a trip */
  createMileage: OperationHandler<operations['createMileage'], E>;
  /** `GET /api/v1/mileage/{mileage_id}`: Get a mileage entry */
  getMileage: OperationHandler<operations['getMileage'], E>;
  /** `PUT /api/v1/mileage/{mileage_id}`: Update a mileage entry */
  updateMileage: OperationHandler<operations['updateMileage'], E>;
  /** `PATCH /api/v1/mileage/{mileage_id}`: Update some fields of a mileage entry */
  patchMileage: OperationHandler<operations['patchMileage'], E>;
  /** `DELETE /api/v1/mileage/{mileage_id}`: Reject a mileage entry */
  deleteMileage: OperationHandler<operations['deleteMileage'], E>;
  /** `GET /api/v1/mileage/gps`: List GPS mileage tracks */
  listGpsTracks: OperationHandler<operations['listGpsTracks'], E>;
  /** `POST /api/v1/mileage/gps/start`: Start a GPS mileage track */
  startGpsTrack: OperationHandler<operations['startGpsTrack'], E>;
  /** `POST /api/v1/mileage/gps/{track_id}/point`: Add a point to a GPS track */
  addGpsTrackPoint: OperationHandler<operations['addGpsTrackPoint'], E>;
  /** `POST /api/v1/mileage/gps/{track_id}/stop`: Stop a GPS track and measure it */
  stopGpsTrack: OperationHandler<operations['stopGpsTrack'], E>;
  /** `POST /api/v1/mileage/gps/{track_id}/expense`: Claim a stopped GPS track as an expense */
  createGpsTrackExpense: OperationHandler<operations['createGpsTrackExpense'], E>;
  /** `GET /api/v1/per-diems`: List per-diem claims */
  listPerDiems: OperationHandler<operations['listPerDiems'], E>;
  /** `POST /api/v1/per-diems`: Claim a per diem */
  createPerDiem: OperationHandler<operations['createPerDiem'], E>;
  /** `GET /api/v1/per-diems/{per_diem_id}`: Get a per-diem claim */
  getPerDiem: OperationHandler<operations['getPerDiem'], E>;
  /** `PUT /api/v1/per-diems/{per_diem_id}`: Update a per-diem claim */
  updatePerDiem: OperationHandler<operations['updatePerDiem'], E>;
  /** `PATCH /api/v1/per-diems/{per_diem_id}`: Update some fields of a per-diem claim */
  patchPerDiem: OperationHandler<operations['patchPerDiem'], E>;
  /** `DELETE /api/v1/per-diems/{per_diem_id}`: Reject a per-diem claim */
  deletePerDiem: OperationHandler<operations['deletePerDiem'], E>;
  /** `GET /api/v1/per-diem-rates`: List per-diem rates */
  listPerDiemRates: OperationHandler<operations['listPerDiemRates'], E>;
  /** `POST /api/v1/per-diem-rates`: Add a per-diem rate */
  createPerDiemRate: OperationHandler<operations['createPerDiemRate'], E>;
  /** `GET /api/v1/timesheet-periods`: List timesheet periods */
  listTimesheetPeriods: OperationHandler<operations['listTimesheetPeriods'], E>;
  /** `POST /api/v1/timesheet-periods`: Get or create the period of a day */
  createTimesheetPeriod: OperationHandler<operations['createTimesheetPeriod'], E>;
  /** `POST /api/v1/timesheet-periods/{period_id}/submit`: Submit a period */
  submitTimesheetPeriod: OperationHandler<operations['submitTimesheetPeriod'], E>;
  /** `POST /api/v1/timesheet-periods/{period_id}/approve`: Approve a period */
  approveTimesheetPeriod: OperationHandler<operations['approveTimesheetPeriod'], E>;
  /** `POST /api/v1/timesheet-periods/{period_id}/reject`: Reject a period */
  rejectTimesheetPeriod: OperationHandler<operations['rejectTimesheetPeriod'], E>;
  /** `POST /api/v1/timesheet-periods/{period_id}/close`: Close (lock) a period */
  closeTimesheetPeriod: OperationHandler<operations['closeTimesheetPeriod'], E>;
  /** `DELETE /api/v1/timesheet-periods/{period_id}`: Delete a period */
  deleteTimesheetPeriod: OperationHandler<operations['deleteTimesheetPeriod'], E>;
  /** `GET /api/v1/timesheet-policy`: Get the timesheet policy */
  getTimesheetPolicy: OperationHandler<operations['getTimesheetPolicy'], E>;
  /** `PUT /api/v1/timesheet-policy`: Update the timesheet policy */
  updateTimesheetPolicy: OperationHandler<operations['updateTimesheetPolicy'], E>;
  /** `PATCH /api/v1/timesheet-policy`: Update some fields of the timesheet policy */
  patchTimesheetPolicy: OperationHandler<operations['patchTimesheetPolicy'], E>;
  /** `GET /api/v1/time-off/leave-types`: List leave types */
  listLeaveTypes: OperationHandler<operations['listLeaveTypes'], E>;
  /** `POST /api/v1/time-off/leave-types`: Create a leave type */
  createLeaveType: OperationHandler<operations['createLeaveType'], E>;
  /** `DELETE /api/v1/time-off/leave-types/{leave_type_id}`: Delete a leave type */
  deleteLeaveType: OperationHandler<operations['deleteLeaveType'], E>;
  /** `GET /api/v1/time-off/requests`: List time-off requests */
  listTimeOffRequests: OperationHandler<operations['listTimeOffRequests'], E>;
  /** `POST /api/v1/time-off/requests`: Request time off */
  createTimeOffRequest: OperationHandler<operations['createTimeOffRequest'], E>;
  /** `POST /api/v1/time-off/requests/{request_id}/approve`: Approve a time-off request */
  approveTimeOffRequest: OperationHandler<operations['approveTimeOffRequest'], E>;
  /** `POST /api/v1/time-off/requests/{request_id}/reject`: Reject a time-off request */
  rejectTimeOffRequest: OperationHandler<operations['rejectTimeOffRequest'], E>;
  /** `DELETE /api/v1/time-off/requests/{request_id}`: Delete a time-off request */
  deleteTimeOffRequest: OperationHandler<operations['deleteTimeOffRequest'], E>;
  /** `GET /api/v1/time-off/requests/{request_id}/pdf`: Download a time-off request as PDF */
  getTimeOffRequestPdf: OperationHandler<operations['getTimeOffRequestPdf'], E>;
  /** `GET /api/v1/time-off/balances`: Leave balances */
  getTimeOffBalances: OperationHandler<operations['getTimeOffBalances'], E>;
  /** `GET /api/v1/time-off/holidays`: List holidays */
  listHolidays: OperationHandler<operations['listHolidays'], E>;
  /** `POST /api/v1/time-off/holidays`: Create a holiday */
  createHoliday: OperationHandler<operations['createHoliday'], E>;
  /** `DELETE /api/v1/time-off/holidays/{holiday_id}`: Delete a holiday */
  deleteHoliday: OperationHandler<operations['deleteHoliday'], E>;
  /** `GET /api/v1/time-entry-approvals`: Pending approvals the caller may approve */
  listTimeEntryApprovals: OperationHandler<operations['listTimeEntryApprovals'], E>;
  /** `POST /api/v1/time-entry-approvals/bulk-approve`: Approve several approvals */
  bulkApproveTimeEntries: OperationHandler<operations['bulkApproveTimeEntries'], E>;
  /** `GET /api/v1/time-entry-approvals/{approval_id}`: One approval */
  getTimeEntryApproval: OperationHandler<operations['getTimeEntryApproval'], E>;
  /** `POST /api/v1/time-entry-approvals/{approval_id}/approve`: Approve a time entry */
  approveTimeEntry: OperationHandler<operations['approveTimeEntry'], E>;
  /** `POST /api/v1/time-entry-approvals/{approval_id}/reject`: Reject a time entry */
  rejectTimeEntry: OperationHandler<operations['rejectTimeEntry'], E>;
  /** `POST /api/v1/time-entry-approvals/{approval_id}/cancel`: Cancel an approval request */
  cancelTimeEntryApproval: OperationHandler<operations['cancelTimeEntryApproval'], E>;
  /** `POST /api/v1/time-entries/{entry_id}/request-approval`: Request approval of a time entry */
  requestTimeEntryApproval: OperationHandler<operations['requestTimeEntryApproval'], E>;
}

/** The method and path template of every operation, by operationId. */
export const operationRoutes = {
  getInfo: { method: 'GET', path: '/api/v1/info' },
  getHealth: { method: 'GET', path: '/api/v1/health' },
  login: { method: 'POST', path: '/api/v1/auth/login' },
  search: { method: 'GET', path: '/api/v1/search' },
  webSearch: { method: 'GET', path: '/api/search' },
  getLoginPage: { method: 'GET', path: '/login' },
  webLogin: { method: 'POST', path: '/login' },
  checkVersion: { method: 'GET', path: '/api/version/check' },
  dismissVersion: { method: 'POST', path: '/api/version/dismiss' },
  getValueDashboard: { method: 'GET', path: '/api/stats/value-dashboard' },
  getWeekComparison: { method: 'GET', path: '/api/reports/week-comparison' },
  listProjects: { method: 'GET', path: '/api/v1/projects' },
  createProject: { method: 'POST', path: '/api/v1/projects' },
  getProject: { method: 'GET', path: '/api/v1/projects/{project_id}' },
  updateProject: { method: 'PUT', path: '/api/v1/projects/{project_id}' },
  patchProject: { method: 'PATCH', path: '/api/v1/projects/{project_id}' },
  archiveProject: { method: 'DELETE', path: '/api/v1/projects/{project_id}' },
  listFavoriteProjects: { method: 'GET', path: '/api/v1/users/me/favorites/projects' },
  addFavoriteProject: { method: 'POST', path: '/api/v1/users/me/favorites/projects' },
  removeFavoriteProject: { method: 'DELETE', path: '/api/v1/users/me/favorites/projects/{project_id}' },
  listProjectCosts: { method: 'GET', path: '/api/v1/projects/{project_id}/costs' },
  createProjectCost: { method: 'POST', path: '/api/v1/projects/{project_id}/costs' },
  getProjectCost: { method: 'GET', path: '/api/v1/project-costs/{cost_id}' },
  updateProjectCost: { method: 'PUT', path: '/api/v1/project-costs/{cost_id}' },
  patchProjectCost: { method: 'PATCH', path: '/api/v1/project-costs/{cost_id}' },
  deleteProjectCost: { method: 'DELETE', path: '/api/v1/project-costs/{cost_id}' },
  listSavedFilters: { method: 'GET', path: '/api/v1/saved-filters' },
  createSavedFilter: { method: 'POST', path: '/api/v1/saved-filters' },
  getSavedFilter: { method: 'GET', path: '/api/v1/saved-filters/{filter_id}' },
  updateSavedFilter: { method: 'PUT', path: '/api/v1/saved-filters/{filter_id}' },
  patchSavedFilter: { method: 'PATCH', path: '/api/v1/saved-filters/{filter_id}' },
  deleteSavedFilter: { method: 'DELETE', path: '/api/v1/saved-filters/{filter_id}' },
  listComments: { method: 'GET', path: '/api/v1/comments' },
  createComment: { method: 'POST', path: '/api/v1/comments' },
  updateComment: { method: 'PUT', path: '/api/v1/comments/{comment_id}' },
  patchComment: { method: 'PATCH', path: '/api/v1/comments/{comment_id}' },
  deleteComment: { method: 'DELETE', path: '/api/v1/comments/{comment_id}' },
  listBudgetAlerts: { method: 'GET', path: '/api/v1/budget-alerts' },
  createBudgetAlert: { method: 'POST', path: '/api/v1/budget-alerts' },
  acknowledgeBudgetAlert: { method: 'POST', path: '/api/v1/budget-alerts/{alert_id}/ack' },
  listAuditLogs: { method: 'GET', path: '/api/v1/audit-logs' },
  listActivities: { method: 'GET', path: '/api/v1/activities' },
  listTimeEntries: { method: 'GET', path: '/api/v1/time-entries' },
  createTimeEntry: { method: 'POST', path: '/api/v1/time-entries' },
  importTimeEntriesCsv: { method: 'POST', path: '/api/v1/time-entries/import-csv' },
  bulkTimeEntries: { method: 'POST', path: '/api/v1/time-entries/bulk' },
  getTimeEntry: { method: 'GET', path: '/api/v1/time-entries/{entry_id}' },
  updateTimeEntry: { method: 'PUT', path: '/api/v1/time-entries/{entry_id}' },
  patchTimeEntry: { method: 'PATCH', path: '/api/v1/time-entries/{entry_id}' },
  deleteTimeEntry: { method: 'DELETE', path: '/api/v1/time-entries/{entry_id}' },
  getTimerStatus: { method: 'GET', path: '/api/v1/timer/status' },
  startTimer: { method: 'POST', path: '/api/v1/timer/start' },
  stopTimer: { method: 'POST', path: '/api/v1/timer/stop' },
  pauseTimer: { method: 'POST', path: '/api/v1/timer/pause' },
  resumeTimer: { method: 'POST', path: '/api/v1/timer/resume' },
  listTasks: { method: 'GET', path: '/api/v1/tasks' },
  createTask: { method: 'POST', path: '/api/v1/tasks' },
  getTask: { method: 'GET', path: '/api/v1/tasks/{task_id}' },
  updateTask: { method: 'PUT', path: '/api/v1/tasks/{task_id}' },
  patchTask: { method: 'PATCH', path: '/api/v1/tasks/{task_id}' },
  deleteTask: { method: 'DELETE', path: '/api/v1/tasks/{task_id}' },
  listKanbanColumns: { method: 'GET', path: '/api/v1/kanban/columns' },
  createKanbanColumn: { method: 'POST', path: '/api/v1/kanban/columns' },
  reorderKanbanColumns: { method: 'POST', path: '/api/v1/kanban/columns/reorder' },
  updateKanbanColumn: { method: 'PUT', path: '/api/v1/kanban/columns/{column_id}' },
  patchKanbanColumn: { method: 'PATCH', path: '/api/v1/kanban/columns/{column_id}' },
  deleteKanbanColumn: { method: 'DELETE', path: '/api/v1/kanban/columns/{column_id}' },
  listIssues: { method: 'GET', path: '/api/v1/issues' },
  createIssue: { method: 'POST', path: '/api/v1/issues' },
  getIssue: { method: 'GET', path: '/api/v1/issues/{issue_id}' },
  updateIssue: { method: 'PUT', path: '/api/v1/issues/{issue_id}' },
  patchIssue: { method: 'PATCH', path: '/api/v1/issues/{issue_id}' },
  deleteIssue: { method: 'DELETE', path: '/api/v1/issues/{issue_id}' },
  listCalendarEvents: { method: 'GET', path: '/api/v1/calendar/events' },
  createCalendarEvent: { method: 'POST', path: '/api/v1/calendar/events' },
  getCalendarEvent: { method: 'GET', path: '/api/v1/calendar/events/{event_id}' },
  updateCalendarEvent: { method: 'PUT', path: '/api/v1/calendar/events/{event_id}' },
  patchCalendarEvent: { method: 'PATCH', path: '/api/v1/calendar/events/{event_id}' },
  deleteCalendarEvent: { method: 'DELETE', path: '/api/v1/calendar/events/{event_id}' },
  listClients: { method: 'GET', path: '/api/v1/clients' },
  createClient: { method: 'POST', path: '/api/v1/clients' },
  getClient: { method: 'GET', path: '/api/v1/clients/{client_id}' },
  updateClient: { method: 'PUT', path: '/api/v1/clients/{client_id}' },
  deleteClient: { method: 'DELETE', path: '/api/v1/clients/{client_id}' },
  createClientUnbilledInvoice: { method: 'POST', path: '/api/v1/clients/{client_id}/invoice-unbilled' },
  listClientNotes: { method: 'GET', path: '/api/v1/clients/{client_id}/notes' },
  createClientNote: { method: 'POST', path: '/api/v1/clients/{client_id}/notes' },
  getClientNote: { method: 'GET', path: '/api/v1/client-notes/{note_id}' },
  updateClientNote: { method: 'PUT', path: '/api/v1/client-notes/{note_id}' },
  patchClientNote: { method: 'PATCH', path: '/api/v1/client-notes/{note_id}' },
  deleteClientNote: { method: 'DELETE', path: '/api/v1/client-notes/{note_id}' },
  listClientContacts: { method: 'GET', path: '/api/v1/clients/{client_id}/contacts' },
  createContact: { method: 'POST', path: '/api/v1/clients/{client_id}/contacts' },
  getContact: { method: 'GET', path: '/api/v1/contacts/{contact_id}' },
  updateContact: { method: 'PUT', path: '/api/v1/contacts/{contact_id}' },
  patchContact: { method: 'PATCH', path: '/api/v1/contacts/{contact_id}' },
  deleteContact: { method: 'DELETE', path: '/api/v1/contacts/{contact_id}' },
  listDeals: { method: 'GET', path: '/api/v1/deals' },
  createDeal: { method: 'POST', path: '/api/v1/deals' },
  getDeal: { method: 'GET', path: '/api/v1/deals/{deal_id}' },
  updateDeal: { method: 'PUT', path: '/api/v1/deals/{deal_id}' },
  patchDeal: { method: 'PATCH', path: '/api/v1/deals/{deal_id}' },
  deleteDeal: { method: 'DELETE', path: '/api/v1/deals/{deal_id}' },
  listLeads: { method: 'GET', path: '/api/v1/leads' },
  createLead: { method: 'POST', path: '/api/v1/leads' },
  getLead: { method: 'GET', path: '/api/v1/leads/{lead_id}' },
  updateLead: { method: 'PUT', path: '/api/v1/leads/{lead_id}' },
  patchLead: { method: 'PATCH', path: '/api/v1/leads/{lead_id}' },
  deleteLead: { method: 'DELETE', path: '/api/v1/leads/{lead_id}' },
  listQuotes: { method: 'GET', path: '/api/v1/quotes' },
  createQuote: { method: 'POST', path: '/api/v1/quotes' },
  getQuote: { method: 'GET', path: '/api/v1/quotes/{quote_id}' },
  updateQuote: { method: 'PUT', path: '/api/v1/quotes/{quote_id}' },
  patchQuote: { method: 'PATCH', path: '/api/v1/quotes/{quote_id}' },
  deleteQuote: { method: 'DELETE', path: '/api/v1/quotes/{quote_id}' },
  listTaxRules: { method: 'GET', path: '/api/v1/tax-rules' },
  createTaxRule: { method: 'POST', path: '/api/v1/tax-rules' },
  updateTaxRule: { method: 'PUT', path: '/api/v1/tax-rules/{rule_id}' },
  patchTaxRule: { method: 'PATCH', path: '/api/v1/tax-rules/{rule_id}' },
  deleteTaxRule: { method: 'DELETE', path: '/api/v1/tax-rules/{rule_id}' },
  listCurrencies: { method: 'GET', path: '/api/v1/currencies' },
  createCurrency: { method: 'POST', path: '/api/v1/currencies' },
  updateCurrency: { method: 'PUT', path: '/api/v1/currencies/{code}' },
  patchCurrency: { method: 'PATCH', path: '/api/v1/currencies/{code}' },
  listExchangeRates: { method: 'GET', path: '/api/v1/exchange-rates' },
  createExchangeRate: { method: 'POST', path: '/api/v1/exchange-rates' },
  updateExchangeRate: { method: 'PUT', path: '/api/v1/exchange-rates/{rate_id}' },
  patchExchangeRate: { method: 'PATCH', path: '/api/v1/exchange-rates/{rate_id}' },
  listInvoicePdfTemplates: { method: 'GET', path: '/api/v1/invoice-pdf-templates' },
  getInvoicePdfTemplate: { method: 'GET', path: '/api/v1/invoice-pdf-templates/{page_size}' },
  listInvoiceTemplates: { method: 'GET', path: '/api/v1/invoice-templates' },
  createInvoiceTemplate: { method: 'POST', path: '/api/v1/invoice-templates' },
  getInvoiceTemplate: { method: 'GET', path: '/api/v1/invoice-templates/{template_id}' },
  updateInvoiceTemplate: { method: 'PUT', path: '/api/v1/invoice-templates/{template_id}' },
  patchInvoiceTemplate: { method: 'PATCH', path: '/api/v1/invoice-templates/{template_id}' },
  deleteInvoiceTemplate: { method: 'DELETE', path: '/api/v1/invoice-templates/{template_id}' },
  listTransfers: { method: 'GET', path: '/api/v1/inventory/transfers' },
  createTransfer: { method: 'POST', path: '/api/v1/inventory/transfers' },
  getTransfer: { method: 'GET', path: '/api/v1/inventory/transfers/{reference_id}' },
  getValuationReport: { method: 'GET', path: '/api/v1/inventory/reports/valuation' },
  getMovementHistoryReport: { method: 'GET', path: '/api/v1/inventory/reports/movement-history' },
  getTurnoverReport: { method: 'GET', path: '/api/v1/inventory/reports/turnover' },
  getLowStockReport: { method: 'GET', path: '/api/v1/inventory/reports/low-stock' },
  listStockItems: { method: 'GET', path: '/api/v1/inventory/items' },
  createStockItem: { method: 'POST', path: '/api/v1/inventory/items' },
  getStockItem: { method: 'GET', path: '/api/v1/inventory/items/{item_id}' },
  updateStockItem: { method: 'PUT', path: '/api/v1/inventory/items/{item_id}' },
  patchStockItem: { method: 'PATCH', path: '/api/v1/inventory/items/{item_id}' },
  deleteStockItem: { method: 'DELETE', path: '/api/v1/inventory/items/{item_id}' },
  getStockItemAvailability: { method: 'GET', path: '/api/v1/inventory/items/{item_id}/availability' },
  listWarehouses: { method: 'GET', path: '/api/v1/inventory/warehouses' },
  listStockLevels: { method: 'GET', path: '/api/v1/inventory/stock-levels' },
  createStockMovement: { method: 'POST', path: '/api/v1/inventory/movements' },
  listSuppliers: { method: 'GET', path: '/api/v1/inventory/suppliers' },
  createSupplier: { method: 'POST', path: '/api/v1/inventory/suppliers' },
  getSupplier: { method: 'GET', path: '/api/v1/inventory/suppliers/{supplier_id}' },
  updateSupplier: { method: 'PUT', path: '/api/v1/inventory/suppliers/{supplier_id}' },
  patchSupplier: { method: 'PATCH', path: '/api/v1/inventory/suppliers/{supplier_id}' },
  deleteSupplier: { method: 'DELETE', path: '/api/v1/inventory/suppliers/{supplier_id}' },
  listSupplierStockItems: { method: 'GET', path: '/api/v1/inventory/suppliers/{supplier_id}/stock-items' },
  listPurchaseOrders: { method: 'GET', path: '/api/v1/inventory/purchase-orders' },
  createPurchaseOrder: { method: 'POST', path: '/api/v1/inventory/purchase-orders' },
  getPurchaseOrder: { method: 'GET', path: '/api/v1/inventory/purchase-orders/{po_id}' },
  updatePurchaseOrder: { method: 'PUT', path: '/api/v1/inventory/purchase-orders/{po_id}' },
  patchPurchaseOrder: { method: 'PATCH', path: '/api/v1/inventory/purchase-orders/{po_id}' },
  deletePurchaseOrder: { method: 'DELETE', path: '/api/v1/inventory/purchase-orders/{po_id}' },
  receivePurchaseOrder: { method: 'POST', path: '/api/v1/inventory/purchase-orders/{po_id}/receive' },
  getSummaryReport: { method: 'GET', path: '/api/v1/reports/summary' },
  getCapacityReport: { method: 'GET', path: '/api/v1/reports/capacity' },
  getLockedPeriodsReport: { method: 'GET', path: '/api/v1/reports/compliance/locked-periods' },
  getComplianceAuditEvents: { method: 'GET', path: '/api/v1/reports/compliance/audit-events' },
  getBelgiumAttendanceReport: { method: 'GET', path: '/api/v1/reports/compliance/belgium-attendance' },
  exportPayroll: { method: 'GET', path: '/api/v1/exports/payroll' },
  getCurrentUser: { method: 'GET', path: '/api/v1/users/me' },
  listUsers: { method: 'GET', path: '/api/v1/users' },
  getAiContextPreview: { method: 'GET', path: '/api/v1/ai/context-preview' },
  postAiChat: { method: 'POST', path: '/api/v1/ai/chat' },
  confirmAiAction: { method: 'POST', path: '/api/v1/ai/actions/confirm' },
  getAttendanceStatus: { method: 'GET', path: '/api/v1/attendance/status' },
  getWorkdayStatus: { method: 'GET', path: '/api/v1/workday/status' },
  startWorkday: { method: 'POST', path: '/api/v1/workday/start' },
  endWorkday: { method: 'POST', path: '/api/v1/workday/end' },
  startBreak: { method: 'POST', path: '/api/v1/attendance/break/start' },
  endBreak: { method: 'POST', path: '/api/v1/attendance/break/end' },
  getAttendanceHistory: { method: 'GET', path: '/api/v1/attendance/history' },
  createAttendanceCorrection: { method: 'POST', path: '/api/v1/attendance/corrections' },
  getRateLimitStatus: { method: 'GET', path: '/account/rate_limit_status' },
  listTimeEntryTemplates: { method: 'GET', path: '/api/v1/time-entry-templates' },
  createTimeEntryTemplate: { method: 'POST', path: '/api/v1/time-entry-templates' },
  getTimeEntryTemplate: { method: 'GET', path: '/api/v1/time-entry-templates/{template_id}' },
  updateTimeEntryTemplate: { method: 'PUT', path: '/api/v1/time-entry-templates/{template_id}' },
  patchTimeEntryTemplate: { method: 'PATCH', path: '/api/v1/time-entry-templates/{template_id}' },
  deleteTimeEntryTemplate: { method: 'DELETE', path: '/api/v1/time-entry-templates/{template_id}' },
  listWebhooks: { method: 'GET', path: '/api/v1/webhooks' },
  createWebhook: { method: 'POST', path: '/api/v1/webhooks' },
  listWebhookEvents: { method: 'GET', path: '/api/v1/webhooks/events' },
  getWebhook: { method: 'GET', path: '/api/v1/webhooks/{webhook_id}' },
  updateWebhook: { method: 'PUT', path: '/api/v1/webhooks/{webhook_id}' },
  patchWebhook: { method: 'PATCH', path: '/api/v1/webhooks/{webhook_id}' },
  deleteWebhook: { method: 'DELETE', path: '/api/v1/webhooks/{webhook_id}' },
  listWebhookDeliveries: { method: 'GET', path: '/api/v1/webhooks/{webhook_id}/deliveries' },
  listInvoices: { method: 'GET', path: '/api/v1/invoices' },
  createInvoice: { method: 'POST', path: '/api/v1/invoices' },
  getInvoice: { method: 'GET', path: '/api/v1/invoices/{invoice_id}' },
  updateInvoice: { method: 'PUT', path: '/api/v1/invoices/{invoice_id}' },
  patchInvoice: { method: 'PATCH', path: '/api/v1/invoices/{invoice_id}' },
  cancelInvoice: { method: 'DELETE', path: '/api/v1/invoices/{invoice_id}' },
  createInvoiceFromTimeEntries: { method: 'POST', path: '/api/v1/invoices/from-time-entries' },
  generateInvoiceItems: { method: 'POST', path: '/api/v1/invoices/{invoice_id}/generate-from-time' },
  replaceInvoiceItems: { method: 'PUT', path: '/api/v1/invoices/{invoice_id}/items' },
  getInvoicePdf: { method: 'GET', path: '/api/v1/invoices/{invoice_id}/pdf' },
  requestInvoiceApproval: { method: 'POST', path: '/api/v1/invoices/{invoice_id}/request-approval' },
  listInvoiceApprovals: { method: 'GET', path: '/api/v1/invoice-approvals' },
  getInvoiceApproval: { method: 'GET', path: '/api/v1/invoice-approvals/{approval_id}' },
  approveInvoiceApproval: { method: 'POST', path: '/api/v1/invoice-approvals/{approval_id}/approve' },
  rejectInvoiceApproval: { method: 'POST', path: '/api/v1/invoice-approvals/{approval_id}/reject' },
  listCreditNotes: { method: 'GET', path: '/api/v1/credit-notes' },
  createCreditNote: { method: 'POST', path: '/api/v1/credit-notes' },
  getCreditNote: { method: 'GET', path: '/api/v1/credit-notes/{credit_note_id}' },
  updateCreditNote: { method: 'PUT', path: '/api/v1/credit-notes/{credit_note_id}' },
  patchCreditNote: { method: 'PATCH', path: '/api/v1/credit-notes/{credit_note_id}' },
  deleteCreditNote: { method: 'DELETE', path: '/api/v1/credit-notes/{credit_note_id}' },
  listRecurringInvoices: { method: 'GET', path: '/api/v1/recurring-invoices' },
  createRecurringInvoice: { method: 'POST', path: '/api/v1/recurring-invoices' },
  getRecurringInvoice: { method: 'GET', path: '/api/v1/recurring-invoices/{recurring_invoice_id}' },
  updateRecurringInvoice: { method: 'PUT', path: '/api/v1/recurring-invoices/{recurring_invoice_id}' },
  patchRecurringInvoice: { method: 'PATCH', path: '/api/v1/recurring-invoices/{recurring_invoice_id}' },
  deactivateRecurringInvoice: { method: 'DELETE', path: '/api/v1/recurring-invoices/{recurring_invoice_id}' },
  generateRecurringInvoice: { method: 'POST', path: '/api/v1/recurring-invoices/{recurring_invoice_id}/generate' },
  listPayments: { method: 'GET', path: '/api/v1/payments' },
  createPayment: { method: 'POST', path: '/api/v1/payments' },
  getPayment: { method: 'GET', path: '/api/v1/payments/{payment_id}' },
  updatePayment: { method: 'PUT', path: '/api/v1/payments/{payment_id}' },
  patchPayment: { method: 'PATCH', path: '/api/v1/payments/{payment_id}' },
  deletePayment: { method: 'DELETE', path: '/api/v1/payments/{payment_id}' },
  listExpenses: { method: 'GET', path: '/api/v1/expenses' },
  createExpense: { method: 'POST', path: '/api/v1/expenses' },
  getExpense: { method: 'GET', path: '/api/v1/expenses/{expense_id}' },
  updateExpense: { method: 'PUT', path: '/api/v1/expenses/{expense_id}' },
  patchExpense: { method: 'PATCH', path: '/api/v1/expenses/{expense_id}' },
  deleteExpense: { method: 'DELETE', path: '/api/v1/expenses/{expense_id}' },
  listMileage: { method: 'GET', path: '/api/v1/mileage' },
  createMileage: { method: 'POST', path: '/api/v1/mileage' },
  getMileage: { method: 'GET', path: '/api/v1/mileage/{mileage_id}' },
  updateMileage: { method: 'PUT', path: '/api/v1/mileage/{mileage_id}' },
  patchMileage: { method: 'PATCH', path: '/api/v1/mileage/{mileage_id}' },
  deleteMileage: { method: 'DELETE', path: '/api/v1/mileage/{mileage_id}' },
  listGpsTracks: { method: 'GET', path: '/api/v1/mileage/gps' },
  startGpsTrack: { method: 'POST', path: '/api/v1/mileage/gps/start' },
  addGpsTrackPoint: { method: 'POST', path: '/api/v1/mileage/gps/{track_id}/point' },
  stopGpsTrack: { method: 'POST', path: '/api/v1/mileage/gps/{track_id}/stop' },
  createGpsTrackExpense: { method: 'POST', path: '/api/v1/mileage/gps/{track_id}/expense' },
  listPerDiems: { method: 'GET', path: '/api/v1/per-diems' },
  createPerDiem: { method: 'POST', path: '/api/v1/per-diems' },
  getPerDiem: { method: 'GET', path: '/api/v1/per-diems/{per_diem_id}' },
  updatePerDiem: { method: 'PUT', path: '/api/v1/per-diems/{per_diem_id}' },
  patchPerDiem: { method: 'PATCH', path: '/api/v1/per-diems/{per_diem_id}' },
  deletePerDiem: { method: 'DELETE', path: '/api/v1/per-diems/{per_diem_id}' },
  listPerDiemRates: { method: 'GET', path: '/api/v1/per-diem-rates' },
  createPerDiemRate: { method: 'POST', path: '/api/v1/per-diem-rates' },
  listTimesheetPeriods: { method: 'GET', path: '/api/v1/timesheet-periods' },
  createTimesheetPeriod: { method: 'POST', path: '/api/v1/timesheet-periods' },
  submitTimesheetPeriod: { method: 'POST', path: '/api/v1/timesheet-periods/{period_id}/submit' },
  approveTimesheetPeriod: { method: 'POST', path: '/api/v1/timesheet-periods/{period_id}/approve' },
  rejectTimesheetPeriod: { method: 'POST', path: '/api/v1/timesheet-periods/{period_id}/reject' },
  closeTimesheetPeriod: { method: 'POST', path: '/api/v1/timesheet-periods/{period_id}/close' },
  deleteTimesheetPeriod: { method: 'DELETE', path: '/api/v1/timesheet-periods/{period_id}' },
  getTimesheetPolicy: { method: 'GET', path: '/api/v1/timesheet-policy' },
  updateTimesheetPolicy: { method: 'PUT', path: '/api/v1/timesheet-policy' },
  patchTimesheetPolicy: { method: 'PATCH', path: '/api/v1/timesheet-policy' },
  listLeaveTypes: { method: 'GET', path: '/api/v1/time-off/leave-types' },
  createLeaveType: { method: 'POST', path: '/api/v1/time-off/leave-types' },
  deleteLeaveType: { method: 'DELETE', path: '/api/v1/time-off/leave-types/{leave_type_id}' },
  listTimeOffRequests: { method: 'GET', path: '/api/v1/time-off/requests' },
  createTimeOffRequest: { method: 'POST', path: '/api/v1/time-off/requests' },
  approveTimeOffRequest: { method: 'POST', path: '/api/v1/time-off/requests/{request_id}/approve' },
  rejectTimeOffRequest: { method: 'POST', path: '/api/v1/time-off/requests/{request_id}/reject' },
  deleteTimeOffRequest: { method: 'DELETE', path: '/api/v1/time-off/requests/{request_id}' },
  getTimeOffRequestPdf: { method: 'GET', path: '/api/v1/time-off/requests/{request_id}/pdf' },
  getTimeOffBalances: { method: 'GET', path: '/api/v1/time-off/balances' },
  listHolidays: { method: 'GET', path: '/api/v1/time-off/holidays' },
  createHoliday: { method: 'POST', path: '/api/v1/time-off/holidays' },
  deleteHoliday: { method: 'DELETE', path: '/api/v1/time-off/holidays/{holiday_id}' },
  listTimeEntryApprovals: { method: 'GET', path: '/api/v1/time-entry-approvals' },
  bulkApproveTimeEntries: { method: 'POST', path: '/api/v1/time-entry-approvals/bulk-approve' },
  getTimeEntryApproval: { method: 'GET', path: '/api/v1/time-entry-approvals/{approval_id}' },
  approveTimeEntry: { method: 'POST', path: '/api/v1/time-entry-approvals/{approval_id}/approve' },
  rejectTimeEntry: { method: 'POST', path: '/api/v1/time-entry-approvals/{approval_id}/reject' },
  cancelTimeEntryApproval: { method: 'POST', path: '/api/v1/time-entry-approvals/{approval_id}/cancel' },
  requestTimeEntryApproval: { method: 'POST', path: '/api/v1/time-entries/{entry_id}/request-approval' },
} as const;

export type OperationId = keyof typeof operationRoutes;
