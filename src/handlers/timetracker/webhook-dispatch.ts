/**
 * Webhook delivery as the real server does it (reference §23.1-23.3): which
 * events reach which webhooks, the envelope and its bytes (Python's
 * `json.dumps`), the headers, the `X-Webhook-Signature`, the delivery
 * record each attempt updates, and the retry schedule (retry_delay x 2^n,
 * run at the next 5-minute mark, as the real server's cron). The sending
 * itself is the engine's outbox (src/core/outbox.ts): after the answer,
 * never blocking or failing the request that caused the event.
 */
import type { HandlerServices } from '../../core/handler.js';
import { hmacSha256Hex, type DeliveryOutcome, type OutboundRequest } from '../../core/outbox.js';
import { hms, isoNaive, round2 } from '../../core/time.js';
import type { Store } from '../../store/timetracker/store.js';
import type { TimeEntryRow, UserRow, WebhookDeliveryRow, WebhookRow } from '../../store/timetracker/types.js';
import type { ActivityRow } from '../../store/timetracker/records-types.js';

/** Every event type a webhook may subscribe to (`GET /webhooks/events`, in the real server's order). */
export const WEBHOOK_EVENTS: readonly string[] = [
  ...['created', 'updated', 'deleted', 'archived', 'unarchived'].map((a) => `project.${a}`),
  ...['created', 'updated', 'deleted', 'completed', 'assigned', 'status_changed'].map((a) => `task.${a}`),
  ...['created', 'updated', 'deleted', 'started', 'stopped'].map((a) => `time_entry.${a}`),
  ...['created', 'updated', 'deleted', 'sent', 'paid', 'overdue'].map((a) => `invoice.${a}`),
  ...['client', 'user', 'comment'].flatMap((e) => ['created', 'updated', 'deleted'].map((a) => `${e}.${a}`)),
];

/** The real server's cron runs due retries every 5 minutes (on the minute). */
const RETRY_TICK_MS = 5 * 60_000;

/** What firing an event needs of a handler context. */
export interface EventContext {
  store: Store;
  services: HandlerServices;
  now: number;
}

/** JSON as Python's `json.dumps` writes it: `", "` and `": "` separators, non-ASCII escaped. */
export function pythonJson(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return `[${value.map(pythonJson).join(', ')}]`;
  if (typeof value === 'object') {
    return `{${Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => `${pythonJson(k)}: ${pythonJson(v)}`)
      .join(', ')}}`;
  }
  if (typeof value === 'string') return JSON.stringify(value).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  if (typeof value === 'number' && Number.isInteger(value) === false) return String(value);
  return JSON.stringify(value);
}

/** The headers of a delivery: the real server's, the webhook's own over them, the signature last. */
async function requestOf(w: WebhookRow, eventType: string, body: string): Promise<OutboundRequest> {
  const headers: Record<string, string> = {
    'Content-Type': w.content_type,
    'User-Agent': 'TimeTracker-Webhook/1.0',
    'X-Webhook-Event': eventType,
    'X-Webhook-ID': String(w.id),
  };
  for (const [name, value] of Object.entries(w.headers)) {
    for (const k of Object.keys(headers)) if (k.toLowerCase() === name.toLowerCase()) delete headers[k];
    headers[name] = value;
  }
  for (const k of Object.keys(headers)) if (k.toLowerCase() === 'x-webhook-signature') delete headers[k];
  if (w.secret !== null) headers['X-Webhook-Signature'] = `sha256=${await hmacSha256Hex(w.secret, body)}`;
  return { url: w.url, method: w.http_method, headers, body, timeoutMs: w.timeout_seconds * 1000 };
}

/** The next run of the retry cron at or after `at`. */
const nextTick = (at: number): number => Math.ceil(at / RETRY_TICK_MS) * RETRY_TICK_MS;

/** Record one attempt's outcome; the instant of the next attempt, or null when done. */
function settle(store: Store, deliveryId: number, outcome: DeliveryOutcome, now: number): number | null {
  const d = store.webhookDeliveries.get(deliveryId);
  const w = d ? store.webhooks.get(d.webhook_id) : undefined;
  if (!d || !w) return null; // the webhook was deleted, or the record aged out
  const ok = outcome.kind === 'response' && outcome.status >= 200 && outcome.status < 300;
  const started = now - outcome.durationMs;
  const patch: Partial<WebhookDeliveryRow> = {
    attempt_number: d.attempt_number + 1,
    started_at: started,
    completed_at: now,
    duration_ms: outcome.durationMs,
    response_status_code: outcome.kind === 'response' ? outcome.status : null,
    response_body: outcome.kind === 'response' ? outcome.body.slice(0, 1000) : null,
  };
  store.webhooks.update(w.id, {
    total_deliveries: w.total_deliveries + 1,
    successful_deliveries: w.successful_deliveries + (ok ? 1 : 0),
    failed_deliveries: w.failed_deliveries + (ok ? 0 : 1),
    last_delivery_at: now,
    ...(ok ? { last_success_at: now } : { last_failure_at: now }),
  });
  if (ok) {
    store.webhookDeliveries.update(d.id, { ...patch, status: 'success', error_message: null, error_type: null, next_retry_at: null });
    return null;
  }
  const failure =
    outcome.kind === 'response'
      ? { error_type: 'http_error' as const, error_message: `HTTP ${outcome.status}: ${outcome.body.slice(0, 500)}` }
      : { error_type: outcome.kind, error_message: outcome.message };
  if (d.retry_count < w.max_retries) {
    const next = now + w.retry_delay_seconds * 1000 * 2 ** d.retry_count;
    store.webhookDeliveries.update(d.id, { ...patch, ...failure, status: 'retrying', retry_count: d.retry_count + 1, next_retry_at: next });
    return nextTick(next);
  }
  // The last attempt: failed for good, the stale next_retry_at left as the real server leaves it.
  store.webhookDeliveries.update(d.id, { ...patch, ...failure, status: 'failed' });
  return null;
}

