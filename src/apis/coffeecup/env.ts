/**
 * The types CoffeeCup's handlers share: its store, its caller, and the
 * handler table's contract generated from specs/coffeecup.yaml.
 */
import type { ApiEnv } from '../../core/handler.js';
import type { OperationHandlers } from '../../generated/coffeecup/handlers.js';
import type { CoffeeCupStore } from '../../store/coffeecup/store.js';
import type { UserRow } from '../../store/coffeecup/types.js';

/** The authenticated caller: a user of the account, by their access token. */
export interface CoffeeCupCaller {
  user: UserRow;
  isAdmin: boolean;
}

export interface CoffeeCupEnv extends ApiEnv {
  store: CoffeeCupStore;
  auth: CoffeeCupCaller;
}

/** Every CoffeeCup operation and its handler's signature: the handler table `satisfies` it. */
export type CoffeeCupHandlers = OperationHandlers<CoffeeCupEnv>;
