/** GET /account/who_am_i and GET /account/rate_limit_status. */
import { ok } from '../../core/handler.js';
import type { HarvestHandlers } from '../../apis/harvest-classic/env.js';
import { iso } from './serialize.js';

export const account = {
  whoAmI: ({ store, auth }) => {
    const c = store.company;
    const u = auth.user;
    return ok({
      company: {
        base_uri: `https://${c.subdomain}.harvestapp.com`,
        full_domain: `${c.subdomain}.harvestapp.com`,
        name: c.name,
        active: c.active,
        week_start_day: c.week_start_day,
        time_format: c.time_format,
        clock: c.clock,
        decimal_symbol: c.decimal_symbol,
        thousands_separator: c.thousands_separator,
        color_scheme: c.color_scheme,
        modules: { ...c.modules },
      },
      user: {
        timezone: u.timezone,
        timezone_utc_offset: 0,
        id: u.id,
        email: u.email,
        admin: u.is_admin,
        first_name: u.first_name,
        last_name: u.last_name,
        avatar_url: '/assets/profile_images/avatar.png',
        project_manager: { is_project_manager: auth.isProjectManager, can_see_rates: u.is_admin, can_create_projects: u.is_admin, can_create_invoices: u.is_admin },
        timestamp_timers: c.timestamp_timers,
      },
    });
  },

  /** The whole account's window (Harvest throttles per account, not per user). */
  getRateLimitStatus: ({ services, now }) => {
    const s = services.throttle.status('account', now);
    return ok({ ...s, last_access_at: s.last_access_at === null ? null : iso(s.last_access_at) });
  },
} satisfies Partial<HarvestHandlers>;
