/** GET /api/v1/search and the legacy GET /api/search (same logic, lenient on short queries). */
import { validationError } from '../../core/errors.js';
import { ok } from '../../core/handler.js';
import type { Access, TimeTrackerHandlers } from '../../apis/timetracker/env.js';
import { hms } from '../../core/time.js';
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

function run(ctx: Access & { now: number; query: SearchQuery }, q: string): Result[] {
  const { store, query, now } = ctx;
  const { user, isAdmin } = ctx.auth;
  const limit = Math.min(50, Math.max(1, query.limit ?? 10));
  const wanted = typeof query.types === 'string' ? query.types.split(',').map((t) => t.trim()).filter((t): t is ResultType => (TYPES as readonly string[]).includes(t)) : [];
  const types = new Set<ResultType>(wanted.length ? wanted : TYPES);
  const needle = q.toLowerCase();
  const has = (...fields: (string | null | undefined)[]) => fields.some((f) => f?.toLowerCase().includes(needle));
  const results: Result[] = [];
  const push = (r: Omit<Result, 'category'>) => results.push({ ...r, category: r.type });
  if (types.has('project')) {
    let n = 0;
    for (const p of [...store.projects.all()].sort((a, b) => a.name.localeCompare(b.name))) {
      if (n >= limit) break;
      if (p.status !== 'active' || !has(p.name, p.description)) continue;
      push({ type: 'project', id: p.id, title: p.name, description: p.description ?? '', url: `/projects/${p.id}`, badge: 'Project' });
      n++;
    }
  }
  if (types.has('task')) {
    let n = 0;
    for (const t of store.tasks.all()) {
      if (n >= limit) break;
      const project = store.projects.get(t.project_id);
      if (!project || project.status !== 'active' || !has(t.name, t.description)) continue;
      if (!isAdmin && user.role !== 'manager' && t.assigned_to !== user.id && t.created_by !== user.id) continue;
      push({ type: 'task', id: t.id, title: t.name, description: project.name, url: `/tasks/${t.id}`, badge: statusDisplay(t.status) });
      n++;
    }
  }
  if (types.has('client')) {
    let n = 0;
    for (const c of [...store.clients.all()].sort((a, b) => a.name.localeCompare(b.name))) {
      if (n >= limit) break;
      if (!has(c.name, c.email, c.company, c.description, c.contact_person)) continue;
      push({ type: 'client', id: c.id, title: c.name, description: c.description ?? c.contact_person ?? c.email ?? '', url: `/clients/${c.id}`, badge: 'Client' });
      n++;
    }
  }
  if (types.has('entry')) {
    let n = 0;
    const filter = isAdmin ? {} : { userId: user.id };
    for (const e of store.entriesOf({ ...filter, newestFirst: true })) {
      if (n >= limit) break;
      if (e.end === null || !has(e.notes, e.tags)) continue;
      const project = e.project_id !== null ? store.projects.get(e.project_id) : undefined;
      const task = e.task_id !== null ? store.tasks.get(e.task_id) : undefined;
      const notes = (e.notes ?? '').slice(0, 100);
      push({
        type: 'entry',
        id: e.id,
        title: project ? (task ? `${project.name} • ${task.name}` : project.name) : 'Time Entry',
        description: e.tags ? `${notes} [${e.tags}]` : notes,
        url: `/timer/edit/${e.id}`,
        badge: hms(entrySeconds(e, now)),
      });
      n++;
    }
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
