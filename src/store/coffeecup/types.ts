/**
 * The rows of a CoffeeCup account. Keys follow the API's camelCase and its
 * foreign keys are bare ids named after the relation (`project`, `task`),
 * as on the wire; times are epoch milliseconds, `day` is `YYYY-MM-DD` (UTC),
 * `status` is 1 active / 0 archived.
 */
import type { Row } from '../table.js';

export type Status = 0 | 1;

/** The one company (account) of the store. */
export interface CompanyRow {
  name: string;
  /** `<subdomain>.coffeecupapp.com`. */
  subdomain: string;
}

export interface UserRow extends Row {
  email: string;
  /** Password-grant password (a mock: the seeded users' is their email's local part). */
  password: string;
  /** Administrators do everything; regular users keep to their own timesheet (the intro). */
  role: 'admin' | 'user';
  status: Status;
  firstname: string;
  lastname: string;
  /** The user's team: time entries carry it (`team`). */
  team: number | null;
  hourlyRate: number | null;
  dateFormat: string;
  timeFormat: string;
  durationFormat: 0 | 1;
  language: string;
  timezone: string;
  beginningOfWeek: 'saturday' | 'sunday' | 'monday';
  imageType: 0 | 1;
  passwordStatus: 0 | 1 | 2;
  vacationDaysPerYear: number;
  allowConcurrentTimeEntries: boolean;
  visibleDaysPerWeek: number;
  timeEntryBackgroundColor: 1 | 2 | 3;
  jobLabel: string | null;
  department: string | null;
  createdAt: number;
  updatedAt: number;
}

/** An application allowed to ask for tokens (`client_id` + `client_secret`). */
export interface OAuthClientRow extends Row {
  clientId: string;
  secret: string;
  name: string;
}

/** An OAuth 2 bearer access token, or a refresh token (`kind`). */
export interface TokenRow extends Row {
  token: string;
  kind: 'access' | 'refresh';
  userId: number;
  clientId: string;
  /** Epoch ms on the engine clock. */
  issuedAt: number;
  expiresAt: number;
  purpose: string;
}

export interface ClientRow extends Row {
  status: Status;
  name: string;
  website: string | null;
  code: string | null;
  hourlyRate: number | null;
  imageType: 0 | 1;
  createdAt: number;
  updatedAt: number;
}

export interface ProjectRow extends Row {
  client: number | null;
  color: string | null;
  status: Status;
  name: string;
  comment: string | null;
  code: string;
  billBy: 0 | 1 | 2 | 3 | 4;
  budgetBy: 0 | 1 | 2 | 3 | 4;
  hourlyRate: number | null;
  budget: number | null;
  budgetHours: number | null;
  createdAt: number;
  updatedAt: number;
}

export interface TaskRow extends Row {
  status: Status;
  label: string;
  code: string | null;
  hourlyRate: number | null;
  favorite: boolean;
  billable: boolean;
  color: string | null;
  createdAt: number;
  updatedAt: number;
}

export interface TaskAssignmentRow extends Row {
  status: Status;
  billable: boolean;
  hourlyRate: number | null;
  budgetHours: number | null;
  task: number;
  project: number;
  createdAt: number;
  updatedAt: number;
}

export interface UserAssignmentRow extends Row {
  status: Status;
  hourlyRate: number | null;
  budgetHours: number | null;
  user: number;
  project: number;
  isProjectManager: boolean;
  createdAt: number;
  updatedAt: number;
}

export interface TimeEntryRow extends Row {
  user: number;
  project: number;
  task: number;
  team: number | null;
  status: Status;
  day: string;
  starttime: string | null;
  endtime: string | null;
  /** Seconds booked, without the running part (see `runningSince`). */
  duration: number;
  /** Epoch ms the entry started running, or null when it is not running. */
  runningSince: number | null;
  comment: string;
  sorting: number;
  trackingType: string;
  createdAt: number;
  updatedAt: number;
}
