/**
 * GET /api/v1/search and the legacy GET /api/search (same logic, lenient on
 * short queries). Case-insensitive substring matching as the real server's
 * `ILIKE '%q%'`, answered from the store's text indexes (decisions/0008).
 */
import { validationError } from '../../core/errors.js';
import { ok } from '../../core/handler.js';
import type { Access, TimeTrackerHandlers } from '../../apis/timetracker/env.js';
import { hms } from '../../core/time.js';
import type { Store } from '../../store/timetracker/store.js';
import type { TimeEntryRow } from '../../store/timetracker/types.js';
import { entrySeconds, statusDisplay } from './serialize.js';

const TYPES = ['project', 'task', 'client', 'entry'] as const;
type ResultType = (typeof TYPES)[number];

export interface Result {
  type: ResultType;
  category: ResultType;
  id: number;
  title: string;
  description: string;
  url: string;
  badge: string;
}

interface SearchQuery {
  limit?: number;
  types?: string;
}

/** A time entry as a search result. */
export function entryResult(store: Store, e: TimeEntryRow, now: number): Omit<Result, 'category'> {
  const project = e.project_id !== null ? store.projects.get(e.project_id) : undefined;
  const task = e.task_id !== null ? store.tasks.get(e.task_id) : undefined;
  const notes = (e.notes ?? '').slice(0, 100);
  return {
    type: 'entry',
    id: e.id,
    title: project ? (task ? `${project.name} • ${task.name}` : project.name) : 'Time Entry',
    description: e.tags ? `${notes} [${e.tags}]` : notes,
    url: `/timer/edit/${e.id}`,
    badge: hms(entrySeconds(e, now)),
  };
}

function run(ctx: Access & { now: number; query: SearchQuery }, q: string): Result[] {
  const { store, query, now } = ctx;
  const { user, isAdmin } = ctx.auth;
  const limit = Math.min(50, Math.max(1, query.limit ?? 10));
  const wanted = typeof query.types === 'string' ? query.types.split(',').map((t) => t.trim()).filter((t): t is ResultType => (TYPES as readonly string[]).includes(t)) : [];
  const types = new Set<ResultType>(wanted.length ? wanted : TYPES);
  const needle = q.toLowerCase();
  const results: Result[] = [];
  const push = (r: Omit<Result, 'category'>) => results.push({ ...r, category: r.type });
  // Each type: the rows whose text matches, from the store's text indexes, then ordered and cut to the limit.
  const byName = (a: { name: string; id: number }, b: { name: string; id: number }) => a.name.localeCompare(b.name) || a.id - b.id;
  if (types.has('project')) {
    const matches = [...store.views.projectText.matching(needle)].filter((p) => p.status === 'active').sort(byName);
    for (const p of matches.slice(0, limit)) {
      push({ type: 'project', id: p.id, title: p.name, description: p.description ?? '', url: `/projects/${p.id}`, badge: 'Project' });
    }
  }
  if (types.has('task')) {
    const seesAll = isAdmin || user.role === 'manager';
    let n = 0;
    for (const t of [...store.views.taskText.matching(needle)].sort((a, b) => a.id - b.id)) {
      if (n >= limit) break;
      const project = store.projects.get(t.project_id);
      if (!project || project.status !== 'active') continue;
      if (!seesAll && t.assigned_to !== user.id && t.created_by !== user.id) continue;
      push({ type: 'task', id: t.id, title: t.name, description: project.name, url: `/tasks/${t.id}`, badge: statusDisplay(t.status) });
      n++;
    }
  }
  if (types.has('client')) {
    for (const c of [...store.views.clientText.matching(needle)].sort(byName).slice(0, limit)) {
      push({ type: 'client', id: c.id, title: c.name, description: c.description ?? c.contact_person ?? c.email ?? '', url: `/clients/${c.id}`, badge: 'Client' });
    }
  }
  if (types.has('entry')) {
    for (const e of store.searchTimeEntries(needle, limit, isAdmin ? undefined : user.id)) push(entryResult(store, e, now));
  }
  return results;
}

export const search = {
  search: (ctx) => {
    const q = String(ctx.query.q ?? '').trim();
    if (q.length < 2) {
      throw validationError({ q: ['Query must be at least 2 characters'] }, 'Query must be at least 2 characters', { results: [], partial: false });
    }
    const results = run(ctx, q);
    return ok({ results, query: q, count: results.length, partial: false, errors: {} });
  },

  webSearch: (ctx) => {
    const q = String(ctx.query.q ?? '').trim();
    const results = q.length < 2 ? [] : run(ctx, q);
    return {
      status: 200,
      headers: { 'X-API-Deprecated': 'true', Link: '</api/v1/search>; rel="successor-version"' },
      body: { results, query: q, count: results.length, partial: false, errors: {} },
    };
  },
} satisfies Partial<TimeTrackerHandlers>;
