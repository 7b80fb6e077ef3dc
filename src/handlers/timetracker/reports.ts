/** GET /api/v1/reports/summary, from the running sums of the store's time-entry index (no entry is visited). */
import { ok } from '../../core/handler.js';
import { isoNaive, parseIsoTime, parseRangeEnd, round2 } from '../../core/time.js';
import type { TimeTrackerHandlers } from '../../apis/timetracker/env.js';
import { ownUserFilter } from './time-entries.js';

export const reports = {
  getSummaryReport: (ctx) => {
    const { store, query, now } = ctx;
    const userId = ownUserFilter(ctx, query.user_id);
    const end = (query.end_date !== undefined ? parseRangeEnd(query.end_date) : null) ?? now;
    const start = (query.start_date !== undefined ? parseIsoTime(query.start_date) : null) ?? end - 30 * 86_400_000;
    // Running sums of the index: the cost is the projects in the answer, not the entries in the range.
    const filter = { userId, projectId: query.project_id, from: start, to: end };
    const totals = store.sumTimeEntries(filter);
    const byProject = store.sumTimeEntriesByKey(filter).projects;
    return ok({
      summary: {
        start_date: isoNaive(start),
        end_date: isoNaive(end),
        total_hours: round2(totals.seconds / 3600),
        billable_hours: round2(totals.billableSeconds / 3600),
        total_entries: totals.count,
        by_project: [...byProject.entries()]
          .map(([id, p]) => ({ project_id: id, project_name: store.projects.get(id)?.name ?? 'Unknown', hours: round2(p.seconds / 3600), entries: p.count }))
          .sort((a, b) => b.hours - a.hours || a.project_id - b.project_id),
      },
    });
  },
} satisfies Partial<TimeTrackerHandlers>;
