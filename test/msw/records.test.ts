/**
 * Project costs, saved filters, comments, budget alerts, the activity feed
 * and the audit log (reference §25) on the strict MSW mock: the real
 * server's access rules and messages, the logs the writes leave, and the
 * seeded rows at several "nows".
 */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/node.js';
import { createClock } from '../../src/core/clock.js';
import { LOG_ROWS_KEPT } from '../../src/store/timetracker/store.js';
import { call, startMock, token } from './mock.js';

const { mock } = startMock();
const admin = token(mock, 'admin');
const alice = token(mock, 'user');
const narrow = token(mock, 'narrow');
const integration = token(mock, 'all'); // an admin's token with every read and write scope, no admin:all

/** The API under `/api/v1`, as the admin unless a token is given. */
const api = (path: string, init: { method?: string; body?: unknown; token?: string } = {}) => call(init.method ?? 'GET', `/api/v1${path}`, { token: init.token ?? admin, body: init.body });

const audit = async (query: string) => (await api(`/audit-logs?${query}`)).body.audit_logs as Record<string, any>[];

describe('project costs', () => {
  it('lists a project\'s costs newest first with filters; creates, updates and deletes with the real messages and audit rows', async () => {
    const all = (await api('/projects/1/costs')).body;
    expect(all.costs.map((c: any) => c.description)).toEqual(['Team lunch', 'Train tickets to the client workshop', 'Stock photos licence']);
    expect(all.pagination).toMatchObject({ total: 3, page: 1 });
    expect(all.costs[0]).toMatchObject({ project_id: 1, user: 'bob', billable: false, currency_code: 'EUR', invoiced: false, receipt_path: null });
    expect((await api('/projects/1/costs?billable_only=true')).body.costs).toHaveLength(2);
    const first = all.costs[2].cost_date;
    expect((await api(`/projects/1/costs?end_date=${first}`)).body.costs.map((c: any) => c.description)).toEqual(['Stock photos licence']);
    expect(await api('/projects/99999/costs')).toMatchObject({ status: 404, body: { error: 'Resource not found' } }); // the real server: 200, no costs

    const missing = await api('/projects/1/costs', { method: 'POST', body: { description: 'Taxi', category: '', amount: 0, cost_date: '2026-11-10' }, token: alice });
    expect(missing).toMatchObject({ status: 400, body: { error: 'Missing required fields: category, amount' } });
    expect((await api('/projects/1/costs', { method: 'POST', body: { description: 'Taxi', category: 'travel', amount: 12, cost_date: '2026-02-30' }, token: alice })).body.error).toBe('Invalid cost_date');
    expect((await api('/projects/99999/costs', { method: 'POST', body: { description: 'Taxi', category: 'travel', amount: 12, cost_date: '2026-11-10' }, token: alice })).status).toBe(404);

    const made = await api('/projects/1/costs', { method: 'POST', body: { description: ' Taxi ', category: 'travel', amount: 12.5, cost_date: '2026-11-10' }, token: alice });
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({ message: 'Project cost created successfully', cost: { description: 'Taxi', amount: 12.5, billable: true, user: 'alice', cost_date: '2026-11-10' } });
    const id = made.body.cost.id;
    // Anyone with the scope may change anyone's cost (the real server checks no owner).
    const bad = await api(`/project-costs/${id}`, { method: 'PATCH', body: { amount: 'twelve' } });
    expect(bad).toMatchObject({ status: 400, body: { error: 'Invalid amount', error_code: 'validation_error', errors: { amount: ['Invalid value.'] } } });
    const put = await api(`/project-costs/${id}`, { method: 'PUT', body: { amount: '14.00', cost_date: 'soon', notes: 'night fare' } });
    expect(put.body).toMatchObject({ message: 'Project cost updated successfully', cost: { amount: 14, cost_date: '2026-11-10', notes: 'night fare' } });
    expect((await api(`/project-costs/${id}`, { token: alice })).body.cost.amount).toBe(14);
    expect((await api(`/project-costs/${id}`, { method: 'DELETE', token: alice })).body.message).toBe('Project cost deleted successfully');
    expect((await api(`/project-costs/${id}`)).body).toMatchObject({ error: 'Resource not found' });

    // One row per changed field of the PUT (the unparsable cost_date changed nothing), the delete newest.
    const rows = await audit(`entity_type=ProjectCost&limit=4`);
    expect(rows.map((r) => r.action)).toEqual(['deleted', 'updated', 'updated', 'created']);
    expect(rows.slice(1, 3).map((r) => r.field_name).sort()).toEqual(['amount', 'notes']);
    expect(rows.find((r) => r.field_name === 'amount')).toMatchObject({ old_value: 12.5, new_value: 14, username: 'admin', change_description: "Updated projectcost '<ProjectCost Taxi (12.50 EUR)>': amount" });
    expect(rows[3]).toMatchObject({ entity_id: id, username: 'alice', request_path: '/api/v1/projects/1/costs' });
    expect((await api('/projects/1/costs', { token: narrow })).status).toBe(200);
    expect((await api(`/project-costs/1`, { method: 'DELETE', token: narrow })).body.required_scope).toBe('write:projects');
  });
});

