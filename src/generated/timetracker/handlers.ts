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
  /** `GET /api/v1/reports/summary`: Hours summary over a period */
  getSummaryReport: OperationHandler<operations['getSummaryReport'], E>;
  /** `GET /api/v1/users/me`: The authenticated user */
  getCurrentUser: OperationHandler<operations['getCurrentUser'], E>;
  /** `GET /api/v1/users`: List active users (administrators) */
  listUsers: OperationHandler<operations['listUsers'], E>;
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
  /** `GET /api/v1/time-off/balances`: Leave balances */
  getTimeOffBalances: OperationHandler<operations['getTimeOffBalances'], E>;
  /** `GET /api/v1/time-off/holidays`: List holidays */
  listHolidays: OperationHandler<operations['listHolidays'], E>;
  /** `POST /api/v1/time-off/holidays`: Create a holiday */
  createHoliday: OperationHandler<operations['createHoliday'], E>;
  /** `DELETE /api/v1/time-off/holidays/{holiday_id}`: Delete a holiday */
  deleteHoliday: OperationHandler<operations['deleteHoliday'], E>;
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
  listClients: { method: 'GET', path: '/api/v1/clients' },
  createClient: { method: 'POST', path: '/api/v1/clients' },
  getClient: { method: 'GET', path: '/api/v1/clients/{client_id}' },
  updateClient: { method: 'PUT', path: '/api/v1/clients/{client_id}' },
  deleteClient: { method: 'DELETE', path: '/api/v1/clients/{client_id}' },
  listQuotes: { method: 'GET', path: '/api/v1/quotes' },
  createQuote: { method: 'POST', path: '/api/v1/quotes' },
  getQuote: { method: 'GET', path: '/api/v1/quotes/{quote_id}' },
  updateQuote: { method: 'PUT', path: '/api/v1/quotes/{quote_id}' },
  patchQuote: { method: 'PATCH', path: '/api/v1/quotes/{quote_id}' },
  deleteQuote: { method: 'DELETE', path: '/api/v1/quotes/{quote_id}' },
  listTransfers: { method: 'GET', path: '/api/v1/inventory/transfers' },
  createTransfer: { method: 'POST', path: '/api/v1/inventory/transfers' },
  getTransfer: { method: 'GET', path: '/api/v1/inventory/transfers/{reference_id}' },
  getValuationReport: { method: 'GET', path: '/api/v1/inventory/reports/valuation' },
  getMovementHistoryReport: { method: 'GET', path: '/api/v1/inventory/reports/movement-history' },
  getTurnoverReport: { method: 'GET', path: '/api/v1/inventory/reports/turnover' },
  getLowStockReport: { method: 'GET', path: '/api/v1/inventory/reports/low-stock' },
  getSummaryReport: { method: 'GET', path: '/api/v1/reports/summary' },
  getCurrentUser: { method: 'GET', path: '/api/v1/users/me' },
  listUsers: { method: 'GET', path: '/api/v1/users' },
  getAttendanceStatus: { method: 'GET', path: '/api/v1/attendance/status' },
  getWorkdayStatus: { method: 'GET', path: '/api/v1/workday/status' },
  startWorkday: { method: 'POST', path: '/api/v1/workday/start' },
  endWorkday: { method: 'POST', path: '/api/v1/workday/end' },
  startBreak: { method: 'POST', path: '/api/v1/attendance/break/start' },
  endBreak: { method: 'POST', path: '/api/v1/attendance/break/end' },
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
  getTimeOffBalances: { method: 'GET', path: '/api/v1/time-off/balances' },
  listHolidays: { method: 'GET', path: '/api/v1/time-off/holidays' },
  createHoliday: { method: 'POST', path: '/api/v1/time-off/holidays' },
  deleteHoliday: { method: 'DELETE', path: '/api/v1/time-off/holidays/{holiday_id}' },
} as const;

export type OperationId = keyof typeof operationRoutes;
