/**
 * The in-memory store of one CoffeeCup account: one table per resource
 * (src/store/table.ts), the OAuth clients and tokens, and the company.
 * Small by nature, so lookups across tables scan; writes go through the
 * tables' methods or the rules in rules.ts.
 *
 * @example
 * const store = seedCoffeeCup({ scenario: 'default', seed: 1, now: Date.now() });
 * store.users.findBy('email', 'admin@example.com');
 */
import { tokenBytes } from '../../core/random.js';
import { Table, restoreTables, snapshotTables, type TablesState } from '../table.js';
import type { ClientRow, CompanyRow, OAuthClientRow, ProjectRow, TaskAssignmentRow, TaskRow, TimeEntryRow, TokenRow, UserAssignmentRow, UserRow } from './types.js';

export interface CoffeeCupState {
  company: CompanyRow;
  tables: TablesState;
}

export class CoffeeCupStore {
  readonly users = new Table<UserRow>(['email']);
  readonly oauthClients = new Table<OAuthClientRow>(['clientId']);
  readonly tokens = new Table<TokenRow>(['token']);
  readonly clients = new Table<ClientRow>();
  readonly projects = new Table<ProjectRow>();
  readonly tasks = new Table<TaskRow>();
  readonly taskAssignments = new Table<TaskAssignmentRow>();
  readonly userAssignments = new Table<UserAssignmentRow>();
  readonly timeEntries = new Table<TimeEntryRow>();

  /**
   * Tokens that grants issue derive from this seed and the token's id, as
   * TimeTracker's logins: the same seed, clock and calls issue the same
   * tokens on any day (null: random, for a store built without a seed).
   */
  loginSeed: number | null = null;

  constructor(public company: CompanyRow) {}

  snapshot(): CoffeeCupState {
    return { company: structuredClone(this.company), tables: snapshotTables(this) };
  }

  restore(state: unknown): void {
    const s = state as CoffeeCupState;
    this.company = structuredClone(s.company);
    restoreTables(this, s.tables);
  }

  /** A fresh token for a grant (40 hex digits; its bytes: `tokenBytes`, from `loginSeed`). */
  issueToken(o: { kind: TokenRow['kind']; userId: number; clientId: string; now: number; seconds: number; purpose: string }): TokenRow {
    let value: string;
    let attempt = 0;
    do {
      value = Array.from(tokenBytes(20, this.loginSeed, this.tokens.nextId, attempt++), (b) => b.toString(16).padStart(2, '0')).join('');
    } while (this.tokens.findBy('token', value));
    return this.tokens.insert({ token: value, kind: o.kind, userId: o.userId, clientId: o.clientId, issuedAt: o.now, expiresAt: o.now + o.seconds * 1000, purpose: o.purpose });
  }

  /** The user's running entries (one, unless they allow concurrent entries). */
  runningOf(userId: number): TimeEntryRow[] {
    return this.timeEntries.toArray().filter((e) => e.user === userId && e.runningSince !== null);
  }
}
