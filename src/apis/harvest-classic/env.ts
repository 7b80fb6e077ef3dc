/**
 * The types Harvest classic's handlers share: its store, its caller, and
 * the handler table's contract generated from specs/harvest-classic.yaml.
 */
import type { ApiEnv } from '../../core/handler.js';
import type { OperationHandlers } from '../../generated/harvest-classic/handlers.js';
import type { HarvestStore } from '../../store/harvest-classic/store.js';
import type { UserRow } from '../../store/harvest-classic/types.js';

/** The authenticated caller: a user of the account. */
export interface HarvestCaller {
  user: UserRow;
  isAdmin: boolean;
  /** Manages at least one project. */
  isProjectManager: boolean;
  /** How they proved it. */
  via: 'basic' | 'oauth';
}

export interface HarvestEnv extends ApiEnv {
  store: HarvestStore;
  auth: HarvestCaller;
}

/** Every Harvest classic operation and its handler's signature: the handler table `satisfies` it. */
export type HarvestHandlers = OperationHandlers<HarvestEnv>;