describe('saved filters', () => {
  it('lists only your own; a shared filter is readable by others but writable only by its owner or an admin; name and scope are unique per user', async () => {
    expect((await api('/saved-filters', { token: alice })).body.filters.map((f: any) => f.name)).toEqual(['My open tasks']);
    const all = await api('/saved-filters');
    expect(all.body.filters.map((f: any) => f.name)).toEqual(['Billable this month']); // admins too see only their own
    const seeded = mock.engine.store.savedFilters.toArray();
    const shared = seeded.find((f) => f.is_shared)!;
    const adminsPrivate = seeded.find((f) => f.name === 'Billable this month')!;
    expect((await api(`/saved-filters/${shared.id}`, { token: alice })).body.filter).toMatchObject({ name: 'Team week', is_shared: true, payload: { group_by: 'user' } });
    expect(await api(`/saved-filters/${adminsPrivate.id}`, { token: alice })).toMatchObject({ status: 403, body: { error: 'Access denied', error_code: 'forbidden' } });
    expect((await api(`/saved-filters/${shared.id}`, { method: 'PATCH', body: { name: 'Mine now' }, token: alice })).status).toBe(403);
    expect((await api(`/saved-filters/${shared.id}`, { method: 'DELETE', token: alice })).status).toBe(403);

    expect((await api('/saved-filters', { method: 'POST', body: { name: 'Empty', scope: 'time', payload: {} }, token: alice })).body.error).toBe('Missing required fields: payload');
    const made = await api('/saved-filters', { method: 'POST', body: { name: 'Last week', scope: 'time', payload: { period: 'last_week' } }, token: alice });
    expect(made).toMatchObject({ status: 201, body: { message: 'Saved filter created successfully', filter: { name: 'Last week', is_shared: false } } });
    const dup = await api('/saved-filters', { method: 'POST', body: { name: 'Last week', scope: 'time', payload: { x: 1 } }, token: alice });
    expect(dup).toMatchObject({ status: 409, body: { error: 'Duplicate entry - this record already exists', error_code: 'integrity_error' } });
    expect((await api('/saved-filters', { method: 'POST', body: { name: 'Last week', scope: 'reports', payload: { x: 1 } }, token: alice })).status).toBe(201);
    const id = made.body.filter.id;
    expect((await api(`/saved-filters/${id}`, { method: 'PUT', body: { scope: 'reports' }, token: alice })).status).toBe(409);
    expect((await api(`/saved-filters/${id}`, { method: 'PATCH', body: { is_shared: true }, token: alice })).body).toMatchObject({ message: 'Saved filter updated successfully', filter: { is_shared: true } });
    expect((await api(`/saved-filters/${id}`)).status).toBe(200); // an admin reads it
    expect((await api(`/saved-filters/${id}`, { method: 'DELETE' })).body.message).toBe('Saved filter deleted successfully'); // and may delete it
    expect((await api(`/saved-filters?per_page=500`, { token: alice })).body.pagination.per_page).toBe(500);
    expect((await api('/saved-filters', { token: narrow })).body.required_scope).toBe('read:filters');
  });
});

