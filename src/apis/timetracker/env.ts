/**
 * The types TimeTracker's handlers share: its store and its caller, and the
 * handler table's contract generated from openapi.yaml.
 */
import type { ApiEnv } from '../../core/handler.js';
import type { OperationHandlers } from '../../generated/timetracker/handlers.js';
import type { Store } from '../../store/timetracker/store.js';
import type { ApiTokenRow, UserRow } from '../../store/timetracker/types.js';
import type { SwitchName } from './profiles.js';

/** The authenticated caller of a TimeTracker operation. */
export interface Caller {
  /** The token used (a session cookie carries one too). */
  token: ApiTokenRow;
  user: UserRow;
  isAdmin: boolean;
  scopes: string[];
}

export interface TimeTrackerEnv extends ApiEnv {
  store: Store;
  auth: Caller;
  switches: SwitchName;
}

/** Every TimeTracker operation and its handler's signature: the handler table `satisfies` it. */
export type TimeTrackerHandlers = OperationHandlers<TimeTrackerEnv>;

/** What helpers shared by several handlers need of a context: the store and the caller. */
export interface Access {
  store: Store;
  auth: Caller;
}
