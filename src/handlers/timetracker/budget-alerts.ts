/**
 * /api/v1/budget-alerts (reference §25, `api_v1.py:658-738`,
 * `models/budget_alert.py`), declared on `resource`: every project's alerts,
 * raised by admins (`admin:all`), acknowledged by anyone with the scope.
 */
import { badRequest, notFound } from '../../core/errors.js';
import { isoNaive, isoNaiveOrNull } from '../../core/time.js';
import type { TimeTrackerHandlers } from '../../apis/timetracker/env.js';
import type { components } from '../../generated/timetracker/openapi.js';
import type { Store } from '../../store/timetracker/store.js';
import type { BudgetAlertRow } from '../../store/timetracker/records-types.js';
import { auditTrail } from './activities.js';
import { missingFields } from './project-costs.js';
import { resource } from './resource.js';

type S = components['schemas'];

/** `BudgetAlert.to_dict` (`models/budget_alert.py:54`). */
function alertDict(store: Store, a: BudgetAlertRow): S['BudgetAlert'] {
  return { ...a, project_name: store.projects.get(a.project_id)?.name ?? null, acknowledged_at: isoNaiveOrNull(a.acknowledged_at), created_at: isoNaive(a.created_at) };
}

const trail = auditTrail<BudgetAlertRow>('BudgetAlert', (a) => `<BudgetAlert ${a.alert_type} for Project ${a.project_id}>`);

const alert = resource({
  table: (s) => s.budgetAlerts,
  what: 'Resource',
  id: 'alert_id',
  one: 'alert',
  many: 'alerts',
  dict: (a, ctx) => alertDict(ctx.store, a),
  // Only `created` is answered: alerts have no update or delete route, and the acknowledgement answers on its own.
  messages: { created: 'Budget alert created successfully', updated: 'Alert acknowledged', deleted: '' },
});

const REQUIRED = ['project_id', 'alert_type', 'budget_consumed_percent', 'budget_amount', 'consumed_amount', 'message'] as const;

export const budgetAlerts = {
  listBudgetAlerts: alert.list<{ project_id?: number; page?: number; per_page?: number }>(({ store, query: q }) =>
    q.project_id ? store.views.alertsNewestFirst.group(q.project_id) : store.views.alertsNewestFirst.rows(),
  ),

  createBudgetAlert: alert.create<S['BudgetAlertCreate']>(({ body: b, now, store }) => {
    const missing = missingFields(b, REQUIRED);
    if (missing) throw badRequest(missing);
    if (!store.projects.get(b.project_id)) throw notFound();
    return {
      ...b,
      alert_level: b.alert_level ?? 'info',
      is_acknowledged: false,
      acknowledged_by: null,
      acknowledged_at: null,
      created_at: now,
    };
  }, trail.created),

  // The answer is only the message (`api_v1.py:737`); a second call acknowledges again.
  acknowledgeBudgetAlert: (ctx) => {
    const row = alert.row(ctx);
    const patch = { is_acknowledged: true, acknowledged_by: ctx.auth.user.id, acknowledged_at: ctx.now };
    trail.updated(ctx, row, patch);
    ctx.store.budgetAlerts.update(row.id, patch);
    return { status: 200 as const, body: { message: 'Alert acknowledged' } };
  },
} satisfies Partial<TimeTrackerHandlers>;
