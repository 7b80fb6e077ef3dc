/**
 * Rows -> the API's JSON objects, field for field as the real server's
 * `to_dict()` methods (reference §4.1, §5.1, §7.1, §8.1, §9.1, §10, §12).
 * Typed against the generated schema types so a spec change that a
 * serializer misses fails the type check.
 */
import type { components } from '../../generated/timetracker/openapi.js';
import type { Store } from '../../store/timetracker/store.js';
import type {
  ClientRow,
  InventoryMovementRow,
  ProjectRow,
  QuoteRow,
  TaskRow,
  TimeEntryRow,
  UserRow,
} from '../../store/timetracker/types.js';
import { hms, isoNaive, isoNaiveOrNull, round2 } from '../../core/time.js';

type S = components['schemas'];

export function projectDict(store: Store, p: ProjectRow): S['Project'] {
  const client = p.client_id !== null ? store.clients.get(p.client_id) : undefined;
  const agg = store.projectTotals(p.id);
  const totalHours = round2(agg.totalSeconds / 3600);
  const billableHours = round2(agg.billableSeconds / 3600);
  const rate = p.hourly_rate ?? null;
  const estimatedCost = rate !== null && p.estimated_hours !== null ? round2(rate * p.estimated_hours) : null;
  const consumed = rate !== null ? round2(billableHours * rate) : null;
  return {
    id: p.id,
    name: p.name,
    code: p.code,
    code_display: p.code ?? p.name.replace(/\s+/g, '').slice(0, 4).toUpperCase(),
    client_id: p.client_id,
    client: client?.name ?? 'Unknown Client',
    description: p.description,
    billable: p.billable,
    hourly_rate: rate,
    billing_ref: p.billing_ref,
    status: p.status,
    estimated_hours: p.estimated_hours,
    budget_amount: p.budget_amount,
    budget_threshold_percent: p.budget_threshold_percent,
    created_at: isoNaive(p.created_at),
    updated_at: isoNaive(p.updated_at),
    total_hours: totalHours,
    total_billable_hours: billableHours,
    estimated_cost: estimatedCost,
    budget_consumed_amount: consumed,
    budget_threshold_exceeded:
      p.budget_amount !== null && consumed !== null && p.budget_amount > 0
        ? (consumed / p.budget_amount) * 100 >= p.budget_threshold_percent
        : false,
    custom_fields: p.custom_fields ?? {},
    is_archived: p.status === 'archived',
    archived_at: isoNaiveOrNull(p.archived_at),
    archived_by: p.archived_by,
    archived_reason: p.archived_reason,
    color: p.color,
  };
}

/** Seconds an entry counts: finished -> stored duration; running -> elapsed minus breaks (and the open pause). */
export function entrySeconds(e: TimeEntryRow, now: number): number {
  if (e.end !== null) return Math.max(0, Math.round((e.end - e.start) / 1000) - e.break_seconds);
  const until = e.paused_at ?? now;
  return Math.max(0, Math.floor((until - e.start) / 1000) - e.break_seconds);
}

export function timeEntryDict(store: Store, e: TimeEntryRow, now: number): S['TimeEntry'] {
  const project = e.project_id !== null ? store.projects.get(e.project_id) : undefined;
  const task = e.task_id !== null ? store.tasks.get(e.task_id) : undefined;
  const clientId = e.client_id ?? project?.client_id ?? null;
  const client = clientId !== null ? store.clients.get(clientId) : undefined;
  const user = store.users.get(e.user_id);
  const running = e.end === null;
  const seconds = entrySeconds(e, now);
  const tagList = splitTags(e.tags);
  return {
    id: e.id,
    user_id: e.user_id,
    project_id: e.project_id,
    client_id: e.client_id,
    task_id: e.task_id,
    start_time: isoNaive(e.start),
    end_time: isoNaiveOrNull(e.end),
    duration_seconds: running ? null : seconds,
    break_seconds: e.break_seconds,
    paused_at: isoNaiveOrNull(e.paused_at),
    duration_hours: running ? 0 : round2(seconds / 3600),
    duration_formatted: hms(seconds),
    notes: e.notes,
    tags: e.tags,
    tag_list: tagList,
    source: e.source,
    billable: e.billable,
    paid: e.paid,
    invoice_number: e.invoice_number,
    is_active: running,
    created_at: isoNaive(e.created_at),
    updated_at: isoNaive(e.updated_at),
    user: user ? user.username : null,
    project: project?.name ?? null,
    client: client?.name ?? null,
    task: task?.name ?? null,
  };
}

