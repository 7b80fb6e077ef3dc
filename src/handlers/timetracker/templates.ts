/** /api/v1/time-entry-templates: a user's own templates (reference §17). */
import { badRequest } from '../../core/errors.js';
import { created, ok } from '../../core/handler.js';
import { isoNaive, isoNaiveOrNull } from '../../core/time.js';
import type { TimeTrackerHandlers } from '../../apis/timetracker/env.js';
import type { components } from '../../generated/timetracker/openapi.js';
import type { Store } from '../../store/timetracker/store.js';
import type { TimeEntryTemplateRow } from '../../store/timetracker/types.js';
import { pageParams, paginated } from './paginate.js';
import { found, ownOrAdmin, pick } from './records.js';

type S = components['schemas'];

/** The real server's `to_dict` (`models/time_entry_template.py:68`). */
function templateDict(store: Store, t: TimeEntryTemplateRow): S['TimeEntryTemplate'] {
  const minutes = t.default_duration_minutes;
  return {
    ...t,
    project_name: t.project_id === null ? null : (store.projects.get(t.project_id)?.name ?? null),
    task_name: t.task_id === null ? null : (store.tasks.get(t.task_id)?.name ?? null),
    default_duration: minutes === null ? null : minutes / 60,
    last_used_at: isoNaiveOrNull(t.last_used_at),
    created_at: isoNaive(t.created_at),
    updated_at: isoNaive(t.updated_at),
  };
}

/** `Missing required fields: name` when the trimmed name is empty (also on update, when sent). */
function checkedName(name: string): string {
  const trimmed = name.trim();
  if (!trimmed) throw badRequest('Missing required fields: name');
  return trimmed;
}

const UPDATABLE = ['description', 'project_id', 'task_id', 'default_duration_minutes', 'default_notes', 'tags', 'billable'] as const;

const updateTimeEntryTemplate: TimeTrackerHandlers['updateTimeEntryTemplate'] = ({ store, params, body: b, auth, now }) => {
  const t = found(store.timeEntryTemplates, params.template_id, 'Template');
  ownOrAdmin(auth, t.user_id);
  const name = b.name === undefined ? {} : { name: checkedName(b.name) };
  const updated = store.timeEntryTemplates.update(t.id, { ...pick(b, UPDATABLE), ...name, updated_at: now });
  return ok({ message: 'Template updated successfully', template: templateDict(store, updated) });
};

export const templates = {
  listTimeEntryTemplates: ({ store, query, auth }) => {
    const { page, perPage } = pageParams(query);
    return ok(paginated('templates', store.views.templatesNewestFirst.group(auth.user.id), page, perPage, (t) => templateDict(store, t)));
  },

  createTimeEntryTemplate: ({ store, body: b, auth, now }) => {
    const t = store.timeEntryTemplates.insert({
      user_id: auth.user.id,
      name: checkedName(b.name),
      description: b.description ?? null,
      project_id: b.project_id ?? null,
      task_id: b.task_id ?? null,
      default_duration_minutes: b.default_duration_minutes ?? null,
      default_notes: b.default_notes ?? null,
      tags: b.tags ?? null,
      billable: b.billable ?? true,
      usage_count: 0,
      last_used_at: null,
      created_at: now,
      updated_at: now,
    });
    return created({ message: 'Template created successfully', template: templateDict(store, t) });
  },

  getTimeEntryTemplate: ({ store, params, auth }) => {
    const t = found(store.timeEntryTemplates, params.template_id, 'Template');
    ownOrAdmin(auth, t.user_id);
    return ok({ template: templateDict(store, t) });
  },

  updateTimeEntryTemplate,
  patchTimeEntryTemplate: updateTimeEntryTemplate,

  deleteTimeEntryTemplate: ({ store, params, auth }) => {
    const t = found(store.timeEntryTemplates, params.template_id, 'Template');
    ownOrAdmin(auth, t.user_id);
    store.timeEntryTemplates.delete(t.id);
    return ok({ message: 'Template deleted successfully' });
  },
} satisfies Partial<TimeTrackerHandlers>;
