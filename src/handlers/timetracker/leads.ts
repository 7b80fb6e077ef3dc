/** /api/v1/leads: sales leads (reference §10, module `leads`), declared on `resource`. */
import { isoNaive, isoNaiveOrNull } from '../../core/time.js';
import type { TimeTrackerHandlers } from '../../apis/timetracker/env.js';
import type { components } from '../../generated/timetracker/openapi.js';
import type { LeadRow } from '../../store/timetracker/crm-types.js';
import { gated } from './modules.js';
import { amountOrNull, personName, tagList, textOrNull, textPatch } from './crm.js';
import { filtered, ownOrAdmin, pick } from './records.js';
import { resource } from './resource.js';

type S = components['schemas'];

/** The real server's `to_dict` (`models/lead.py`). */
export function leadDict(l: LeadRow): S['Lead'] {
  const full = `${l.first_name} ${l.last_name}`.trim();
  return {
    ...l,
    full_name: full,
    display_name: l.company_name ? `${full} (${l.company_name})` : full,
    estimated_value: amountOrNull(l.estimated_value),
    tags: tagList(l.tags),
    converted_at: isoNaiveOrNull(l.converted_at),
    created_at: isoNaive(l.created_at),
    updated_at: isoNaive(l.updated_at),
    // From the conversion's ids, which only the web UI's convert actions set (not the status).
    is_converted: l.converted_to_client_id !== null || l.converted_to_deal_id !== null,
    is_lost: l.status === 'lost',
  };
}

/** Statuses the list leaves out unless asked for. */
const CLOSED = new Set(['converted', 'lost']);
const TEXTS = ['first_name', 'last_name', 'company_name', 'email', 'phone', 'title', 'source', 'notes', 'tags'] as const;

const lead = resource({
  table: (s) => s.leads,
  // The real server's `first_or_404`: "Resource not found" (shape E).
  what: 'Resource',
  id: 'lead_id',
  one: 'lead',
  many: 'leads',
  dict: leadDict,
  access: (auth, l) => ownOrAdmin(auth, l.owner_id ?? 0),
  messages: { created: 'Lead created successfully', updated: 'Lead updated successfully', deleted: 'Lead deleted successfully' },
});

const updateLead = lead.update<S['LeadUpdate']>(({ body: b, now }) => ({
  ...textPatch(b, TEXTS),
  ...pick(b, ['status', 'score', 'estimated_value', 'owner_id']),
  updated_at: now,
}));

export const leads = gated('leads', {
  listLeads: lead.list(({ store, query: q, auth }) => {
    const view = store.views.leadsByScore;
    // A non-admin's `owner` filter always means their own leads.
    const owner = q.owner ? (auth.isAdmin ? q.owner : auth.user.id) : undefined;
    const needle = q.search?.trim().toLowerCase();
    return filtered(q.status ? view.group(q.status) : view.rows(), [
      q.status ? undefined : (l) => !CLOSED.has(l.status),
      q.source ? (l) => l.source === q.source : undefined,
      owner === undefined ? undefined : (l) => l.owner_id === owner,
      needle ? (l) => [l.first_name, l.last_name, l.company_name, l.email].some((v) => v?.toLowerCase().includes(needle)) : undefined,
    ]);
  }),

  createLead: lead.create<S['LeadCreate']>(({ body: b, auth, now }) => {
    return {
      ...personName(b),
      company_name: textOrNull(b.company_name),
      email: textOrNull(b.email),
      phone: textOrNull(b.phone),
      title: textOrNull(b.title),
      source: textOrNull(b.source),
      status: b.status ?? 'new',
      score: b.score ?? 0,
      estimated_value: b.estimated_value ?? null,
      currency_code: textOrNull(b.currency_code) ?? 'EUR',
      converted_to_client_id: null,
      converted_to_deal_id: null,
      converted_at: null,
      converted_by: null,
      notes: textOrNull(b.notes),
      tags: textOrNull(b.tags),
      created_by: auth.user.id,
      owner_id: b.owner_id || auth.user.id,
      created_at: now,
      updated_at: now,
    };
  }),

  getLead: lead.get,
  updateLead,
  patchLead: updateLead,
  deleteLead: lead.remove(),
} satisfies Partial<TimeTrackerHandlers>);
