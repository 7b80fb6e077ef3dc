/** /api/v1/deals: the sales pipeline (reference §11, module `deals`), declared on `resource`. */
import { validationError } from '../../core/errors.js';
import { isoNaive, isoNaiveOrNull } from '../../core/time.js';
import type { TimeTrackerHandlers } from '../../apis/timetracker/env.js';
import type { components } from '../../generated/timetracker/openapi.js';
import type { DealRow } from '../../store/timetracker/crm-types.js';
import { gated } from './modules.js';
import { amountOrNull, textOrNull, textPatch } from './crm.js';
import { filtered, ownOrAdmin, pick } from './records.js';
import { resource } from './resource.js';

type S = components['schemas'];

/** `value` x `probability` / 100 (exact to the cent of a 2-decimal value and an integer percentage); 0 without a value. */
export const weightedValue = (d: Pick<DealRow, 'value' | 'probability'>): number => (d.value ? Math.round(d.value * (d.probability ?? 0) * 100) / 10_000 : 0);

/** The real server's `to_dict` (`models/deal.py`). */
export function dealDict(d: DealRow): S['Deal'] {
  return {
    ...d,
    value: amountOrNull(d.value),
    weighted_value: weightedValue(d),
    created_at: isoNaive(d.created_at),
    updated_at: isoNaive(d.updated_at),
    closed_at: isoNaiveOrNull(d.closed_at),
    is_open: d.status === 'open',
    is_won: d.status === 'won',
    is_lost: d.status === 'lost',
  };
}

/** The statuses the list filters on; any other value lists every status. */
const LISTED = new Set(['open', 'won', 'lost']);
const TEXTS = ['name', 'description', 'stage', 'status', 'loss_reason', 'notes', 'currency_code'] as const;
const VERBATIM = ['client_id', 'contact_id', 'lead_id', 'probability', 'related_quote_id', 'related_project_id', 'owner_id', 'value', 'expected_close_date', 'actual_close_date'] as const;

const deal = resource({
  table: (s) => s.deals,
  // The real server's `first_or_404`: "Resource not found" (shape E).
  what: 'Resource',
  id: 'deal_id',
  one: 'deal',
  many: 'deals',
  dict: dealDict,
  access: (auth, d) => ownOrAdmin(auth, d.owner_id ?? 0),
  messages: { created: 'Deal created successfully', updated: 'Deal updated successfully', deleted: 'Deal deleted successfully' },
});

const updateDeal = deal.update<S['DealUpdate']>(({ body: b, now }) => ({
  ...textPatch(b, TEXTS),
  ...pick(b, VERBATIM),
  updated_at: now,
}));

export const deals = gated('deals', {
  listDeals: deal.list(({ store, query: q, auth }) => {
    const status = q.status ?? 'open';
    const owner = q.owner ? (auth.isAdmin ? q.owner : auth.user.id) : undefined;
    const view = store.views.dealsByClose;
    return filtered(LISTED.has(status) ? view.group(status) : view.rows(), [
      q.stage ? (d) => d.stage === q.stage : undefined,
      owner === undefined ? undefined : (d) => d.owner_id === owner,
    ]);
  }),

  createDeal: deal.create<S['DealCreate']>(({ body: b, auth, now }) => {
    const name = b.name.trim();
    if (!name) throw validationError({ name: ['name is required'] }, 'name is required');
    return {
      name,
      client_id: b.client_id ?? null,
      contact_id: b.contact_id ?? null,
      lead_id: b.lead_id ?? null,
      related_quote_id: b.related_quote_id ?? null,
      related_project_id: b.related_project_id ?? null,
      description: textOrNull(b.description),
      stage: textOrNull(b.stage) ?? 'prospecting',
      status: b.status ?? 'open',
      value: b.value ?? null,
      currency_code: textOrNull(b.currency_code) ?? 'EUR',
      probability: b.probability ?? 50,
      expected_close_date: b.expected_close_date ?? null,
      actual_close_date: null,
      loss_reason: textOrNull(b.loss_reason),
      notes: textOrNull(b.notes),
      created_by: auth.user.id,
      owner_id: b.owner_id || auth.user.id,
      created_at: now,
      updated_at: now,
      closed_at: null,
    };
  }),

  getDeal: deal.get,
  updateDeal,
  patchDeal: updateDeal,
  deleteDeal: deal.remove(),
} satisfies Partial<TimeTrackerHandlers>);
