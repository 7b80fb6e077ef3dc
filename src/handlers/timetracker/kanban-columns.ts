/**
 * /api/v1/kanban/columns: the board columns, global (project_id null) or a
 * project's own (reference §14), declared on `resource`. Domain rules kept
 * here: a key is unique per project (global keys may repeat, as NULLs never
 * collide in the real server's unique index), system columns cannot be
 * deleted, and reorder renumbers only the columns of the board it names.
 */
import { badRequest, conflict } from '../../core/errors.js';
import { ok } from '../../core/handler.js';
import { isoNaive } from '../../core/time.js';
import type { TimeTrackerHandlers } from '../../apis/timetracker/env.js';
import type { components } from '../../generated/timetracker/openapi.js';
import type { Store } from '../../store/timetracker/store.js';
import type { KanbanColumnRow } from '../../store/timetracker/board-types.js';
import { pick } from './records.js';
import { resource } from './resource.js';

type S = components['schemas'];

/** The real server's `to_dict` (`models/kanban_column.py:46`). */
const columnDict = (c: KanbanColumnRow): S['KanbanColumn'] => ({ ...c, created_at: isoNaive(c.created_at), updated_at: isoNaive(c.updated_at) });

/** 409 when another column of the same project has this key (global columns never collide). */
function checkUniqueKey(store: Store, projectId: number | null, key: string, self?: number): void {
  if (projectId === null) return;
  if (store.views.columnsByPosition.group(projectId).some((c) => c.key === key && c.id !== self)) {
    throw conflict('Duplicate entry - this record already exists', 'integrity_error');
  }
}

const column = resource({
  table: (s) => s.kanbanColumns,
  // `first_or_404` in api_v1.py: the blueprint's generic 404.
  what: 'Resource',
  id: 'column_id',
  one: 'column',
  many: 'columns',
  dict: (c) => columnDict(c),
  messages: { created: 'Column created successfully', updated: 'Column updated successfully', deleted: 'Column deleted successfully' },
});

const UPDATABLE = ['key', 'label', 'icon', 'color', 'position', 'is_active', 'is_complete_state'] as const;

const updateKanbanColumn = column.update<S['KanbanColumnUpdate']>(({ body, store, now }, row) => {
  if (body.key !== undefined) checkUniqueKey(store, row.project_id, body.key, row.id);
  return { ...pick(body, UPDATABLE), updated_at: now };
});

export const kanbanColumns = {
  listKanbanColumns: (ctx: { store: Store; query: { project_id?: number } }) =>
    ok({ columns: ctx.store.views.columnsByPosition.group(ctx.query.project_id ?? null).map(columnDict) }),

  createKanbanColumn: column.create<S['KanbanColumnCreate']>(({ body: b, store, now }) => {
    // "Required" is truthy on the real server: an empty key or label is missing too.
    const missing = (['key', 'label'] as const).filter((f) => !b[f]);
    if (missing.length > 0) throw badRequest(`Missing required fields: ${missing.join(', ')}`);
    const projectId = b.project_id ?? null;
    checkUniqueKey(store, projectId, b.key);
    return {
      project_id: projectId,
      key: b.key,
      label: b.label,
      icon: b.icon ?? 'fas fa-circle',
      color: b.color ?? 'secondary',
      position: b.position ?? 0,
      is_active: b.is_active ?? true,
      is_system: b.is_system ?? false,
      is_complete_state: b.is_complete_state ?? false,
      wip_limit: null,
      created_at: now,
      updated_at: now,
    };
  }),

  reorderKanbanColumns: ({ body, store, now }: { body: S['KanbanColumnReorder']; store: Store; now: number }) => {
    const ids = body.column_ids;
    if (!Array.isArray(ids) || ids.length === 0) throw badRequest('column_ids must be a non-empty list');
    const board = body.project_id ?? null;
    ids.forEach((id, position) => {
      const c = store.kanbanColumns.get(id);
      if (c && c.project_id === board) store.kanbanColumns.update(c.id, { position, updated_at: now });
    });
    return ok({ message: 'Columns reordered successfully' });
  },

  updateKanbanColumn,
  patchKanbanColumn: updateKanbanColumn,
  deleteKanbanColumn: column.remove((_ctx, row) => {
    if (row.is_system) throw badRequest('Cannot delete system column');
  }),
} satisfies Partial<TimeTrackerHandlers>;
