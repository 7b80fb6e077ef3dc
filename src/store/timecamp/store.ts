/**
 * The in-memory store of one TimeCamp account: a table per resource
 * (src/store/table.ts) and the account itself. Small by nature, so
 * lookups across tables scan; every write goes through the tables'
 * methods or the rules in rules.ts.
 *
 * @example
 * const store = seedTimecamp({ scenario: 'default', seed: 1, now: Date.now() });
 * store.tokens.findBy('token', token);
 */
import { restoreTables, snapshotTables, Table, type TableState } from '../table.js';
import type {
  AccountRow,
  ActivityRow,
  ApplicationRow,
  ChangeRow,
  ClientRow,
  ClientTaskRow,
  EntryRow,
  GroupRow,
  InvoiceRow,
  TagRow,
  TaskRow,
  TimerRow,
  TokenRow,
  UserRow,
  WindowTitleRow,
} from './types.js';

export interface TimecampState {
  account: AccountRow;
  tables: Record<string, TableState<{ id: number }>>;
}

export class TimecampStore {
  readonly users = new Table<UserRow>(['email']);
  readonly tokens = new Table<TokenRow>(['token']);
  readonly groups = new Table<GroupRow>();
  readonly tasks = new Table<TaskRow>();
  readonly tags = new Table<TagRow>();
  readonly entries = new Table<EntryRow>();
  readonly timers = new Table<TimerRow>();
  readonly changes = new Table<ChangeRow>();
  readonly applications = new Table<ApplicationRow>();
  readonly windowTitles = new Table<WindowTitleRow>();
  readonly activities = new Table<ActivityRow>();
  readonly clients = new Table<ClientRow>();
  readonly clientTasks = new Table<ClientTaskRow>();
  readonly invoices = new Table<InvoiceRow>();

  constructor(public account: AccountRow) {}

  snapshot(): TimecampState {
    return { account: structuredClone(this.account), tables: snapshotTables(this) };
  }

  restore(state: unknown): void {
    const s = state as TimecampState;
    this.account = structuredClone(s.account);
    restoreTables(this, s.tables);
  }

  /** The user's running timer, if any. */
  timerOf(userId: number): TimerRow | undefined {
    return this.timers.toArray().find((t) => t.user_id === userId);
  }

  /** The sub-tasks of a task (direct children), in id order. */
  childrenOf(taskId: number): TaskRow[] {
    return this.tasks.toArray().filter((t) => t.parent_id === taskId);
  }

  /** The task and every task below it. */
  subtree(taskId: number): TaskRow[] {
    const out: TaskRow[] = [];
    const walk = (id: number) => {
      const t = this.tasks.get(id);
      if (!t) return;
      out.push(t);
      for (const c of this.childrenOf(id)) walk(c.id);
    };
    walk(taskId);
    return out;
  }

  /** The task and its ancestors, from the project down. */
  pathOf(taskId: number): TaskRow[] {
    const out: TaskRow[] = [];
    const seen = new Set<number>();
    for (let t = this.tasks.get(taskId); t && !seen.has(t.id); t = this.tasks.get(t.parent_id)) {
      seen.add(t.id);
      out.unshift(t);
    }
    return out;
  }

  /** The ids of the tasks linked to a client. */
  tasksOfClient(clientId: number): number[] {
    return this.clientTasks.toArray().filter((l) => l.client_id === clientId).map((l) => l.task_id);
  }
}
