/** GET /api/v1/reports/summary, computed from the stored entries through the store's indexes. */
import { ok } from '../../core/handler.js';
import { isoNaive, parseIsoTime, parseRangeEnd, round2 } from '../../core/time.js';
import type { TimeTrackerHandlers } from '../../apis/timetracker/env.js';
import { entrySeconds } from './serialize.js';
import { ownUserFilter } from './time-entries.js';

export const reports = {
  getSummaryReport: (ctx) => {
    const { store, query, now } = ctx;
    const userId = ownUserFilter(ctx, query.user_id);
    const end = (query.end_date !== undefined ? parseRangeEnd(query.end_date) : null) ?? now;
    const start = (query.start_date !== undefined ? parseIsoTime(query.start_date) : null) ?? end - 30 * 86_400_000;
    let total = 0;
    let billable = 0;
    let count = 0;
    const byProject = new Map<number, { seconds: number; entries: number }>();
    for (const e of store.entriesOf({ userId, projectId: query.project_id, from: start, to: end })) {
      if (e.end === null) continue;
      const s = entrySeconds(e, now);
      total += s;
      if (e.billable) billable += s;
      count++;
      if (e.project_id !== null) {
        const p = byProject.get(e.project_id) ?? { seconds: 0, entries: 0 };
        p.seconds += s;
        p.entries++;
        byProject.set(e.project_id, p);
      }
    }
    return ok({
      summary: {
        start_date: isoNaive(start),
        end_date: isoNaive(end),
        total_hours: round2(total / 3600),
        billable_hours: round2(billable / 3600),
        total_entries: count,
        by_project: [...byProject.entries()]
          .map(([id, p]) => ({ project_id: id, project_name: store.projects.get(id)?.name ?? 'Unknown', hours: round2(p.seconds / 3600), entries: p.entries }))
          .sort((a, b) => b.hours - a.hours || a.project_id - b.project_id),
      },
    });
  },
} satisfies Partial<TimeTrackerHandlers>;
