/** The shape of one API's part of the contract kit (contract-tests/apis.ts lists them). */
import type { OperationCase } from './case.js';
import type { Ctx } from './context.js';
import type { Flow, FlowShared } from './flow.js';

/** The fixtures a suite sets up before its checks and removes after them. */
export interface FixtureSet {
  setup(): Promise<void>;
  teardown(): Promise<void>;
}

export interface ContractKit<F extends FixtureSet = FixtureSet> {
  cases: readonly OperationCase<string, F>[];
  fixtures(root: Ctx): F;
  flows: readonly Flow[];
  /** Shared setup of the flows (registers its cleanups on `setup`). */
  setupFlows?(setup: Ctx, shared: FlowShared): Promise<void>;
  /** Dredd's hooks know this API (only TimeTracker's do). */
  dredd: boolean;
  /** Its suites book time entries into free time of a day (lib/room.ts), which the runner finds before any write. */
  entryRoom: boolean;
  /**
   * The statuses ignored_auth expects (default 401 for both): CoffeeCup
   * documents 403 `E_FORBIDDEN` for an access token nobody issued.
   */
  authRefusal?: { none: number; invalid: number };
}

/**
 * A kit whose cases are typed by its own fixtures, seen by the suites
 * through `FixtureSet`: sound, because the suites hand each case only the
 * fixtures made by the same kit's `fixtures()`.
 */
export const defineKit = <F extends FixtureSet>(kit: ContractKit<F>): ContractKit => kit as unknown as ContractKit;