/** Queue one event for every active webhook subscribed to it (any user's). */
function fire(ctx: EventContext, eventType: string, eventId: () => string, payload: Record<string, unknown>): void {
  const { store, services, now } = ctx;
  const targets = store.views.activeWebhooks.rows().filter((w) => w.events.includes(eventType) || w.events.includes('*'));
  if (targets.length === 0) return;
  const body = pythonJson(payload);
  for (const target of targets) {
    const d = store.recordDelivery({
      webhook_id: target.id,
      event_type: eventType,
      event_id: eventId(),
      status: 'pending',
      attempt_number: 0,
      payload: body,
      response_status_code: null,
      response_body: null,
      error_message: null,
      error_type: null,
      started_at: null,
      completed_at: null,
      duration_ms: null,
      retry_count: 0,
      next_retry_at: null,
    });
    let signed: Promise<OutboundRequest> | undefined;
    const queued = services.outbox.push({
      due: now,
      request: () => {
        const w = store.webhooks.get(target.id);
        const row = store.webhookDeliveries.get(d.id);
        if (!w || !row) return null;
        if (!w.is_active) {
          store.webhookDeliveries.update(d.id, { status: 'failed', error_type: 'webhook_inactive', error_message: 'Webhook is inactive' });
          return null;
        }
        // A retry re-sends the stored body with the same signature (as the real server).
        signed ??= requestOf(w, eventType, row.payload);
        return signed;
      },
      settle: (outcome, at) => settle(store, d.id, outcome, at),
    });
    if (!queued) store.webhookDeliveries.update(d.id, { status: 'failed', error_type: 'unknown_error', error_message: 'The mock has too many deliveries in flight (outbox full)' });
  }
}

const uuid4 = (): string => crypto.randomUUID();
/** `User.display_name`: the full name, else the username. */
export const displayName = (u: UserRow): string => u.full_name || u.username;

/**
 * The activity a time-entry write logs (names and data as
 * `api_v1_time_entries.py:224,320` and, for a delete,
 * `services/time_tracking_service.py:711`: no task in the name; `reason`
 * null, as this spec's delete takes no body). Seeding uses it too.
 */
export function timeEntryActivityOf(store: Store, user: UserRow, entry: TimeEntryRow, action: 'created' | 'updated' | 'deleted', at: number): Omit<ActivityRow, 'id'> {
  const project = entry.project_id !== null ? store.projects.get(entry.project_id) : undefined;
  const task = action !== 'deleted' && entry.task_id !== null ? store.tasks.get(entry.task_id) : undefined;
  const clientId = project?.client_id ?? entry.client_id;
  const client = clientId !== null ? store.clients.get(clientId) : undefined;
  const projectName = project?.name ?? client?.name ?? 'Unknown';
  const seconds = entry.end !== null ? Math.max(0, Math.round((entry.end - entry.start) / 1000) - entry.break_seconds) : 0;
  const verb = { created: 'Created', updated: 'Updated', deleted: 'Deleted' }[action];
  const names = { project_name: action === 'deleted' ? (project?.name ?? null) : projectName, client_name: client?.name ?? null };
  const data: Record<string, unknown> = {
    created: { ...names, task_name: task?.name ?? null, duration_formatted: hms(seconds), duration_hours: round2(seconds / 3600), target_user_id: entry.user_id },
    updated: { ...names, task_name: task?.name ?? null },
    deleted: { ...names, duration_formatted: hms(seconds), reason: null },
  }[action];
  const entityName = task ? `${projectName} - ${task.name}` : projectName;
  const description = `${verb} time entry for ${entityName}${action === 'updated' ? '' : ` - ${hms(seconds)}`}`;
  return { user_id: user.id, action, entity_type: 'time_entry', entity_id: entry.id, entity_name: entityName, description, extra_data: data, created_at: at };
}

/**
 * A time entry was created, updated or deleted through `/time-entries`: the
 * real server logs an activity (`GET /activities` shows it) and its
 * webhooks carry that activity as the envelope, `event_id` `activity_<id>`.
 */
export function timeEntryActivity(ctx: EventContext, user: UserRow, entry: TimeEntryRow, action: 'created' | 'updated' | 'deleted'): void {
  const a = ctx.store.logActivity(timeEntryActivityOf(ctx.store, user, entry, action, ctx.now));
  fire(ctx, `time_entry.${action}`, () => `activity_${a.id}`, {
    event_type: `time_entry.${action}`,
    timestamp: isoNaive(ctx.now),
    user: { id: user.id, username: user.username, display_name: displayName(user) },
    entity: { type: 'time_entry', id: entry.id, name: a.entity_name },
    action,
    description: a.description,
    data: a.extra_data,
  });
}

/** An event of the real server's event bus: the raw dict, no envelope, a random UUID as the event id. */
export function busEvent(ctx: EventContext, eventType: string, payload: Record<string, unknown>): void {
  fire(ctx, eventType, uuid4, payload);
}
