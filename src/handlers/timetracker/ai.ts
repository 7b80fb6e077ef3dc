/**
 * /api/v1/ai (reference §25, `api_v1_ai.py:26-62`, `services/llm_service.py`):
 * the AI helper's context preview, chat and confirmed actions. The mock runs
 * no model. The context is the real server's, read from the store; the
 * chat's reply is made from the prompt and that context, deterministically,
 * with the actions its words ask for; a confirmed action runs through the
 * timer and time-entry handlers, so it obeys their rules. Off by default, as
 * on the real server (`store.settings.ai.enabled`).
 */
import { ApiError } from '../../core/errors.js';
import { ok } from '../../core/handler.js';
import { isoNaive, isoNaiveOrNull, parseIsoTime, round2 } from '../../core/time.js';
import type { TimeTrackerHandlers } from '../../apis/timetracker/env.js';
import type { components } from '../../generated/timetracker/openapi.js';
import { projectVisible } from '../../store/timetracker/rules.js';
import type { Store } from '../../store/timetracker/store.js';
import type { TimeEntryRow } from '../../store/timetracker/types.js';
import type { ResourceCtx } from './resource.js';
import { entrySeconds, projectDict, splitTags } from './serialize.js';
import { timeEntries } from './time-entries.js';
import { timer } from './timer.js';

type S = components['schemas'];
type Action = S['AiAction'];

/** The helper's own errors: `{success: false, error, message, error_code}`. */
const aiError = (status: number, message: string, code: string) => new ApiError(status, message, code, { success: false });
const OPEN_TASKS = new Set(['todo', 'in_progress', 'review']);
const SHOWN = 8;

/** `_entry_dict` (services/llm_service.py:318). */
function entryDict(store: Store, e: TimeEntryRow, now: number): S['AiEntry'] {
  const running = e.end === null;
  return {
    id: e.id,
    project_id: e.project_id,
    project_name: e.project_id === null ? null : (store.projects.get(e.project_id)?.name ?? null),
    task_id: e.task_id,
    task_name: e.task_id === null ? null : (store.tasks.get(e.task_id)?.name ?? null),
    start_time: isoNaive(e.start),
    end_time: isoNaiveOrNull(e.end),
    duration_hours: running ? 0 : round2(entrySeconds(e, now) / 3600),
    notes: e.notes ?? '',
    tags: splitTags(e.tags),
    billable: e.billable,
    active: running,
  };
}

/** The helper's context (`build_context`), as much of it as the preview shows plus what the chat's reply reads. */
function buildContext(store: Store, userId: number, now: number) {
  const limit = Math.max(5, Math.min(store.settings.ai.context_limit || 40, 100));
  const recent = store.queryTimeEntries({ userId }, 1, limit).items;
  const running = recent.find((e) => e.end === null) ?? store.runningEntryOf(userId) ?? null;
  const tasks = store.views.tasksByAssignee.group(userId).filter((t) => OPEN_TASKS.has(t.status)).slice(0, 20);
  const projectIds = new Set<number>();
  for (const e of recent) if (e.project_id !== null) projectIds.add(e.project_id);
  for (const t of tasks) projectIds.add(t.project_id);
  const projects = [...projectIds].sort((a, b) => a - b).slice(0, 30).flatMap((id) => store.projects.get(id) ?? []);
  const finished = recent.filter((e) => e.end !== null).reduce((s, e) => s + entrySeconds(e, now), 0);
  const preview: S['AiContextPreview'] = {
    summary: { recent_entry_count: recent.length, recent_total_hours: round2(finished / 3600), open_task_count: tasks.length },
    active_timer: running ? entryDict(store, running, now) : null,
    recent_entries: recent.slice(0, SHOWN).map((e) => entryDict(store, e, now)),
    assigned_tasks: tasks.slice(0, SHOWN).map((t) => ({
      id: t.id,
      name: t.name,
      project_id: t.project_id,
      project_name: store.projects.get(t.project_id)?.name ?? null,
      status: t.status,
      priority: t.priority,
      due_date: t.due_date,
      estimated_hours: t.estimated_hours,
    })),
    projects: projects.slice(0, SHOWN).map((p) => {
      const d = projectDict(store, p);
      return { id: p.id, name: p.name, client: d.client, status: p.status, estimated_hours: p.estimated_hours, actual_hours: d.total_hours, budget_amount: p.budget_amount };
    }),
  };
  const isActive = (id: number | null) => id !== null && store.projects.get(id)?.status === 'active';
  const latest = recent.find((e) => isActive(e.project_id))?.project_id ?? tasks.find((t) => isActive(t.project_id))?.project_id ?? null;
  return { preview, latestProjectId: latest };
}

