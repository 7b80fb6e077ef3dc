/**
 * TimeTracker's behaviour profiles (`--profile NAME`), and the one table of
 * the real server's known deviations from its documentation.
 *
 * - `documented` (the default): the documented contract (openapi.yaml).
 * - `timetracker-5.10`: the real server, release 5.10.0, with every switch of
 *   `SWITCHES` on. Each switch is one deviation, reproduced where its
 *   behaviour lives (handlers, auth, error body, or the engine's throttle and
 *   query behaviour), with its source in ../shared/reference/ and what the
 *   contract suites report when they meet it (`findings`: the check, and
 *   whether it is a deviation from the documentation or a warning about a
 *   stricter or observed expectation).
 *
 * This table is the source of the README's profile table (`npm run gen`
 * writes it) and of test/contract/profile.test.ts, which runs the suites
 * against the mock in this profile and requires exactly these findings.
 */
import type { ProfileDef } from '../../core/profile.js';

/** What the contract suites report for one switch: `<operationId or flow> › <check>` and its kind. */
export interface Finding {
  id: string;
  check: string;
  kind: 'deviation' | 'warning';
}

export interface SwitchDef {
  /** What the real server does (against what the documentation says). */
  what: string;
  /** Where that is established: a file of ../shared/reference/ and its section. */
  source: string;
  findings: readonly Finding[];
}

const d = (id: string, check: string): Finding => ({ id, check, kind: 'deviation' });
const w = (id: string, check: string): Finding => ({ id, check, kind: 'warning' });
const neg = (rule: string) => `negative_data_rejection (${rule})`;
const UNKNOWN_ID = neg('unknown id: 404');

