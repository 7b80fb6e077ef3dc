/** Shared helpers of the store tests: a fixed `now`, a brute-force filter to check the index against, entry factories. */
import type { EntryFilter, Store } from '../../src/store/timetracker/store.js';
import type { TimeEntryRow } from '../../src/store/timetracker/types.js';

/** Monday 2026-11-16 10:00 UTC. */
export const NOW = Date.parse('2026-11-16T10:00:00Z');
export const HOUR = 3_600_000;
export const DAY = 86_400_000;

/** The entry's client: its project's client, or its own client_id when it has no project. */
export function clientOf(store: Store, e: TimeEntryRow): number | null {
  return e.project_id !== null ? (store.projects.get(e.project_id)?.client_id ?? null) : e.client_id;
}

/** What `queryTimeEntries` must return, computed the slow and obvious way: newest start first, then highest id. */
export function brute(store: Store, f: EntryFilter): TimeEntryRow[] {
  return [...store.timeEntries.all()]
    .filter((e) => f.userId === undefined || e.user_id === f.userId)
    .filter((e) => f.projectId === undefined || e.project_id === f.projectId)
    .filter((e) => f.clientId === undefined || clientOf(store, e) === f.clientId)
    .filter((e) => f.from === undefined || e.start >= f.from)
    .filter((e) => f.to === undefined || e.start <= f.to)
    .filter((e) => f.billable === undefined || e.billable === f.billable)
    .filter((e) => (f.activeOnly ? e.end === null : f.includeActive || e.end !== null))
    .sort((a, b) => b.start - a.start || b.id - a.id);
}

/** Seconds a finished entry counts (the store's rule, restated). */
export const seconds = (e: TimeEntryRow): number => (e.end === null ? 0 : Math.max(0, Math.round((e.end - e.start) / 1000) - e.break_seconds));

/** A time entry row with sensible defaults. */
export function entry(o: Partial<Omit<TimeEntryRow, 'id'>> & Pick<TimeEntryRow, 'user_id' | 'start'>): Omit<TimeEntryRow, 'id'> {
  return {
    project_id: null,
    client_id: null,
    task_id: null,
    end: o.start + HOUR,
    break_seconds: 0,
    paused_at: null,
    notes: null,
    tags: null,
    source: 'manual',
    billable: true,
    paid: false,
    invoice_number: null,
    created_at: o.start,
    updated_at: o.start,
    ...o,
  };
}

export const ids = (rows: { id: number }[]): number[] => rows.map((r) => r.id);