describe('comments', () => {
  it('lists a project\'s thread oldest first with replies; the author or an admin edits; a comment with replies is kept as [Comment deleted]', async () => {
    expect((await api('/comments', { token: alice })).body.error).toBe('project_id or task_id is required');
    const thread = (await api('/comments?project_id=1', { token: alice })).body.comments;
    expect(thread.map((c: any) => [c.author, c.is_reply, c.reply_count])).toEqual([['admin', false, 1], ['alice', true, 0]]);
    expect(thread[0]).toMatchObject({ target_type: 'project', target_name: expect.any(String), attachments: [], quote_id: null, is_internal: true });
    const taskComments = mock.engine.store.comments.toArray().filter((c) => c.task_id !== null);
    const onTask = (await api(`/comments?task_id=${taskComments[0].task_id}`)).body.comments;
    expect(onTask.map((c: any) => c.target_type)).toEqual(['task']);

    expect((await api('/comments', { method: 'POST', body: { content: '  ', project_id: 1 }, token: alice })).body.error).toBe('content is required');
    expect((await api('/comments', { method: 'POST', body: { content: 'Both', project_id: 1, task_id: taskComments[0].task_id }, token: alice })).body.error).toBe('Provide either project_id or task_id');
    expect((await api('/comments', { method: 'POST', body: { content: 'Lost', project_id: 99999 }, token: alice })).status).toBe(404);
    const root = await api('/comments', { method: 'POST', body: { content: 'Deploy is Friday.', project_id: 2 }, token: alice });
    expect(root).toMatchObject({ status: 201, body: { message: 'Comment created successfully', comment: { content: 'Deploy is Friday.', author: 'alice', reply_count: 0 } } });
    const rootId = root.body.comment.id;
    const reply = await api('/comments', { method: 'POST', body: { content: 'Noted.', project_id: 2, parent_id: rootId } });
    expect(reply.body.comment).toMatchObject({ is_reply: true, parent_id: rootId });

    expect((await api(`/comments/${reply.body.comment.id}`, { method: 'PUT', body: { content: 'Mine' }, token: alice })).status).toBe(403);
    expect((await api(`/comments/${rootId}`, { method: 'PATCH', body: { content: ' Deploy is Monday. ' }, token: alice })).body).toMatchObject({ message: 'Comment updated successfully', comment: { content: 'Deploy is Monday.', reply_count: 1 } });
    expect((await api(`/comments/${rootId}`, { method: 'DELETE', token: alice })).body.message).toBe('Comment deleted successfully');
    const kept = (await api('/comments?project_id=2')).body.comments.filter((c: any) => c.id === rootId);
    expect(kept).toMatchObject([{ content: '[Comment deleted]', reply_count: 1 }]);
    expect((await api(`/comments/${reply.body.comment.id}`, { method: 'DELETE' })).body.message).toBe('Comment deleted successfully');
    expect((await api('/comments?project_id=2')).body.comments.some((c: any) => c.id === reply.body.comment.id)).toBe(false);
    const rows = await audit('entity_type=Comment&limit=3');
    expect(rows.map((r) => [r.action, r.field_name])).toEqual([['deleted', null], ['updated', 'content'], ['updated', 'content']]);
    expect(rows[1]).toMatchObject({ old_value: 'Deploy is Monday.', new_value: '[Comment deleted]', username: 'alice' });
  });
});

describe('budget alerts', () => {
  it('lists every project\'s alerts newest first; only admin:all raises one; anyone with the scope acknowledges', async () => {
    const list = (await api('/budget-alerts', { token: alice })).body;
    expect(list.alerts.map((a: any) => [a.alert_type, a.is_acknowledged])).toEqual([['warning_80', false], ['warning_100', true], ['warning_80', true]]);
    expect(list.alerts[0]).toMatchObject({ project_id: 1, alert_level: 'warning', budget_consumed_percent: 82.5, acknowledged_by: null, acknowledged_at: null });
    expect(list.alerts[0].message).toMatch(/^Warning: Project has consumed 82\.5% of budget \(\$[\d.]+ of \$[\d.]+\)$/);
    expect((await api('/budget-alerts?project_id=1')).body.alerts).toHaveLength(1);

    const body = { project_id: 1, alert_type: 'over_budget', alert_level: 'critical', budget_consumed_percent: 104, budget_amount: 1000, consumed_amount: 1040, message: 'Critical: Project is over budget by $40.00 (104.0% consumed)' };
    // A regular user's read:*/write:* and an admin's all-scopes token lack admin:all.
    expect((await api('/budget-alerts', { method: 'POST', body, token: alice })).body.required_scope).toBe('admin:all');
    expect((await api('/budget-alerts', { method: 'POST', body, token: integration })).status).toBe(403);
    expect((await api('/budget-alerts', { method: 'POST', body: { ...body, consumed_amount: 0, message: '' } })).body.error).toBe('Missing required fields: consumed_amount, message');
    const made = await api('/budget-alerts', { method: 'POST', body: { ...body, alert_level: undefined } });
    expect(made).toMatchObject({ status: 201, body: { message: 'Budget alert created successfully', alert: { alert_type: 'over_budget', alert_level: 'info', is_acknowledged: false } } });
    const id = made.body.alert.id;
    expect((await api(`/budget-alerts/${id}/ack`, { method: 'POST', token: alice })).body).toEqual({ message: 'Alert acknowledged' });
    const acked = (await api('/budget-alerts')).body.alerts[0];
    expect(acked).toMatchObject({ id, is_acknowledged: true, acknowledged_by: mock.engine.store.findUserByUsername('alice')!.id, acknowledged_at: '2026-11-16T10:00:00' });
    expect((await api('/budget-alerts/99999/ack', { method: 'POST' })).status).toBe(404);
    const rows = await audit('entity_type=BudgetAlert&action=updated');
    expect(rows.map((r) => r.field_name).sort()).toEqual(['acknowledged_at', 'acknowledged_by', 'is_acknowledged']);
    expect(rows.find((r) => r.field_name === 'acknowledged_at')).toMatchObject({ old_value: null, new_value: '2026-11-16T10:00:00' });
  });
});

