/**
 * The in-memory store of one Harvest classic account: one table per
 * resource (src/store/table.ts) and the company. Small by nature (a few
 * hundred day entries), so lookups across tables scan; every write goes
 * through the tables' methods or the rules in rules.ts.
 *
 * @example
 * const store = seedHarvest({ scenario: 'default', seed: 1, now: Date.now() });
 * store.users.findBy('email', 'admin@example.com');
 */
import { restoreTables, snapshotTables, Table, type TableState } from '../table.js';
import type {
  ClientRow,
  CompanyRow,
  ContactRow,
  DayEntryRow,
  ProjectRow,
  TaskAssignmentRow,
  TaskRow,
  TokenRow,
  UserAssignmentRow,
  UserRow,
} from './types.js';

export interface HarvestState {
  company: CompanyRow;
  tables: Record<string, TableState<{ id: number }>>;
}

export class HarvestStore {
  readonly users = new Table<UserRow>(['email']);
  readonly tokens = new Table<TokenRow>(['token']);
  readonly clients = new Table<ClientRow>();
  readonly contacts = new Table<ContactRow>();
  readonly projects = new Table<ProjectRow>();
  readonly tasks = new Table<TaskRow>();
  readonly userAssignments = new Table<UserAssignmentRow>();
  readonly taskAssignments = new Table<TaskAssignmentRow>();
  readonly dayEntries = new Table<DayEntryRow>();

  constructor(public company: CompanyRow) {}

  snapshot(): HarvestState {
    return { company: structuredClone(this.company), tables: snapshotTables(this) };
  }

  restore(state: unknown): void {
    const s = state as HarvestState;
    this.company = structuredClone(s.company);
    restoreTables(this, s.tables);
  }

  /** Does the user manage at least one project (who_am_i's `is_project_manager`)? */
  isProjectManager(userId: number): boolean {
    return this.userAssignments.toArray().some((a) => a.user_id === userId && a.is_project_manager && !a.deactivated);
  }

  /** Does the user manage this project? */
  manages(userId: number, projectId: number): boolean {
    return this.userAssignments.toArray().some((a) => a.user_id === userId && a.project_id === projectId && a.is_project_manager && !a.deactivated);
  }

  userAssignmentOf(userId: number, projectId: number): UserAssignmentRow | undefined {
    return this.userAssignments.toArray().find((a) => a.user_id === userId && a.project_id === projectId);
  }

  taskAssignmentOf(projectId: number, taskId: number): TaskAssignmentRow | undefined {
    return this.taskAssignments.toArray().find((a) => a.project_id === projectId && a.task_id === taskId);
  }

  entriesWhere(pred: (e: DayEntryRow) => boolean): DayEntryRow[] {
    return this.dayEntries.toArray().filter(pred);
  }

  /** The user's running entry, if any (at most one). */
  runningOf(userId: number): DayEntryRow | undefined {
    return this.dayEntries.toArray().find((e) => e.user_id === userId && e.timer_started_at !== null);
  }
}