/** The disabled helper (the real server's default): 503 `ai_disabled`. */
function enabled(store: Store, message: string): void {
  if (!store.settings.ai.enabled) throw aiError(503, message, 'ai_disabled');
}

/** `ensure_enabled`: on, and configured enough to call a model. */
function ensureConfigured(store: Store): void {
  const c = store.settings.ai;
  enabled(store, 'AI helper is disabled.');
  if (!c.base_url || !c.model) throw aiError(400, 'AI helper is not fully configured.', 'ai_not_configured');
  if (c.provider === 'openai_compatible' && !c.api_key_set) throw aiError(400, 'Hosted AI provider requires an API key.', 'ai_missing_api_key');
}

/** Minutes a prompt names (`30 minutes`, `2 hours`, `1.5h`), else 60. */
export function promptMinutes(prompt: string): number {
  const m = /(\d+(?:\.\d+)?)\s*(hours?|hrs?|h|minutes?|mins?|m)\b/i.exec(prompt);
  if (!m) return 60;
  const n = Number(m[1]);
  return Math.max(1, Math.round(m[2].toLowerCase().startsWith('h') ? n * 60 : n));
}

/** The actions the mock proposes for a prompt: its words decide, the caller's latest project is the target. */
export function proposedActions(prompt: string, ctx: ReturnType<typeof buildContext>, projectName: string | null): Action[] {
  const p = prompt.toLowerCase();
  const out: Action[] = [];
  const project = ctx.latestProjectId;
  if (project !== null && p.includes('start') && p.includes('timer') && ctx.preview.active_timer === null) {
    out.push({ type: 'start_timer', label: `Start a timer on ${projectName}`, payload: { project_id: project } });
  }
  if (project !== null && /\b(log|add|create)\b/.test(p) && /\b(entry|time|hours?|minutes?)\b/.test(p)) {
    const minutes = promptMinutes(prompt);
    out.push({ type: 'create_time_entry', label: `Log ${minutes} minutes on ${projectName}`, payload: { project_id: project, duration_minutes: minutes, notes: prompt.slice(0, 200) } });
  }
  if (p.includes('summar')) out.push({ type: 'summary', label: 'Summary', payload: { text: summaryText(ctx.preview) } });
  return out;
}

function summaryText(c: S['AiContextPreview']): string {
  const s = c.summary;
  const timerText = c.active_timer ? `a timer is running on ${c.active_timer.project_name ?? 'no project'} since ${c.active_timer.start_time}` : 'no timer is running';
  return `Your last ${s.recent_entry_count} entries add up to ${s.recent_total_hours} hours; ${s.open_task_count} open tasks are assigned to you; ${timerText}.`;
}

/** `_int_or_none`. */
function intOrNone(v: unknown): number | null {
  if (v === null || v === undefined || v === '') return null;
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^\s*[-+]?\d+\s*$/.test(v) ? Number(v) : NaN;
  return Number.isInteger(n) ? n : null;
}

/** Run a handler of another route for a confirmed action: its refusals become the helper's 400s (a 403 stays one). */
function through<T>(run: () => T): T {
  try {
    return run();
  } catch (e) {
    if (e instanceof ApiError && e.status < 500) throw aiError(e.status === 403 ? 403 : 400, e.message, e.code === 'not_found' || e.code === 'error' ? 'action_failed' : e.code);
    throw e;
  }
}

type Payload = Record<string, unknown>;
type ConfirmCtx = ResourceCtx<unknown, unknown, S['AiConfirmRequest'] | undefined>;

function accessible(ctx: ConfirmCtx, projectId: number | null): void {
  const p = projectId === null ? undefined : ctx.store.projects.get(projectId);
  if (p && !projectVisible(ctx.auth.user, ctx.auth.isAdmin, p)) throw aiError(403, 'You cannot access that project.', 'forbidden');
}