export function splitTags(tags: string | null): string[] {
  return tags ? tags.split(',').map((t) => t.trim()).filter(Boolean) : [];
}

const STATUS_LABEL: Record<string, string> = {
  todo: 'To Do',
  in_progress: 'In Progress',
  review: 'Review',
  done: 'Done',
  cancelled: 'Cancelled',
};
const titleCase = (s: string): string => s.replace(/_/g, ' ').replace(/\b\w/g, (c) => c.toUpperCase());
export const statusDisplay = (s: string): string => STATUS_LABEL[s] ?? titleCase(s);

export function taskDict(store: Store, t: TaskRow, now: number): S['Task'] {
  const agg = store.taskTotals(t.id);
  const totalHours = round2(agg.totalSeconds / 3600);
  const assignee = t.assigned_to !== null ? store.users.get(t.assigned_to) : undefined;
  const creator = store.users.get(t.created_by);
  const progress =
    t.status === 'done' ? 100 : t.estimated_hours ? Math.min(100, round2((totalHours / t.estimated_hours) * 100)) : 0;
  const today = new Date(now).toISOString().slice(0, 10);
  return {
    id: t.id,
    project_id: t.project_id,
    name: t.name,
    description: t.description,
    status: t.status as S['TaskStatus'],
    status_display: statusDisplay(t.status),
    priority: t.priority,
    priority_display: titleCase(t.priority),
    priority_class: `priority-${t.priority}`,
    estimated_hours: t.estimated_hours,
    due_date: t.due_date,
    assigned_to: t.assigned_to,
    assigned_user: assignee?.username ?? null,
    created_by: t.created_by,
    creator: creator?.username ?? null,
    created_at: isoNaive(t.created_at),
    updated_at: isoNaive(t.updated_at),
    started_at: isoNaiveOrNull(t.started_at),
    completed_at: isoNaiveOrNull(t.completed_at),
    total_hours: totalHours,
    total_billable_hours: round2(agg.billableSeconds / 3600),
    progress_percentage: progress,
    is_active: t.status !== 'done' && t.status !== 'cancelled',
    is_overdue: t.due_date !== null && t.due_date < today && t.status !== 'done' && t.status !== 'cancelled',
    tags: t.tags,
    tag_list: splitTags(t.tags),
  };
}

export function clientDict(store: Store, c: ClientRow): S['Client'] {
  let total = 0;
  let active = 0;
  for (const p of store.projectsOfClient(c.id)) {
    total++;
    if (p.status === 'active') active++;
  }
  return {
    id: c.id,
    name: c.name,
    description: c.description,
    contact_person: c.contact_person,
    email: c.email,
    phone: c.phone,
    address: c.address,
    default_hourly_rate: c.default_hourly_rate === null ? null : c.default_hourly_rate.toFixed(2),
    status: c.status,
    is_active: c.status === 'active',
    total_projects: total,
    active_projects: active,
    prepaid_hours_monthly: c.prepaid_hours_monthly,
    prepaid_reset_day: c.prepaid_reset_day,
    custom_fields: c.custom_fields ?? {},
    company: c.company,
    created_at: isoNaive(c.created_at),
    updated_at: isoNaive(c.updated_at),
  };
}

