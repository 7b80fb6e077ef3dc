/**
 * /api/v1/saved-filters (reference §25, `api_v1.py:990-1108`), declared on
 * `resource`: a user's own filters; a shared one is readable by anyone,
 * writable by its owner or an admin; one per user, name and scope.
 */
import { badRequest, conflict, forbidden } from '../../core/errors.js';
import { isoNaive } from '../../core/time.js';
import type { TimeTrackerHandlers } from '../../apis/timetracker/env.js';
import type { components } from '../../generated/timetracker/openapi.js';
import type { Store } from '../../store/timetracker/store.js';
import type { SavedFilterRow } from '../../store/timetracker/records-types.js';
import { auditTrail } from './activities.js';
import { missingFields } from './project-costs.js';
import { ownOrAdmin, pick } from './records.js';
import { resource } from './resource.js';

type S = components['schemas'];

/** `SavedFilter.to_dict` (`models/saved_filter.py:28`). */
const filterDict = (f: SavedFilterRow): S['SavedFilter'] => ({ ...f, created_at: isoNaive(f.created_at), updated_at: isoNaive(f.updated_at) });

/** The unique key `ux_saved_filter_user_name_scope`: 409 as the real server's IntegrityError handler answers. */
function uniqueName(store: Store, userId: number, name: string, scope: string, self?: number): void {
  const taken = store.views.filtersNewestFirst.group(userId).some((f) => f.id !== self && f.name === name && f.scope === scope);
  if (taken) throw conflict('Duplicate entry - this record already exists', 'integrity_error');
}

const trail = auditTrail<SavedFilterRow>('SavedFilter', (f) => f.name);

const filter = resource({
  table: (s) => s.savedFilters,
  what: 'Resource',
  id: 'filter_id',
  one: 'filter',
  many: 'filters',
  dict: (f) => filterDict(f),
  messages: { created: 'Saved filter created successfully', updated: 'Saved filter updated successfully', deleted: 'Saved filter deleted successfully' },
});

// Writes: the owner or an admin (sharing does not open them).
const updateSavedFilter = filter.update<S['SavedFilterUpdate']>((ctx, row) => {
  ownOrAdmin(ctx.auth, row.user_id);
  const patch = { ...pick(ctx.body, ['name', 'scope', 'payload', 'is_shared']), updated_at: ctx.now };
  uniqueName(ctx.store, row.user_id, patch.name ?? row.name, patch.scope ?? row.scope, row.id);
  trail.updated(ctx, row, patch);
  return patch;
});

export const savedFilters = {
  listSavedFilters: filter.list(({ store, auth }) => store.views.filtersNewestFirst.group(auth.user.id)),

  createSavedFilter: filter.create<S['SavedFilterCreate']>(({ body: b, auth, now, store }) => {
    const missing = missingFields({ ...b, payload: Object.keys(b.payload).length > 0 }, ['name', 'scope', 'payload']);
    if (missing) throw badRequest(missing);
    uniqueName(store, auth.user.id, b.name, b.scope);
    return { user_id: auth.user.id, name: b.name, scope: b.scope, payload: b.payload, is_shared: b.is_shared ?? false, created_at: now, updated_at: now };
  }, trail.created),

  getSavedFilter: (ctx) => {
    const row = filter.row(ctx);
    if (row.user_id !== ctx.auth.user.id && !row.is_shared && !ctx.auth.isAdmin) throw forbidden('Access denied');
    return filter.get(ctx);
  },
  updateSavedFilter,
  patchSavedFilter: updateSavedFilter,
  deleteSavedFilter: filter.remove((ctx, row) => {
    ownOrAdmin(ctx.auth, row.user_id);
    trail.deleted(ctx, row);
  }),
} satisfies Partial<TimeTrackerHandlers>;
