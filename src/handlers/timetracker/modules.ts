/**
 * The real server's module switch (`_require_module_enabled_for_api`,
 * reference §1 shape D), shared by every group that checks one: the CRM
 * groups and issues.
 *
 * @example
 * export const leads = gated('leads', { listLeads, getLead });
 */
import { ApiError } from '../../core/errors.js';
import type { Store } from '../../store/timetracker/store.js';

/** The modules whose routes check the switch (the admin's switches in the settings' `enabled_modules`). */
export type Module = 'clients' | 'contacts' | 'deals' | 'leads' | 'issues';

/** 403 shape D of the reference §1: what a route of a switched-off module answers. */
export function moduleDisabled(module: Module): ApiError {
  return new ApiError(403, 'module_disabled', 'forbidden', { message: `${module} module is disabled by the administrator.` });
}

/**
 * The handler table with the module check in front of every handler (the
 * real server's `_require_module_enabled_for_api`, which runs after the
 * token and scope checks and before anything else the route does).
 */
export function gated<T extends Record<keyof T, (ctx: never) => unknown>>(module: Module, table: T): T {
  const out = {} as Record<keyof T, unknown>;
  for (const key of Object.keys(table) as (keyof T)[]) {
    const handler = table[key] as unknown as (ctx: { store: Store }) => unknown;
    out[key] = (ctx: { store: Store }) => {
      if (!ctx.store.settings.enabled_modules.includes(module)) throw moduleDisabled(module);
      return handler(ctx);
    };
  }
  return out as T;
}
