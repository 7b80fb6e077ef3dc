/**
 * Deliberate contract defects (`--defect NAME`, `createEngine(api, { defects })`):
 * each API names its own, so a test can prove its contract suite catches
 * every kind. Never on by default.
 */
import type { OperationDef } from './spec-model.js';
import type { CoreResponse } from './types.js';

export interface Defect {
  /** Which operations it breaks, for `--help`. */
  targets: string;
  /** Change an answer (after the handler, before the strict check). */
  apply?(op: OperationDef, res: CoreResponse): CoreResponse;
  /** Skip the API's access check (TimeTracker: scopes, the `scope-not-enforced` kind; Harvest: roles, `role-not-enforced`). */
  skipsScopes?: boolean;
}
