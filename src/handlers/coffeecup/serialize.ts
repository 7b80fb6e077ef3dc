/**
 * CoffeeCup's JSON shapes (camelCase; bare ids as foreign keys; UTC ISO
 * timestamps with `Z`), each resource's filterable attributes, and the
 * lookups and refusals the handlers share.
 */
import { ApiError, validationError } from '../../core/errors.js';
import { durationOf } from '../../store/coffeecup/rules.js';
import type { ClientRow, ProjectRow, TaskAssignmentRow, TaskRow, TimeEntryRow, UserAssignmentRow, UserRow } from '../../store/coffeecup/types.js';
import type { Attributes } from './criteria.js';

/** `2026-11-16T09:30:00.000Z`. */
export const iso = (ms: number): string => new Date(ms).toISOString();

export const userDict = (u: UserRow) => ({
  id: u.id,
  status: u.status,
  firstname: u.firstname,
  lastname: u.lastname,
  email: u.email,
  hourlyRate: u.hourlyRate,
  dateFormat: u.dateFormat as 'YYYY-MM-DD',
  timeFormat: u.timeFormat as 'HH:mm',
  durationFormat: u.durationFormat,
  language: u.language,
  timezone: u.timezone,
  beginningOfWeek: u.beginningOfWeek,
  imageType: u.imageType,
  passwordStatus: u.passwordStatus,
  vacationDaysPerYear: u.vacationDaysPerYear,
  allowConcurrentTimeEntries: u.allowConcurrentTimeEntries,
  visibleDaysPerWeek: u.visibleDaysPerWeek,
  timeEntryBackgroundColor: u.timeEntryBackgroundColor,
  jobLabel: u.jobLabel,
  department: u.department,
  createdAt: iso(u.createdAt),
  updatedAt: iso(u.updatedAt),
});

export const projectDict = (p: ProjectRow) => ({
  id: p.id,
  client: p.client,
  color: p.color,
  status: p.status,
  name: p.name,
  comment: p.comment,
  code: p.code,
  billBy: p.billBy,
  budgetBy: p.budgetBy,
  hourlyRate: p.hourlyRate,
  budget: p.budget,
  budgetHours: p.budgetHours,
  createdAt: iso(p.createdAt),
  updatedAt: iso(p.updatedAt),
});

export const clientDict = (c: ClientRow) => ({
  id: c.id,
  status: c.status,
  name: c.name,
  website: c.website,
  code: c.code,
  hourlyRate: c.hourlyRate,
  imageType: c.imageType,
  createdAt: iso(c.createdAt),
  updatedAt: iso(c.updatedAt),
});

export const taskDict = (t: TaskRow) => ({
  id: t.id,
  status: t.status,
  label: t.label,
  code: t.code,
  hourlyRate: t.hourlyRate,
  favorite: t.favorite,
  billable: t.billable,
  color: t.color,
  createdAt: iso(t.createdAt),
  updatedAt: iso(t.updatedAt),
});

export const taskAssignmentDict = (a: TaskAssignmentRow) => ({
  id: a.id,
  status: a.status,
  billable: a.billable,
  hourlyRate: a.hourlyRate,
  budgetHours: a.budgetHours,
  task: a.task,
  project: a.project,
  createdAt: iso(a.createdAt),
  updatedAt: iso(a.updatedAt),
});

export const userAssignmentDict = (a: UserAssignmentRow) => ({
  id: a.id,
  status: a.status,
  hourlyRate: a.hourlyRate,
  budgetHours: a.budgetHours,
  user: a.user,
  project: a.project,
  isProjectManager: a.isProjectManager,
  createdAt: iso(a.createdAt),
  updatedAt: iso(a.updatedAt),
});

export const timeEntryDict = (e: TimeEntryRow, now: number) => ({
  id: e.id,
  user: e.user,
  project: e.project,
  task: e.task,
  team: e.team,
  status: e.status,
  day: e.day,
  starttime: e.starttime,
  endtime: e.endtime,
  duration: durationOf(e, now),
  running: e.runningSince !== null,
  comment: e.comment,
  sorting: e.sorting,
  trackingType: e.trackingType,
  createdAt: iso(e.createdAt),
  updatedAt: iso(e.updatedAt),
});

const STAMPS = { createdAt: 'datetime', updatedAt: 'datetime' } as const;

/** What `where`, the attribute parameters and `sort` may name, per resource. */
export const ATTRIBUTES = {
  users: { id: 'integer', status: 'integer', firstname: 'string', lastname: 'string', email: 'string', hourlyRate: 'number', language: 'string', ...STAMPS },
  projects: { id: 'integer', client: 'integer', status: 'integer', name: 'string', code: 'string', comment: 'string', color: 'string', billBy: 'integer', budgetBy: 'integer', hourlyRate: 'number', ...STAMPS },
  clients: { id: 'integer', status: 'integer', name: 'string', code: 'string', website: 'string', hourlyRate: 'number', ...STAMPS },
  tasks: { id: 'integer', status: 'integer', label: 'string', code: 'string', billable: 'boolean', favorite: 'boolean', hourlyRate: 'number', ...STAMPS },
  taskAssignments: { id: 'integer', status: 'integer', task: 'integer', project: 'integer', billable: 'boolean', ...STAMPS },
  userAssignments: { id: 'integer', status: 'integer', user: 'integer', project: 'integer', isProjectManager: 'boolean', ...STAMPS },
  timeEntries: {
    id: 'integer', user: 'integer', project: 'integer', task: 'integer', team: 'integer', status: 'integer', day: 'date', starttime: 'string', endtime: 'string',
    duration: 'integer', running: 'boolean', comment: 'string', sorting: 'integer', trackingType: 'string', ...STAMPS,
  },
} satisfies Record<string, Attributes>;

/** The row, or 404 `E_NOT_FOUND` naming what is missing. */
export function found<T>(row: T | undefined, what: string, id: number): T {
  if (row === undefined) throw new ApiError(404, `No ${what} with id ${id}`, 'E_NOT_FOUND');
  return row;
}

/** 400 `E_VALIDATION` for one attribute (Sails' `invalidAttributes`). */
export const invalid = (attribute: string, message: string): ApiError => validationError({ [attribute]: [message] }, `Invalid ${attribute}`);

/** 400 `E_BAD_REQUEST`: a request the account's state refuses. */
export const refused = (raw: string): ApiError => new ApiError(400, raw, 'E_BAD_REQUEST');

/** 403 `E_FORBIDDEN`: a regular user touching what is not theirs. */
export const notYours = (what: string): ApiError => new ApiError(403, `Regular users may only see and change their own ${what}`, 'E_FORBIDDEN');

/** The documented refusal to delete an object that still has dependants. */
export const couldNotDelete = (why: string): ApiError => new ApiError(500, `Could not delete model: ${why}`, 'E_UNKNOWN');

/** The given members of `patch` (those not undefined). */
export function given<T extends object, K extends keyof T>(patch: T, keys: readonly K[]): Partial<Pick<T, K>> {
  const out: Partial<Pick<T, K>> = {};
  for (const k of keys) if (patch[k] !== undefined) out[k] = patch[k];
  return out;
}