function confirmStartTimer(ctx: ConfirmCtx, payload: Payload) {
  const projectId = intOrNone(payload.project_id);
  if (!projectId) throw aiError(400, 'Project is required to start a timer.', 'validation_error');
  accessible(ctx, projectId);
  const body = { project_id: projectId, task_id: intOrNone(payload.task_id), notes: typeof payload.notes === 'string' ? payload.notes : undefined };
  through(() => timer.startTimer({ ...ctx, body } as unknown as Parameters<typeof timer.startTimer>[0]));
  const entry = ctx.store.runningEntryOf(ctx.auth.user.id)!;
  return { ok: true, type: 'start_timer' as const, timer: entryDict(ctx.store, entry, ctx.now) };
}

function confirmCreateEntry(ctx: ConfirmCtx, payload: Payload) {
  const projectId = intOrNone(payload.project_id);
  accessible(ctx, projectId);
  const time = (v: unknown) => (typeof v === 'string' && v ? parseIsoTime(v.replace(/[+-]\d{2}:?\d{2}$|Z$/, '')) : null);
  const end = time(payload.end_time) ?? ctx.now;
  const start = time(payload.start_time) ?? end - Math.max(1, intOrNone(payload.duration_minutes) || 60) * 60_000;
  if (end < start) throw aiError(400, 'End time must be after start time.', 'validation_error');
  const text = (v: unknown) => (typeof v === 'string' ? v : '');
  const body = {
    project_id: projectId ?? undefined,
    task_id: intOrNone(payload.task_id) ?? undefined,
    start_time: isoNaive(start),
    end_time: isoNaive(end),
    notes: text(payload.notes) || text(payload.description),
    tags: text(payload.tags),
    billable: payload.billable === undefined ? true : Boolean(payload.billable),
  };
  const res = through(() => timeEntries.createTimeEntry({ ...ctx, body } as unknown as Parameters<typeof timeEntries.createTimeEntry>[0]));
  const entry = ctx.store.timeEntries.get((res.body as { time_entry: { id: number } }).time_entry.id)!;
  return { ok: true, type: 'create_time_entry' as const, entry: entryDict(ctx.store, entry, ctx.now) };
}

export const ai = {
  getAiContextPreview: ({ store, auth, now }) => {
    enabled(store, 'AI helper is disabled');
    return ok({ success: true, context: buildContext(store, auth.user.id, now).preview, provider: { ...store.settings.ai } });
  },

  postAiChat: ({ store, auth, now, body }: ResourceCtx<unknown, unknown, S['AiChatRequest'] | undefined>) => {
    ensureConfigured(store);
    const prompt = (body?.prompt ?? '').trim();
    if (!prompt) throw aiError(400, 'Prompt is required.', 'validation_error');
    const context = buildContext(store, auth.user.id, now);
    const projectName = context.latestProjectId === null ? null : (store.projects.get(context.latestProjectId)?.name ?? null);
    const actions = proposedActions(prompt, context, projectName);
    const quoted = prompt.length > 200 ? `${prompt.slice(0, 200)}...` : prompt;
    let reply = `This is the mock's AI helper: no model runs, so this answer comes from your data. You asked: "${quoted}". ${summaryText(context.preview)}`;
    if (actions.length > 0) reply += `\n\nProposed (nothing runs until you confirm):\n\`\`\`json\n${JSON.stringify({ actions })}\n\`\`\``;
    return ok({ success: true, reply, actions, context_preview: context.preview, provider: { ...store.settings.ai } });
  },

  confirmAiAction: (ctx: ConfirmCtx) => {
    enabled(ctx.store, 'AI helper is disabled');
    const action = ctx.body?.action ?? {};
    const payload = (action.payload ?? {}) as Payload;
    if (action.type === 'start_timer') return ok({ success: true, ...confirmStartTimer(ctx, payload) });
    if (action.type === 'create_time_entry') return ok({ success: true, ...confirmCreateEntry(ctx, payload) });
    if (action.type === 'summary') return ok({ success: true, ok: true, type: 'summary' as const, summary: String(payload.text ?? '') });
    throw aiError(400, 'Unsupported AI action.', 'unsupported_action');
  },
} satisfies Partial<TimeTrackerHandlers>;
