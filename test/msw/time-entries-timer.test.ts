/** Time entries (CRUD, filters, CSV import, bulk) and the timer, on the engine clock. */
import { describe, expect, it } from 'vitest';
import { call, expectError, startMock, T0, token } from './mock.js';

const { mock, clock } = startMock();

async function activeProject(tok: string) {
  return (await call('GET', '/api/v1/projects?per_page=1', { token: tok })).body.projects[0] as { id: number; name: string };
}
const at = (iso: string) => `2026-11-14T${iso}`; // a Saturday before T0 with no seeded entries expected

describe('time entries', () => {
  it('PUT and PATCH refuse a break as long as the entry, as create does (a longer break or a shorter entry)', async () => {
    const user = token(mock, 'user');
    const p = await activeProject(user);
    const created = await call('POST', '/api/v1/time-entries', { token: user, body: { project_id: p.id, start_time: at('13:00:00'), end_time: at('14:00:00'), break_seconds: 600 } });
    expect(created.status).toBe(201);
    const id = created.body.time_entry.id as number;
    for (const method of ['PUT', 'PATCH']) {
      for (const body of [{ break_seconds: 3600 }, { break_seconds: 99_999 }, { end_time: at('13:05:00') }]) {
        const res = await call(method, `/api/v1/time-entries/${id}`, { token: user, body });
        expectError(res, 400, 'validation_error');
        expect(res.body.errors).toEqual({ break_seconds: ['Break must be shorter than the entry'] });
      }
    }
    expect((await call('GET', `/api/v1/time-entries/${id}`, { token: user })).body.time_entry).toMatchObject({ break_seconds: 600, end_time: at('14:00:00') });
    expect((await call('PATCH', `/api/v1/time-entries/${id}`, { token: user, body: { break_seconds: 3599 } })).status).toBe(200);
  });
  it('create computes duration and names; get; list finds it; update; delete', async () => {
    const user = token(mock, 'user');
    const p = await activeProject(user);
    const created = await call('POST', '/api/v1/time-entries', {
      token: user,
      body: { project_id: p.id, start_time: at('09:00:00Z'), end_time: at('11:30:00Z'), notes: 'Mock test', tags: 'a,b', break_seconds: 600 },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const e = created.body.time_entry;
    expect(e).toMatchObject({ duration_seconds: 8400, duration_formatted: '02:20:00', project: p.name, tag_list: ['a', 'b'], source: 'manual', is_active: false, end_time: at('11:30:00') });
    expect((await call('GET', `/api/v1/time-entries/${e.id}`, { token: user })).body.time_entry.id).toBe(e.id);
    const list = await call('GET', `/api/v1/time-entries?project_id=${p.id}&start_date=2026-11-14&end_date=2026-11-14`, { token: user });
    expect(list.body.time_entries.map((x: { id: number }) => x.id)).toContain(e.id);
    const patched = await call('PATCH', `/api/v1/time-entries/${e.id}`, { token: user, body: { notes: 'Edited', if_updated_at: e.updated_at } });
    expect(patched.body.time_entry.notes).toBe('Edited');
    expect((await call('DELETE', `/api/v1/time-entries/${e.id}`, { token: user })).status).toBe(200);
    expectError(await call('GET', `/api/v1/time-entries/${e.id}`, { token: user }), 404, 'not_found');
  });
  it('stale if_updated_at is a 409 conflict', async () => {
    const user = token(mock, 'user');
    const p = await activeProject(user);
    const e = (await call('POST', '/api/v1/time-entries', { token: user, body: { project_id: p.id, start_time: at('12:00:00'), end_time: at('13:00:00') } })).body.time_entry;
    clock.advance(10_000);
    await call('PUT', `/api/v1/time-entries/${e.id}`, { token: user, body: { notes: 'first' } });
    expectError(await call('PUT', `/api/v1/time-entries/${e.id}`, { token: user, body: { notes: 'second', if_updated_at: e.updated_at } }), 409, 'conflict');
  });
  it('documented create errors: end before start, no project or client, overlap, unknown field, other user', async () => {
    const user = token(mock, 'user');
    const p = await activeProject(user);
    expectError(await call('POST', '/api/v1/time-entries', { token: user, body: { project_id: p.id, start_time: at('10:00:00'), end_time: at('09:00:00') } }), 400, 'validation_error');
    expectError(await call('POST', '/api/v1/time-entries', { token: user, body: { start_time: at('10:00:00'), end_time: at('11:00:00') } }), 400);
    await call('POST', '/api/v1/time-entries', { token: user, body: { project_id: p.id, start_time: at('14:00:00'), end_time: at('15:00:00') } });
    const overlap = await call('POST', '/api/v1/time-entries', { token: user, body: { project_id: p.id, start_time: at('14:30:00'), end_time: at('15:30:00') } });
    expectError(overlap, 400);
    expect(overlap.body.error).toContain('overlaps');
    expectError(await call('POST', '/api/v1/time-entries', { token: user, body: { project_id: p.id, start_time: at('16:00:00'), end_time: at('17:00:00'), source: 'x' } }), 400, 'validation_error');
    expectError(await call('POST', '/api/v1/time-entries', { token: user, body: { project_id: p.id, start_time: at('18:00:00'), end_time: at('19:00:00'), user_id: 1 } }), 403);
  });
  it('omitting end_time starts a running timer; the second is a 409', async () => {
    const user = token(mock, 'user');
    const p = await activeProject(user);
    const first = await call('POST', '/api/v1/time-entries', { token: user, body: { project_id: p.id, start_time: '2026-11-16T09:00:00' } });
    expect(first.status).toBe(201);
    expect(first.body.time_entry).toMatchObject({ is_active: true, end_time: null, duration_seconds: null });
    expectError(await call('POST', '/api/v1/time-entries', { token: user, body: { project_id: p.id, start_time: '2026-11-16T09:30:00' } }), 409, 'timer_already_running');
    expectError(await call('DELETE', `/api/v1/time-entries/${first.body.time_entry.id}`, { token: user }), 400);
  });
  it('non-admins see only their own entries and may not ask for another user', async () => {
    const user = token(mock, 'user');
    const me = (await call('GET', '/api/v1/users/me', { token: user })).body.user.id;
    const list = await call('GET', '/api/v1/time-entries?per_page=100', { token: user });
    expect(list.body.time_entries.length).toBeGreaterThan(0);
    expect(list.body.time_entries.every((e: { user_id: number }) => e.user_id === me)).toBe(true);
    expectError(await call('GET', '/api/v1/time-entries?user_id=1', { token: user }), 403, 'forbidden');
    const other = (await call('GET', '/api/v1/time-entries?user_id=1&per_page=1', { token: token(mock, 'admin') })).body.time_entries[0];
    if (other) expectError(await call('GET', `/api/v1/time-entries/${other.id}`, { token: user }), 403, 'forbidden');
  });
  it('filters: billable, date range, newest first, include_active', async () => {
    const admin = token(mock, 'admin');
    const b = await call('GET', '/api/v1/time-entries?billable=false&per_page=100', { token: admin });
    expect(b.body.time_entries.every((e: { billable: boolean }) => !e.billable)).toBe(true);
    const r = await call('GET', '/api/v1/time-entries?start_date=2026-11-02&end_date=2026-11-06&per_page=100', { token: admin });
    const starts = r.body.time_entries.map((e: { start_time: string }) => e.start_time);
    expect(starts.every((s: string) => s >= '2026-11-02' && s <= '2026-11-06T23:59:59')).toBe(true);
    expect(starts).toEqual([...starts].sort().reverse());
  });
  it('pagination walks every page without duplicates and with a consistent total', async () => {
    const admin = token(mock, 'admin');
    const first = await call('GET', '/api/v1/time-entries?per_page=40', { token: admin });
    const seen = new Set<number>();
    for (let page = 1; page <= first.body.pagination.pages; page++) {
      const res = await call('GET', `/api/v1/time-entries?per_page=40&page=${page}`, { token: admin });
      expect(res.body.pagination.total).toBe(first.body.pagination.total);
      for (const e of res.body.time_entries) seen.add(e.id);
    }
    expect(seen.size).toBe(first.body.pagination.total);
  });
});

describe('CSV import', () => {
  const csv = (pid: number) => `project_id,start_time,end_time,notes,billable\n${pid},2026-11-14T08:00:00,2026-11-14T09:00:00,CSV one,yes\n,2026-11-14T10:00:00,2026-11-14T11:00:00,no project,\n${pid},garbage,2026-11-14T12:00:00,bad time,\n`;
  it('accepts JSON, raw text and multipart, reporting per-row errors', async () => {
    const user = token(mock, 'user');
    const p = await activeProject(user);
    const json = await call('POST', '/api/v1/time-entries/import-csv', { token: user, body: { csv: csv(p.id) } });
    expect(json.status).toBe(200);
    expect(json.body).toMatchObject({ success: true, created: 1, failed: 2 });
    expect(json.body.errors.map((e: { row: number }) => e.row)).toEqual([3, 4]);
    mock.reset();
    const raw = await call('POST', '/api/v1/time-entries/import-csv', { token: user, raw: csv(p.id), headers: { 'content-type': 'text/csv' } });
    expect(raw.body.created).toBe(1);
    mock.reset();
    const form = new FormData();
    form.append('file', new Blob([csv(p.id)], { type: 'text/csv' }), 'entries.csv');
    const multi = await fetch('http://tt.test/api/v1/time-entries/import-csv', { method: 'POST', body: form, headers: { authorization: `Bearer ${user}` } });
    expect((await multi.json()).created).toBe(1);
  });
  it('empty CSV and a CSV without header are 400', async () => {
    const user = token(mock, 'user');
    expectError(await call('POST', '/api/v1/time-entries/import-csv', { token: user, body: { csv: '' } }), 400);
  });
});

describe('bulk actions', () => {
  it('set_billable, add_tag, delete; running entries skipped; others forbidden', async () => {
    const user = token(mock, 'user');
    const mine = (await call('GET', '/api/v1/time-entries?per_page=3', { token: user })).body.time_entries.map((e: { id: number }) => e.id);
    const res = await call('POST', '/api/v1/time-entries/bulk', { token: user, body: { entry_ids: mine, action: 'set_billable', value: false } });
    expect(res.body).toEqual({ success: true, affected: mine.length });
    const tagged = await call('POST', '/api/v1/time-entries/bulk', { token: user, body: { entry_ids: mine.map(String), action: 'add_tag', value: 'zz' } });
    expect(tagged.body.affected).toBe(mine.length);
    const one = (await call('GET', `/api/v1/time-entries/${mine[0]}`, { token: user })).body.time_entry;
    expect(one.tag_list).toContain('zz');
    expect(one.billable).toBe(false);
    expectError(await call('POST', '/api/v1/time-entries/bulk', { token: user, body: { entry_ids: [999999], action: 'delete' } }), 404);
    expectError(await call('POST', '/api/v1/time-entries/bulk', { token: user, body: { entry_ids: mine, action: 'add_tag', value: ' ' } }), 400);
    expectError(await call('POST', '/api/v1/time-entries/bulk', { token: user, body: { entry_ids: mine, action: 'explode' } }), 400, 'validation_error');
    const others = (await call('GET', '/api/v1/time-entries?user_id=1&per_page=1', { token: token(mock, 'admin') })).body.time_entries.map((e: { id: number }) => e.id);
    if (others.length) expectError(await call('POST', '/api/v1/time-entries/bulk', { token: user, body: { entry_ids: others, action: 'delete' } }), 403);
    expect((await call('POST', '/api/v1/time-entries/bulk', { token: user, body: { entry_ids: [mine[0]], action: 'delete' } })).body.affected).toBe(1);
  });
});

describe('timer', () => {
  it('start -> status running -> pause -> resume -> stop, durations on the clock', async () => {
    const user = token(mock, 'user');
    const p = await activeProject(user);
    expect((await call('GET', '/api/v1/timer/status', { token: user })).body).toEqual({ active: false, timer: null });
    const started = await call('POST', '/api/v1/timer/start', { token: user, body: { project_id: p.id } });
    expect(started.status).toBe(201);
    expect(started.body.timer).toMatchObject({ project: p.name, source: 'auto', end_time: null, start_time: '2026-11-16T10:00:00' });
    expectError(await call('POST', '/api/v1/timer/start', { token: user, body: { project_id: p.id } }), 409, 'timer_already_running');
    clock.advance(30 * 60_000);
    const status = await call('GET', '/api/v1/timer/status', { token: user });
    expect(status.body.active).toBe(true);
    expect(status.body.timer.duration_formatted).toBe('00:30:00');
    const paused = await call('POST', '/api/v1/timer/pause', { token: user });
    expect(paused.body.time_entry.paused_at).toBe('2026-11-16T10:30:00');
    expectError(await call('POST', '/api/v1/timer/pause', { token: user }), 400, 'invalid_state');
    clock.advance(10 * 60_000);
    const resumed = await call('POST', '/api/v1/timer/resume', { token: user });
    expect(resumed.body.time_entry).toMatchObject({ paused_at: null, break_seconds: 600 });
    expectError(await call('POST', '/api/v1/timer/resume', { token: user }), 400, 'invalid_state');
    clock.advance(20 * 60_000);
    const stopped = await call('POST', '/api/v1/timer/stop', { token: user });
    expect(stopped.body.time_entry).toMatchObject({ end_time: '2026-11-16T11:00:00', duration_seconds: 3000, break_seconds: 600 });
    expectError(await call('POST', '/api/v1/timer/stop', { token: user }), 400, 'no_active_timer');
    expectError(await call('POST', '/api/v1/timer/pause', { token: user }), 400, 'no_active_timer');
  });
  it('start errors: no project_id, unknown project, archived project', async () => {
    const admin = token(mock, 'admin');
    expectError(await call('POST', '/api/v1/timer/start', { token: admin, body: {} }), 400, 'validation_error');
    expectError(await call('POST', '/api/v1/timer/start', { token: admin, body: { project_id: 99999 } }), 400);
    const archived = (await call('GET', '/api/v1/projects?status=archived', { token: admin })).body.projects[0];
    expectError(await call('POST', '/api/v1/timer/start', { token: admin, body: { project_id: archived.id } }), 400);
  });
  it('with single_active_timer off, a second timer may run', async () => {
    mock.engine.store.settings.single_active_timer = false;
    const user = token(mock, 'user');
    const p = await activeProject(user);
    expect((await call('POST', '/api/v1/timer/start', { token: user, body: { project_id: p.id } })).status).toBe(201);
    expect((await call('POST', '/api/v1/timer/start', { token: user, body: { project_id: p.id } })).status).toBe(201);
  });
});

void T0;