/** Totals as the real server recomputes them on every serialization. */
export function quoteTotals(q: QuoteRow) {
  const subtotal = round2(q.items.reduce((sum, i) => sum + i.quantity * i.unit_price, 0));
  let discount = 0;
  if (q.discount_type === 'percentage' && q.discount_value !== null) discount = round2((subtotal * q.discount_value) / 100);
  else if (q.discount_type === 'fixed' && q.discount_value !== null) discount = Math.min(subtotal, q.discount_value);
  const after = round2(subtotal - discount);
  const tax = round2((after * q.tax_rate) / 100);
  return { subtotal, discount, after, tax, total: round2(after + tax) };
}

export function quoteDict(q: QuoteRow, now: number): S['Quote'] {
  const t = quoteTotals(q);
  const today = new Date(now).toISOString().slice(0, 10);
  const expired = q.status === 'expired' || (q.valid_until !== null && q.valid_until < today && q.status === 'sent');
  return {
    id: q.id,
    quote_number: q.quote_number,
    client_id: q.client_id,
    title: q.title,
    description: q.description,
    status: q.status,
    subtotal: t.subtotal,
    discount_type: q.discount_type,
    discount_amount: t.discount,
    discount_value: q.discount_value,
    discount_reason: q.discount_reason,
    coupon_code: q.coupon_code,
    subtotal_after_discount: t.after,
    tax_rate: q.tax_rate,
    tax_amount: t.tax,
    total_amount: t.total,
    currency_code: q.currency_code,
    valid_until: q.valid_until,
    sent_at: isoNaiveOrNull(q.sent_at),
    accepted_at: isoNaiveOrNull(q.accepted_at),
    rejected_at: isoNaiveOrNull(q.rejected_at),
    project_id: q.project_id,
    created_by: q.created_by,
    accepted_by: q.accepted_by,
    created_at: isoNaive(q.created_at),
    updated_at: isoNaive(q.updated_at),
    notes: q.notes,
    terms: q.terms,
    visible_to_client: q.visible_to_client,
    template_id: null,
    is_draft: q.status === 'draft',
    is_sent: q.status === 'sent',
    is_accepted: q.status === 'accepted',
    is_rejected: q.status === 'rejected',
    is_expired: expired,
    can_be_accepted: q.status === 'sent' && !expired,
    has_project: q.project_id !== null,
    items: q.items.map((i, position) => ({
      id: i.id,
      quote_id: q.id,
      line_kind: i.line_kind,
      display_name: i.display_name,
      category: i.category,
      line_date: i.line_date,
      sku: i.sku,
      description: i.description,
      quantity: i.quantity,
      unit_price: i.unit_price,
      total_amount: round2(i.quantity * i.unit_price),
      unit: i.unit,
      stock_item_id: i.stock_item_id,
      warehouse_id: i.warehouse_id,
      is_stock_item: i.stock_item_id !== null,
      position,
      created_at: isoNaive(q.created_at),
    })),
  };
}

export function userDict(store: Store, u: UserRow): S['User'] {
  return {
    id: u.id,
    username: u.username,
    email: u.email,
    full_name: u.full_name,
    display_name: u.full_name || u.username,
    role: u.role,
    created_at: isoNaive(u.created_at),
    last_login: isoNaiveOrNull(u.last_login),
    is_active: u.is_active,
    total_hours: round2(store.userTotalSeconds(u.id) / 3600),
    avatar_url: u.avatar_url,
    status: u.status,
    date_format: u.date_format,
    time_format: u.time_format,
    timezone: u.timezone,
    standard_hours_per_day: u.standard_hours_per_day,
    overtime_include_weekends: u.overtime_include_weekends,
  };
}

export function movementDict(m: InventoryMovementRow): S['InventoryMovement'] {
  return {
    id: m.id,
    movement_type: m.movement_type,
    stock_item_id: m.stock_item_id,
    warehouse_id: m.warehouse_id,
    quantity: m.quantity,
    reference_type: m.reference_type,
    reference_id: m.reference_id,
    unit_cost: m.unit_cost,
    reason: m.reason,
    notes: m.notes,
    moved_by: m.moved_by,
    moved_at: isoNaive(m.moved_at),
  };
}
