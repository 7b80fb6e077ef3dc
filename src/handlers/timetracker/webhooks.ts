/** /api/v1/webhooks: CRUD, the event list and the delivery records (reference §23). Delivery: webhook-dispatch.ts. */
import { badRequest, validationError } from '../../core/errors.js';
import { base64url } from '../../core/bytes.js';
import { created, ok } from '../../core/handler.js';
import { isoNaive, isoNaiveOrNull } from '../../core/time.js';
import type { TimeTrackerHandlers } from '../../apis/timetracker/env.js';
import type { components } from '../../generated/timetracker/openapi.js';
import type { WebhookDeliveryRow, WebhookRow } from '../../store/timetracker/types.js';
import { pageParams, paginated } from './paginate.js';
import { filtered, found, ownOrAdmin, pick } from './records.js';
import { WEBHOOK_EVENTS } from './webhook-dispatch.js';

type S = components['schemas'];

function webhookDict(w: WebhookRow): S['Webhook'] {
  const { secret: _secret, ...rest } = w;
  return {
    ...rest,
    last_delivery_at: isoNaiveOrNull(w.last_delivery_at),
    last_success_at: isoNaiveOrNull(w.last_success_at),
    last_failure_at: isoNaiveOrNull(w.last_failure_at),
    created_at: isoNaive(w.created_at),
    updated_at: isoNaive(w.updated_at),
  };
}

function deliveryDict(d: WebhookDeliveryRow): S['WebhookDelivery'] {
  const { payload: _p, response_body: _b, ...rest } = d;
  return { ...rest, started_at: isoNaiveOrNull(d.started_at), completed_at: isoNaiveOrNull(d.completed_at), next_retry_at: isoNaiveOrNull(d.next_retry_at) };
}

/** `secrets.token_urlsafe(32)`: 43 URL-safe characters. */
function newSecret(): string {
  const bytes = new Uint8Array(32);
  crypto.getRandomValues(bytes);
  return base64url(bytes);
}

/** The URL and event checks of create and update (the real server's messages). */
function checkTarget(b: { url?: string; events?: string[] }): void {
  if (b.url !== undefined) {
    let url: URL | undefined;
    try {
      url = new URL(b.url);
    } catch {
      url = undefined;
    }
    if (!url || !url.host) throw validationError({ url: ['Invalid URL format.'] }, 'Invalid URL format');
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw validationError({ url: ['URL must use http or https.'] }, 'Invalid URL format');
  }
  for (const e of b.events ?? []) if (e !== '*' && !WEBHOOK_EVENTS.includes(e)) throw badRequest(`Invalid event type: ${e}`);
}

const UPDATABLE = ['name', 'url', 'events', 'description', 'http_method', 'content_type', 'headers', 'is_active', 'max_retries', 'retry_delay_seconds', 'timeout_seconds'] as const;

const updateWebhook: TimeTrackerHandlers['updateWebhook'] = ({ store, params, body: b, auth, now }) => {
  const w = found(store.webhooks, params.webhook_id, 'Webhook');
  ownOrAdmin(auth, w.user_id);
  checkTarget(b);
  const updated = store.webhooks.update(w.id, { ...pick(b, UPDATABLE), ...(b.generate_secret === true ? { secret: newSecret() } : {}), updated_at: now });
  return ok({ message: 'Webhook updated successfully', webhook: webhookDict(updated) });
};

export const webhooks = {
  listWebhooks: ({ store, query, auth }) => {
    const view = store.views.webhooksNewestFirst;
    const rows = filtered(auth.isAdmin ? view.rows() : view.group(auth.user.id), [query.is_active === undefined ? undefined : (w) => w.is_active === query.is_active]);
    const { page, perPage } = pageParams(query);
    return ok(paginated('webhooks', rows, page, perPage, webhookDict));
  },

  createWebhook: ({ store, body: b, auth, now }) => {
    checkTarget(b);
    const w = store.webhooks.insert({
      name: b.name,
      description: b.description ?? null,
      url: b.url,
      events: b.events,
      http_method: b.http_method ?? 'POST',
      content_type: b.content_type ?? 'application/json',
      headers: b.headers ?? {},
      is_active: b.is_active ?? true,
      user_id: auth.user.id,
      secret: b.generate_secret === false ? null : newSecret(),
      max_retries: b.max_retries ?? 3,
      retry_delay_seconds: b.retry_delay_seconds ?? 60,
      timeout_seconds: b.timeout_seconds ?? 30,
      total_deliveries: 0,
      successful_deliveries: 0,
      failed_deliveries: 0,
      last_delivery_at: null,
      last_success_at: null,
      last_failure_at: null,
      created_at: now,
      updated_at: now,
    });
    return created({ message: 'Webhook created successfully', webhook: { ...webhookDict(w), secret: w.secret } });
  },

  listWebhookEvents: () => ok({ events: [...WEBHOOK_EVENTS] }),

  getWebhook: ({ store, params, auth }) => {
    const w = found(store.webhooks, params.webhook_id, 'Webhook');
    ownOrAdmin(auth, w.user_id);
    return ok({ webhook: webhookDict(w) });
  },

  updateWebhook,
  patchWebhook: updateWebhook,

  deleteWebhook: ({ store, params, auth }) => {
    const w = found(store.webhooks, params.webhook_id, 'Webhook');
    ownOrAdmin(auth, w.user_id);
    for (const d of [...store.views.deliveriesByWebhook.group(w.id)]) store.webhookDeliveries.delete(d.id);
    store.webhooks.delete(w.id);
    return ok({ message: 'Webhook deleted successfully' });
  },

  listWebhookDeliveries: ({ store, params, query, auth }) => {
    const w = found(store.webhooks, params.webhook_id, 'Webhook');
    ownOrAdmin(auth, w.user_id);
    const rows = filtered(store.views.deliveriesByWebhook.group(w.id), [query.status === undefined ? undefined : (d) => d.status === query.status]);
    const { page, perPage } = pageParams(query);
    return ok(paginated('deliveries', rows, page, perPage, deliveryDict));
  },
} satisfies Partial<TimeTrackerHandlers>;
