/**
 * The reads as they were before the indexes: each one a full scan of the
 * tables, in the obvious way (the handlers' code of 2026-12-01, with every
 * index lookup replaced by a scan). test/store/reads.test.ts checks the
 * indexed handlers answer exactly these.
 */
import type { Store } from '../../src/store/timetracker/store.js';
import type { InventoryMovementRow, ProjectRow, TimeEntryRow, UserRow } from '../../src/store/timetracker/types.js';
import { isoDate, isoNaive, round2 } from '../../src/core/time.js';
import { entryResult } from '../../src/handlers/timetracker/search.js';
import { statusDisplay } from '../../src/handlers/timetracker/serialize.js';
import { projectVisible } from '../../src/store/timetracker/rules.js';
import { seconds } from './helpers.js';

const DAY = 86_400_000;
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Finished entries of a user (or everyone), newest first, by a scan. */
function finished(store: Store, userId?: number): TimeEntryRow[] {
  return [...store.timeEntries.all()]
    .filter((e) => e.end !== null && (userId === undefined || e.user_id === userId))
    .sort((a, b) => b.start - a.start || b.id - a.id);
}

export interface Caller {
  user: UserRow;
  isAdmin: boolean;
}

export function search(store: Store, caller: Caller, q: string, limit: number, types: string[]) {
  const { user, isAdmin } = caller;
  const needle = q.toLowerCase();
  const has = (...fields: (string | null | undefined)[]) => fields.some((f) => f?.toLowerCase().includes(needle));
  const results: { type: string; id: number; title: string; description: string; url: string; badge: string; category: string }[] = [];
  const push = (r: Omit<(typeof results)[number], 'category'>) => results.push({ ...r, category: r.type });
  if (types.includes('project')) {
    let n = 0;
    for (const p of [...store.projects.all()].sort((a, b) => a.name.localeCompare(b.name))) {
      if (n >= limit) break;
      if (p.status !== 'active' || !has(p.name, p.description)) continue;
      push({ type: 'project', id: p.id, title: p.name, description: p.description ?? '', url: `/projects/${p.id}`, badge: 'Project' });
      n++;
    }
  }
  if (types.includes('task')) {
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
  if (types.includes('client')) {
    let n = 0;
    for (const c of [...store.clients.all()].sort((a, b) => a.name.localeCompare(b.name))) {
      if (n >= limit) break;
      if (!has(c.name, c.email, c.company, c.description, c.contact_person)) continue;
      push({ type: 'client', id: c.id, title: c.name, description: c.description ?? c.contact_person ?? c.email ?? '', url: `/clients/${c.id}`, badge: 'Client' });
      n++;
    }
  }
  if (types.includes('entry')) {
    let n = 0;
    for (const e of finished(store, isAdmin ? undefined : user.id)) {
      if (n >= limit) break;
      if (!has(e.notes, e.tags)) continue;
      push(entryResult(store, e, 0));
      n++;
    }
  }
  return results;
}

export function summary(store: Store, o: { userId?: number; projectId?: number; start: number; end: number }) {
  let total = 0;
  let billable = 0;
  let count = 0;
  const byProject = new Map<number, { seconds: number; entries: number }>();
  for (const e of store.timeEntries.all()) {
    if (e.end === null || e.start < o.start || e.start > o.end) continue;
    if (o.userId !== undefined && e.user_id !== o.userId) continue;
    if (o.projectId !== undefined && e.project_id !== o.projectId) continue;
    const s = seconds(e);
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
  return {
    summary: {
      start_date: isoNaive(o.start),
      end_date: isoNaive(o.end),
      total_hours: round2(total / 3600),
      billable_hours: round2(billable / 3600),
      total_entries: count,
      by_project: [...byProject.entries()]
        .map(([id, p]) => ({ project_id: id, project_name: store.projects.get(id)?.name ?? 'Unknown', hours: round2(p.seconds / 3600), entries: p.entries }))
        .sort((a, b) => b.hours - a.hours || a.project_id - b.project_id),
    },
  };
}

function mondayOf(ms: number): number {
  const d = new Date(ms);
  const midnight = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
  return midnight - ((d.getUTCDay() + 6) % 7) * DAY;
}

export function valueDashboard(store: Store, user: UserRow, now: number) {
  const entries = finished(store, user.id).reverse();
  let total = 0;
  let value = 0;
  const days = new Set<string>();
  const byWeekday = new Array<number>(7).fill(0);
  const today = Date.UTC(new Date(now).getUTCFullYear(), new Date(now).getUTCMonth(), new Date(now).getUTCDate());
  const weekStart = mondayOf(now);
  const monthStart = Date.UTC(new Date(now).getUTCFullYear(), new Date(now).getUTCMonth(), 1);
  let week = 0;
  let month = 0;
  const last7 = new Map<string, number>();
  for (let i = 6; i >= 0; i--) last7.set(isoDate(today - i * DAY), 0);
  for (const e of entries) {
    const s = seconds(e);
    total += s;
    const day = isoDate(e.start);
    days.add(day);
    byWeekday[new Date(e.start).getUTCDay()] += s;
    if (e.start >= weekStart) week += s;
    if (e.start >= monthStart) month += s;
    if (last7.has(day)) last7.set(day, (last7.get(day) as number) + s);
    if (e.billable) {
      const project = e.project_id !== null ? store.projects.get(e.project_id) : undefined;
      const clientId = e.client_id ?? project?.client_id ?? null;
      const rate = project?.hourly_rate ?? (clientId !== null ? store.clients.get(clientId)?.default_hourly_rate : null) ?? null;
      if (rate) value += (s / 3600) * rate;
    }
  }
  const best = byWeekday.reduce((bi, v, i, arr) => (v > arr[bi] ? i : bi), 0);
  return {
    total_hours: round2(total / 3600),
    entries_count: entries.length,
    active_days: days.size,
    avg_session_length: entries.length ? Math.round((total / 3600 / entries.length) * 10) / 10 : 0,
    most_productive_day: total > 0 ? WEEKDAYS[best] : null,
    this_week_hours: round2(week / 3600),
    this_month_hours: round2(month / 3600),
    last_7_days: [...last7.entries()].map(([date, s]) => ({ date, hours: round2(s / 3600) })),
    estimated_value_tracked: value > 0 ? round2(value) : null,
    estimated_value_currency: store.settings.currency,
  };
}

export function weekComparison(store: Store, user: UserRow, now: number) {
  const weekStart = mondayOf(now);
  const span = now - weekStart;
  const week = (start: number, end: number) => {
    const byDay = new Map<string, number>();
    for (let t = start; t <= end; t += DAY) byDay.set(isoDate(t), 0);
    let total = 0;
    for (const e of finished(store, user.id)) {
      if (e.start < start || e.start > end) continue;
      const s = seconds(e);
      total += s;
      const d = isoDate(e.start);
      if (byDay.has(d)) byDay.set(d, (byDay.get(d) as number) + s);
    }
    return { total_hours: round2(total / 3600), by_day: [...byDay.entries()].map(([day, s]) => ({ day, hours: round2(s / 3600) })) };
  };
  const current = week(weekStart, now);
  const last = week(weekStart - 7 * DAY, weekStart - 7 * DAY + span);
  return {
    current_week: current,
    last_week: last,
    change_percent: last.total_hours === 0 ? null : Math.round(((current.total_hours - last.total_hours) / last.total_hours) * 1000) / 10,
  };
}

/** Ids of a list's page, and its total, the way the list handlers sorted and filtered. */
export function listIds<T extends { id: number }>(rows: T[], page: number, perPage: number) {
  return { ids: rows.slice((page - 1) * perPage, page * perPage).map((r) => r.id), total: rows.length };
}

export function projects(store: Store, caller: Caller, status: string, clientId?: number): ProjectRow[] {
  return [...store.projects.all()]
    .filter((p) => status === 'all' || p.status === status)
    .filter((p) => clientId === undefined || p.client_id === clientId)
    .filter((p) => projectVisible(caller.user, caller.isAdmin, p))
    .sort((a, b) => a.name.localeCompare(b.name) || a.id - b.id);
}

export function clients(store: Store, status?: string) {
  return [...store.clients.all()].filter((c) => !status || status === 'all' || c.status === status).sort((a, b) => a.name.localeCompare(b.name) || a.id - b.id);
}

const PRIORITY_RANK: Record<string, number> = { urgent: 4, high: 3, medium: 2, low: 1 };
export function tasks(store: Store, o: { projectId?: number; status?: string; tags?: string }) {
  const tags = typeof o.tags === 'string' ? o.tags.split(',').map((t) => t.trim().toLowerCase()).filter(Boolean) : [];
  return [...store.tasks.all()]
    .filter((t) => o.projectId === undefined || t.project_id === o.projectId)
    .filter((t) => o.status === undefined || t.status === o.status)
    .filter((t) => tags.length === 0 || tags.some((tag) => (t.tags ?? '').toLowerCase().includes(tag)))
    .sort(
      (a, b) =>
        (PRIORITY_RANK[b.priority] ?? 0) - (PRIORITY_RANK[a.priority] ?? 0) ||
        (a.due_date ?? '9999').localeCompare(b.due_date ?? '9999') ||
        a.created_at - b.created_at ||
        a.id - b.id,
    );
}

export function users(store: Store) {
  return [...store.users.all()].filter((u) => u.is_active).sort((a, b) => a.username.localeCompare(b.username));
}

export function quotes(store: Store, caller: Caller, o: { status?: string; clientId?: number }) {
  const all = caller.isAdmin || caller.user.role === 'manager';
  return [...store.quotes.all()]
    .filter((q) => all || q.created_by === caller.user.id)
    .filter((q) => !o.status || o.status === 'all' || q.status === o.status)
    .filter((q) => o.clientId === undefined || q.client_id === o.clientId)
    .sort((a, b) => b.created_at - a.created_at || b.id - a.id);
}

export function clientCounts(store: Store, clientId: number) {
  const own = [...store.projects.all()].filter((p) => p.client_id === clientId);
  return { total_projects: own.length, active_projects: own.filter((p) => p.status === 'active').length };
}

export function attendance(store: Store, user: UserRow, now: number) {
  const open = [...store.workPeriods.all()].find((p) => p.user_id === user.id && p.end === null);
  const brk = open ? [...store.breaks.all()].find((b) => b.work_period_id === open.id && b.end === null) : undefined;
  const breakSeconds = (periodId: number) => {
    let s = 0;
    for (const b of store.breaks.all()) if (b.work_period_id === periodId) s += Math.floor(((b.end ?? now) - b.start) / 1000);
    return s;
  };
  const dayStart = now - (now % DAY);
  let worked = 0;
  let breaks = 0;
  for (const p of store.workPeriods.all()) {
    if (p.user_id !== user.id || (p.end ?? now) < dayStart) continue;
    const b = breakSeconds(p.id);
    breaks += b;
    worked += Math.max(0, Math.floor(((p.end ?? now) - Math.max(p.start, dayStart)) / 1000) - b);
  }
  return {
    work_active: open !== undefined,
    break_active: brk !== undefined,
    work_period_id: open?.id ?? null,
    break_id: brk?.id ?? null,
    work_period_break_seconds: open ? breakSeconds(open.id) : null,
    today: { date: isoDate(now), worked_seconds: worked, break_seconds: breaks },
  };
}

export function transfers(store: Store, from: number | null, to: number | null) {
  const byRef = new Map<number, InventoryMovementRow[]>();
  for (const m of store.movements.all()) {
    if (m.movement_type !== 'transfer' || m.reference_id === null) continue;
    const list = byRef.get(m.reference_id) ?? [];
    list.push(m);
    byRef.set(m.reference_id, list);
  }
  const pairs: { out: InventoryMovementRow; in: InventoryMovementRow }[] = [];
  for (const list of byRef.values()) {
    if (list.length !== 2) continue;
    const out = list.find((m) => m.quantity < 0);
    const inn = list.find((m) => m.quantity > 0);
    if (out && inn) pairs.push({ out, in: inn });
  }
  return pairs
    .sort((a, b) => b.out.moved_at - a.out.moved_at || (b.out.reference_id as number) - (a.out.reference_id as number))
    .filter((p) => (from === null || p.out.moved_at >= from) && (to === null || p.out.moved_at <= to))
    .map((p) => [p.out.id, p.in.id]);
}

export function movementIds(store: Store, o: { from: number | null; to: number | null; itemId?: number; warehouseId?: number; type?: string }) {
  return [...store.movements.all()]
    .filter((m) => (o.from === null || m.moved_at >= o.from) && (o.to === null || m.moved_at <= o.to))
    .filter((m) => o.itemId === undefined || m.stock_item_id === o.itemId)
    .filter((m) => o.warehouseId === undefined || m.warehouse_id === o.warehouseId)
    .filter((m) => o.type === undefined || m.movement_type === o.type)
    .sort((a, b) => b.moved_at - a.moved_at || b.id - a.id)
    .map((m) => m.id);
}

export function turnover(store: Store, start: number, end: number) {
  const SOLD = new Set(['sale', 'usage', 'consumption']);
  return [...store.stockItems.all()].map((item) => {
    let sold = 0;
    for (const m of store.movements.all()) {
      if (m.stock_item_id === item.id && SOLD.has(m.movement_type) && m.moved_at >= start && m.moved_at <= end) sold += Math.abs(m.quantity);
    }
    let onHand = 0;
    for (const l of store.stockLevels.all()) if (l.stock_item_id === item.id) onHand += l.quantity;
    return { item_id: item.id, sold: round2(sold), onHand: round2(onHand) };
  });
}