/** The real server's known deviations, one switch each. */
export const SWITCHES = {
  'fixed-rate-windows': {
    what: 'Counts the per-token limit in fixed clock-minute and clock-hour buckets, a rejected request included (documented: sliding windows); `Retry-After` runs to the end of the bucket.',
    source: 'timetracker-v1.md §1.4',
    findings: [d('flow:rate-limit', 'sliding_window')],
  },
  'no-rate-limit-headers': {
    what: 'Sends no `X-RateLimit-Limit/Remaining/Reset` headers at all (documented on every response), only `Retry-After` on a 429.',
    source: 'timetracker-v1.md §1.4',
    findings: [d('flow:rate-limit', 'rate_limit_headers')],
  },
  'integer-error-codes': {
    what: 'Generic HTTP errors (405, 413, 415) carry the integer status as `error_code` (documented: a string such as `validation_error`) and `success: false`.',
    source: 'timetracker-v1.md §1.5 (shape E)',
    findings: [d('createProject', neg('body not JSON'))],
  },
  'no-client-update-delete': {
    what: 'Has no `PUT`/`DELETE /clients/{id}` (405); the documentation has no such operations either, this spec adds them.',
    source: 'timetracker-v1.md §8.2',
    findings: [
      w('updateClient', 'status_code_conformance'),
      w('updateClient', 'response_schema_conformance'),
      w('updateClient', UNKNOWN_ID),
      w('updateClient', 'ignored_auth'),
      w('updateClient', 'missing_scope'),
      w('deleteClient', 'status_code_conformance'),
      w('deleteClient', 'response_schema_conformance'),
      w('deleteClient', UNKNOWN_ID),
      w('deleteClient', 'ignored_auth'),
      w('deleteClient', 'missing_scope'),
    ],
  },
  'generic-400s': {
    what: 'A time entry without `project_id` answers 400 `error_code: "error"` "Either project or client must be selected", without field `errors` (documented: a validation error naming `project_id`).',
    source: 'timetracker-v1.md §5.4',
    findings: [d('createTimeEntry', neg('body.project_id required'))],
  },
  'bare-error-bodies': {
    what: 'Errors of the quotes, favourites, login and CSV import routes are bare `{"error": "..."}` bodies, without `message` (documented on every error).',
    source: 'timetracker-v1.md §1.5 (shapes C, F), §2.3, §5.7, §9; timetracker-v1-more.md §1',
    findings: [
      d('login', neg('wrong password: 401')),
      d('importTimeEntriesCsv', neg('empty CSV: 400')),
      d('addFavoriteProject', neg('body.project_id required')),
      d('removeFavoriteProject', UNKNOWN_ID),
      d('createQuote', neg('body.client_id required')),
      d('getQuote', UNKNOWN_ID),
      d('updateQuote', UNKNOWN_ID),
      d('patchQuote', UNKNOWN_ID),
      d('deleteQuote', UNKNOWN_ID),
    ],
  },
  'unknown-id-400': {
    what: 'An unknown id on PUT/PATCH of projects, tasks, time entries and quotes, and on DELETE of a time entry, answers 400 "... not found" (documented: 404).',
    source: 'timetracker-v1.md §4.2, §5.5, §5.6, §7.2, §9.2',
    findings: [
      d('updateProject', UNKNOWN_ID),
      d('patchProject', UNKNOWN_ID),
      d('updateTimeEntry', UNKNOWN_ID),
      d('patchTimeEntry', UNKNOWN_ID),
      d('deleteTimeEntry', UNKNOWN_ID),
      d('updateTask', UNKNOWN_ID),
      d('patchTask', UNKNOWN_ID),
      d('updateQuote', UNKNOWN_ID),
      d('patchQuote', UNKNOWN_ID),
    ],
  },
  'client-company-discarded': {
    what: 'Accepts the documented `company` of a client and discards it (the client has no such field).',
    source: 'timetracker-v1.md §8.1, §8.2',
    findings: [d('createClient', 'documented_input (company)')],
  },
  'project-status-rejected': {
    what: '`POST /projects` with the documented `status` answers 400 `validation_error` "Unknown field." (the create schema lacks it).',
    source: 'timetracker-v1.md §4.3',
    findings: [d('createProject', 'documented_input (status)')],
  },
  'time-entry-task-rejected': {
    what: '`POST /time-entries` with any `task_id` answers 400 "task_id can only be set when project_id is provided", `project_id` sent or not (a validator bug).',
    source: 'timetracker-v1.md §5.4',
    findings: [d('createTimeEntry', 'documented_input (task_id)')],
  },
  'no-running-entry-on-create': {
    what: '`POST /time-entries` without `end_time` answers 400 "End time must be after start time" (documented: it creates an active timer).',
    source: 'timetracker-v1.md §5.4',
    findings: [d('createTimeEntry', 'documented_input (no end_time: an active timer)')],
  },
  'task-status-ignored': {
    what: '`POST /tasks` ignores the documented `status`: every new task starts `todo`.',
    source: 'timetracker-v1.md §7.2',
    findings: [d('createTask', 'documented_input (status)')],
  },
  'get-client-500': {
    what: '`GET /clients/{id}` answers 500 for every id (a server bug: it `joinedload`s a dynamic relationship).',
    source: 'timetracker-v1.md §1.5 (an unhandled exception is a 500 `internal_error`); observed on 5.10.0 (issue 13)',
    findings: [d('getClient', 'status_code_conformance'), d('getClient', 'response_schema_conformance'), d('getClient', UNKNOWN_ID)],
  },
  'list-users-500-on-bad-page': {
    what: '`GET /users?page=not-a-number` answers 500 (a server bug: its `paginate_query` `int()`s the raw value).',
    source: 'timetracker-v1-more.md §1 (`paginate_query`: non-integer page → 500 [bug]); observed on 5.10.0 (issue 13)',
    findings: [d('listUsers', neg('query.page not an integer'))],
  },
  'malformed-query-ignored': {
    what: 'A malformed filter or page value (`client_id=x`, `date_from=not-a-date`, `page=x`) is ignored and the list answered unfiltered (this spec refuses it with 400; the documentation does not say).',
    source: 'timetracker-v1.md §1.1, §1.6',
    findings: [
      w('listProjects', neg('query.client_id not an integer')),
      w('listTimeEntries', neg('query.project_id not an integer')),
      w('listTasks', neg('query.project_id not an integer')),
      w('listClients', neg('query.page not an integer')),
      w('listQuotes', neg('query.client_id not an integer')),
      w('listTransfers', neg('query.date_from not a date')),
      w('getValuationReport', neg('query.currency_code not a currency')),
      w('getMovementHistoryReport', neg('query.stock_item_id not an integer')),
      w('getTurnoverReport', neg('query.item_id not an integer')),
      w('getLowStockReport', neg('query.warehouse_id not an integer')),
      w('getSummaryReport', neg('query.project_id not an integer')),
      // The routes beyond the documentation (timetracker-v1-more.md §1: int with fallback, exact-match filters, `true`/other booleans).
      w('listWebhooks', neg('query.is_active not a boolean')),
      w('listInvoices', neg('query.status not in the enum')),
      w('listPayments', neg('query.invoice_id not an integer')),
      w('listTimesheetPeriods', neg('query.status not in the enum')),
      w('listLeaveTypes', neg('query.enabled_only not a boolean')),
      w('listTimeOffRequests', neg('query.start_date not a date')),
      w('getTimeOffBalances', neg('query.user_id not an integer')),
      w('listHolidays', neg('query.end_date not a date')),
      w('listTimeEntryTemplates', neg('query.page not an integer')),
      w('listKanbanColumns', neg('query.project_id not an integer')),
      w('listIssues', neg('query.project_id not an integer')),
      w('listCalendarEvents', neg('query.start not a date or datetime')),
      w('listClientNotes', neg('query.page not an integer')),
      w('listDeals', neg('query.page not an integer')),
      w('listLeads', neg('query.page not an integer')),
      w('listExchangeRates', neg('query.date not a date')),
      w('getLockedPeriodsReport', neg('query.start_date not a date')),
      w('getComplianceAuditEvents', neg('query.user_id not an integer')),
      // `days` below 1 counts as 1 (`max(1, days)`).
      w('getAttendanceHistory', neg('query.days minimum 1')),
      w('listStockItems', neg('query.active_only not a boolean')),
      w('listWarehouses', neg('query.active_only not a boolean')),
      w('listStockLevels', neg('query.warehouse_id not an integer')),
      w('listSuppliers', neg('query.active_only not a boolean')),
      w('listPurchaseOrders', neg('query.status not in the enum')),
      w('listProjectCosts', neg('query.start_date not a date')),
      w('listSavedFilters', neg('query.page not an integer')),
      w('listBudgetAlerts', neg('query.project_id not an integer')),
      w('listAuditLogs', neg('query.limit not an integer')),
      w('listActivities', neg('query.user_id not an integer')),
      w('listCreditNotes', neg('query.invoice_id not an integer')),
      w('listRecurringInvoices', neg('query.client_id not an integer')),
      w('listExpenses', neg('query.status not in the enum')),
      w('listMileage', neg('query.project_id not an integer')),
      w('listGpsTracks', neg('query.start_date not a date or datetime')),
      w('listPerDiems', neg('query.page not an integer')),
      w('listPerDiemRates', neg('query.per_page not an integer')),
    ],
  },
  'session-routes-redirect': {
    what: 'The session routes `/api/stats/value-dashboard` and `/api/reports/week-comparison` answer a 302 to `/login` without a session (documented: 401).',
    source: 'timetracker-v1.md §13',
    findings: [d('getValueDashboard', 'ignored_auth'), d('getWeekComparison', 'ignored_auth')],
  },
  'tasks-quotes-per-page-uncapped': {
    what: 'The tasks and quotes lists do not cap `per_page` at 100 (documented: max 100).',
    source: 'timetracker-v1.md §1.6',
    findings: [d('listTasks', 'pagination_conformance'), d('listQuotes', 'pagination_conformance')],
  },
} as const satisfies Record<string, SwitchDef>;

