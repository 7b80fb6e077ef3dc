/**
 * /api/v1/calendar/events: a user's own calendar (reference §16), declared
 * on `resource`. The rules kept here: snake case in and camel case out, the
 * list's range bounds the event START (a date-only `end` is its midnight, so
 * that day is left out, as on the real server), an end after the start on
 * create only, and `all_day` fixed once created.
 */
import { badRequest } from '../../core/errors.js';
import { ok } from '../../core/handler.js';
import { isoNaive, isoNaiveOrNull, parseIsoTime } from '../../core/time.js';
import type { TimeTrackerHandlers } from '../../apis/timetracker/env.js';
import type { components } from '../../generated/timetracker/openapi.js';
import type { CalendarEventRow } from '../../store/timetracker/board-types.js';
import { ownOrAdmin, pick } from './records.js';
import { resource, type ResourceCtx } from './resource.js';

type S = components['schemas'];

/** The real server's `to_dict` (`models/calendar_event.py:91`). */
function eventDict(e: CalendarEventRow): S['CalendarEvent'] {
  return {
    id: e.id,
    title: e.title,
    description: e.description,
    start: isoNaive(e.start_time),
    end: isoNaive(e.end_time),
    allDay: e.all_day,
    location: e.location,
    eventType: e.event_type,
    projectId: e.project_id,
    taskId: e.task_id,
    clientId: e.client_id,
    isRecurring: e.is_recurring,
    recurrenceRule: e.recurrence_rule,
    recurrenceEndDate: isoNaiveOrNull(e.recurrence_end_date),
    parentEventId: e.parent_event_id,
    reminderMinutes: e.reminder_minutes,
    color: e.color,
    isPrivate: e.is_private,
    createdAt: isoNaive(e.created_at),
    updatedAt: isoNaive(e.updated_at),
  };
}

const event = resource({
  table: (s) => s.calendarEvents,
  // `first_or_404` in api_v1.py: the blueprint's generic 404.
  what: 'Resource',
  id: 'event_id',
  one: 'event',
  many: 'events',
  dict: (e) => eventDict(e),
  access: (auth, e) => ownOrAdmin(auth, e.user_id),
  messages: { created: 'Event created successfully', updated: 'Event updated successfully', deleted: 'Event deleted successfully' },
});

const UPDATABLE = ['title', 'description', 'location', 'event_type', 'color', 'is_private', 'reminder_minutes'] as const;

/** A time the body names, when it parses (an unparseable one is ignored on update). */
const parsed = (value: string | undefined): { ms: number } | undefined => {
  const ms = value === undefined ? null : parseIsoTime(value);
  return ms === null ? undefined : { ms };
};

const updateCalendarEvent = event.update<S['CalendarEventUpdate']>(({ body: b, now }) => {
  const start = parsed(b.start_time);
  const end = parsed(b.end_time);
  // `all_day` is not among the fields the real server sets: accepted and ignored.
  return { ...pick(b, UPDATABLE), ...(start ? { start_time: start.ms } : {}), ...(end ? { end_time: end.ms } : {}), updated_at: now };
});

type Range = { start?: string; end?: string };

export const calendarEvents = {
  listCalendarEvents: ({ store, auth, query }: ResourceCtx<unknown, Range>) => {
    // parse_datetime: an unparseable bound is no bound; a date is its midnight (an end too).
    const from = query.start === undefined ? null : parseIsoTime(query.start);
    const to = query.end === undefined ? null : parseIsoTime(query.end);
    const own = store.views.eventsByStart.group(auth.user.id);
    const rows = own.filter((e) => (from === null || e.start_time >= from) && (to === null || e.start_time <= to));
    return ok({ events: rows.map(eventDict) });
  },

  createCalendarEvent: event.create<S['CalendarEventCreate']>(({ body: b, auth, now }) => {
    const missing = (['title', 'start_time', 'end_time'] as const).filter((f) => !b[f]);
    if (missing.length > 0) throw badRequest(`Missing required fields: ${missing.join(', ')}`);
    const start = parseIsoTime(b.start_time);
    const end = parseIsoTime(b.end_time);
    if (start === null || end === null || end <= start) throw badRequest('Invalid start/end time');
    return {
      user_id: auth.user.id,
      title: b.title,
      description: b.description ?? null,
      start_time: start,
      end_time: end,
      all_day: b.all_day ?? false,
      location: b.location ?? null,
      event_type: b.event_type ?? 'event',
      project_id: b.project_id ?? null,
      task_id: b.task_id ?? null,
      client_id: b.client_id ?? null,
      is_recurring: false,
      recurrence_rule: null,
      recurrence_end_date: null,
      parent_event_id: null,
      reminder_minutes: b.reminder_minutes ?? null,
      color: b.color ?? null,
      is_private: b.is_private ?? false,
      created_at: now,
      updated_at: now,
    };
  }),

  getCalendarEvent: event.get,
  updateCalendarEvent,
  patchCalendarEvent: updateCalendarEvent,
  deleteCalendarEvent: event.remove(),
} satisfies Partial<TimeTrackerHandlers>;
