/**
 * Every TimeTracker operation's handler, by operationId: one explicit table
 * that `satisfies` the contract generated from openapi.yaml
 * (src/generated/timetracker/handlers.ts). An operation of the spec without
 * a handler here, or a handler whose parameters, body or result do not
 * match the spec, is a compile error.
 */
import type { TimeTrackerHandlers } from '../../apis/timetracker/env.js';
import { attendance } from './attendance.js';
import { clients } from './clients.js';
import { expenses } from './expenses.js';
import { favorites } from './favorites.js';
import { inventory } from './inventory.js';
import { inventoryItems } from './inventory-items.js';
import { purchaseOrders } from './purchase-orders.js';
import { suppliers } from './suppliers.js';
import { warehouses } from './warehouses.js';
import { mileage } from './mileage.js';
import { mileageGps } from './mileage-gps.js';
import { ai } from './ai.js';
import { perDiems } from './per-diems.js';
import { projects } from './projects.js';
import { quotes } from './quotes.js';
import { rateLimit } from './rate-limit.js';
import { reports } from './reports.js';
import { search } from './search.js';
import { system } from './system.js';
import { tasks } from './tasks.js';
import { templates } from './templates.js';
import { timeEntries } from './time-entries.js';
import { timer } from './timer.js';
import { users } from './users.js';
import { web } from './web.js';
import { invoices } from './invoices.js';
import { creditNotes } from './credit-notes.js';
import { documents } from './documents.js';
import { invoiceApprovals } from './invoice-approvals.js';
import { recurringInvoices } from './recurring-invoices.js';
import { webhooks } from './webhooks.js';
import { workforce } from './workforce.js';
import { kanbanColumns } from './kanban-columns.js';
import { issues } from './issues.js';
import { calendarEvents } from './calendar-events.js';
import { clientNotes } from './client-notes.js';
import { contacts } from './contacts.js';
import { deals } from './deals.js';
import { leads } from './leads.js';
import { taxRules } from './tax-rules.js';
import { currencies } from './currencies.js';
import { invoiceTemplates } from './invoice-templates.js';
import { timeApprovals } from './time-approvals.js';
import { complianceReports } from './compliance-reports.js';
import { projectCosts } from './project-costs.js';
import { savedFilters } from './saved-filters.js';
import { comments } from './comments.js';
import { budgetAlerts } from './budget-alerts.js';
import { activities } from './activities.js';

export const handlers = {
  ...system,
  ...search,
  ...web,
  ...projects,
  ...favorites,
  ...timeEntries,
  ...timer,
  ...tasks,
  ...clients,
  ...quotes,
  ...inventory,
  ...reports,
  ...users,
  ...attendance,
  ...rateLimit,
  ...webhooks,
  ...invoices,
  ...documents,
  ...invoiceApprovals,
  ...creditNotes,
  ...recurringInvoices,
  ...workforce,
  ...templates,
  ...kanbanColumns,
  ...issues,
  ...calendarEvents,
  ...clientNotes,
  ...contacts,
  ...deals,
  ...leads,
  ...taxRules,
  ...currencies,
  ...invoiceTemplates,
  ...timeApprovals,
  ...complianceReports,
  ...inventoryItems,
  ...warehouses,
  ...suppliers,
  ...purchaseOrders,
  ...projectCosts,
  ...savedFilters,
  ...comments,
  ...budgetAlerts,
  ...activities,
  ...expenses,
  ...mileage,
  ...mileageGps,
  ...ai,
  ...perDiems,
} satisfies TimeTrackerHandlers;