describe('activities and audit logs', () => {
  it('the feed holds the seeded entries and the time-entry writes, newest first; audit logs need admin:all', async () => {
    const seeded = (await api('/activities', { token: alice })).body.activities;
    expect(seeded.length).toBe(8);
    for (const a of seeded) expect(a).toMatchObject({ action: 'created', entity_type: 'time_entry', metadata: a.extra_data });
    expect(seeded[0].id).toBeGreaterThan(seeded[1].id);
    const made = await api('/time-entries', { method: 'POST', token: alice, body: { project_id: 1, start_time: '2026-11-16T07:00:00Z', end_time: '2026-11-16T07:30:00Z', notes: 'feed' } });
    expect(made.status).toBe(201);
    const entryId = made.body.time_entry.id;
    await api(`/time-entries/${entryId}`, { method: 'PATCH', token: alice, body: { notes: 'feed 2' } });
    await api(`/time-entries/${entryId}`, { method: 'DELETE', token: alice });
    const feed = (await api('/activities?limit=3&entity_type=time_entry')).body.activities;
    expect(feed.map((a: any) => [a.action, a.entity_id, a.username])).toEqual([['deleted', entryId, 'alice'], ['updated', entryId, 'alice'], ['created', entryId, 'alice']]);
    expect(feed[0].description).toMatch(/^Deleted time entry for .+ - 00:30:00$/);
    expect(feed[0].extra_data).toEqual({ project_name: expect.any(String), client_name: expect.anything(), duration_formatted: '00:30:00', reason: null });
    expect(feed[1].description).not.toMatch(/\d\d:\d\d:\d\d$/); // an update names no duration
    const aliceId = mock.engine.store.findUserByUsername('alice')!.id;
    expect((await api(`/activities?user_id=${aliceId}`)).body.activities.every((a: any) => a.user_id === aliceId)).toBe(true);
    expect((await api('/activities?entity_type=project')).body.activities).toEqual([]);
    expect((await api('/activities', { token: narrow })).body.required_scope).toBe('read:reports');

    expect((await api('/audit-logs', { token: alice })).body.required_scope).toBe('admin:all');
    expect((await api('/audit-logs', { token: integration })).status).toBe(403);
    const logs = (await api('/audit-logs?limit=2')).body.audit_logs;
    expect(logs).toHaveLength(2);
    expect(logs[0].id).toBeGreaterThan(logs[1].id);
    expect((await api('/audit-logs?action=deleted')).body.audit_logs).toEqual([]); // the seed only creates
  });

  it('keeps the newest rows only (bounded)', () => {
    const store = createEngine({ seed: 1, scenario: 'empty' }).store;
    for (let i = 0; i < LOG_ROWS_KEPT + 5; i++) {
      store.logActivity({ user_id: 1, action: 'created', entity_type: 'time_entry', entity_id: i, entity_name: null, description: null, extra_data: null, created_at: i });
    }
    expect(store.activities.size).toBe(LOG_ROWS_KEPT);
    expect(store.views.activitiesInOrder.rows()[0].entity_id).toBe(5);
  });
});

describe('seeded records', () => {
  it('are the same on any day, all before "now", and the empty scenario has none', () => {
    for (const at of ['2026-01-01T00:30:00Z', '2028-02-29T08:00:00Z', '2031-07-06T23:59:00Z']) {
      const now = Date.parse(at);
      const s = createEngine({ seed: 3, clock: createClock({ frozenAt: now }) }).store;
      expect([s.projectCosts.size, s.savedFilters.size, s.comments.size, s.budgetAlerts.size, s.activities.size], at).toEqual([5, 3, 4, 3, 8]);
      expect(s.auditLogs.size, at).toBe(15);
      const instants = [
        ...s.projectCosts.toArray().flatMap((c) => [c.created_at, Date.parse(`${c.cost_date}T00:00:00Z`)]),
        ...s.savedFilters.toArray().map((f) => f.created_at),
        ...s.comments.toArray().map((c) => c.created_at),
        ...s.budgetAlerts.toArray().flatMap((a) => [a.created_at, a.acknowledged_at ?? 0]),
        ...s.activities.toArray().map((a) => a.created_at),
      ];
      expect(instants.every((t) => t < now), at).toBe(true);
      expect(s.budgetAlerts.toArray().map((a) => a.is_acknowledged), at).toEqual([false, true, true]);
    }
    const empty = createEngine({ seed: 1, scenario: 'empty' }).store;
    expect([empty.projectCosts.size, empty.savedFilters.size, empty.comments.size, empty.budgetAlerts.size, empty.activities.size, empty.auditLogs.size]).toEqual([0, 0, 0, 0, 0, 0]);
  });
});
