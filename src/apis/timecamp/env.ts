/**
 * The types TimeCamp's handlers share: its store, its caller, and the
 * handler table's contract generated from specs/timecamp.yaml.
 */
import type { ApiEnv } from '../../core/handler.js';
import type { OperationHandlers } from '../../generated/timecamp/handlers.js';
import type { TimecampStore } from '../../store/timecamp/store.js';
import type { UserRow } from '../../store/timecamp/types.js';

/** The authenticated caller: the user whose API token it is, and where the token came from. */
export interface TimecampCaller {
  user: UserRow;
  via: 'query' | 'form' | 'header' | 'bearer';
}

export interface TimecampEnv extends ApiEnv {
  store: TimecampStore;
  auth: TimecampCaller;
}

/** Every TimeCamp operation and its handler's signature: the handler table `satisfies` it. */
export type TimecampHandlers = OperationHandlers<TimecampEnv>;
