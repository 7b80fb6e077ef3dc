/** /api/v1/time-entry-templates: a user's own templates (reference §17), declared on `resource`. */
import { badRequest } from '../../core/errors.js';
import { isoNaive, isoNaiveOrNull } from '../../core/time.js';
import type { TimeTrackerHandlers } from '../../apis/timetracker/env.js';
import type { components } from '../../generated/timetracker/openapi.js';
import type { Store } from '../../store/timetracker/store.js';
import type { TimeEntryTemplateRow } from '../../store/timetracker/types.js';
import { ownOrAdmin, pick } from './records.js';
import { resource } from './resource.js';

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

const template = resource({
  table: (s) => s.timeEntryTemplates,
  what: 'Template',
  id: 'template_id',
  one: 'template',
  many: 'templates',
  dict: (t, ctx) => templateDict(ctx.store, t),
  access: (auth, t) => ownOrAdmin(auth, t.user_id),
  messages: { created: 'Template created successfully', updated: 'Template updated successfully', deleted: 'Template deleted successfully' },
});

type Body = S['TimeEntryTemplateUpdate'];
const updateTimeEntryTemplate = template.update<Body>(({ body: b, now }) => ({
  ...pick(b, UPDATABLE),
  ...(b.name === undefined ? {} : { name: checkedName(b.name) }),
  updated_at: now,
}));

export const templates = {
  listTimeEntryTemplates: template.list(({ store, auth }) => store.views.templatesNewestFirst.group(auth.user.id)),

  createTimeEntryTemplate: template.create<S['TimeEntryTemplateCreate']>(({ body: b, auth, now }) => ({
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
  })),

  getTimeEntryTemplate: template.get,
  updateTimeEntryTemplate,
  patchTimeEntryTemplate: updateTimeEntryTemplate,
  deleteTimeEntryTemplate: template.remove(),
} satisfies Partial<TimeTrackerHandlers>;