export type SwitchName = keyof typeof SWITCHES;

const ALL = Object.keys(SWITCHES) as SwitchName[];

export const PROFILES = {
  documented: { title: 'the documented contract (openapi.yaml)', switches: [] },
  'timetracker-5.10': {
    title: 'the real TimeTracker 5.10.0, with its known deviations from the documentation',
    switches: ALL,
    // The engine's part of the switches: fixed-rate-windows, no-rate-limit-headers, malformed-query-ignored, no-client-update-delete.
    engine: { rateLimitWindows: 'fixed', rateLimitHeaders: false, lenientQuery: true, absentOperations: ['updateClient', 'deleteClient'] },
  },
} satisfies Record<string, ProfileDef<SwitchName>>;

export type ProfileName = keyof typeof PROFILES;
export const PROFILE_NAMES = Object.keys(PROFILES) as ProfileName[];
export const DEFAULT_PROFILE: ProfileName = 'documented';

/** Every finding a profile's switches produce (what the contract suites must report against it, and only that). */
export function expectedFindings(profile: ProfileName): Finding[] {
  const on: readonly SwitchName[] = PROFILES[profile].switches;
  const seen = new Map<string, Finding>();
  for (const s of on) for (const f of SWITCHES[s].findings) seen.set(`${f.id} › ${f.check}`, f);
  return [...seen.values()];
}

/** The README's table of a profile's deviations (written by `npm run gen` between markers). */
export function profileTable(profile: ProfileName): string {
  const lines = ['| switch | the real server | source (../shared/reference/) | the contract suites report |', '|---|---|---|---|'];
  for (const s of PROFILES[profile].switches as readonly SwitchName[]) {
    const def: SwitchDef = SWITCHES[s];
    const reported = def.findings.map((f) => `${f.kind === 'deviation' ? 'deviation' : 'warning'}: \`${f.id} › ${f.check}\``).join('<br>');
    lines.push(`| \`${s}\` | ${def.what.replace(/\|/g, '\\|')} | ${def.source} | ${reported} |`);
  }
  return lines.join('\n');
}
