/**
 * Deliberate contract defects (`--defect NAME`, `createEngine(api, { defects })`):
 * each API names its own, so a test can prove its contract suite catches
 * every kind. Never on by default.
 */
import type { OperationDef } from './spec-model.js';
import type { CoreRequest, CoreResponse } from './types.js';

export interface Defect {
  /** Which operations it breaks, for `--help`. */
  targets: string;
  /** Change an answer (after the handler, before the strict check); `req` is the request in normal form (route.ts). */
  apply?(op: OperationDef, res: CoreResponse, req: CoreRequest): CoreResponse;
  /** Skip the API's access check (TimeTracker: scopes, the `scope-not-enforced` kind; Harvest: roles, `role-not-enforced`). */
  skipsScopes?: boolean;
}
