/**
 * Time-entry approvals (request -> approve locks the entry; reject leaves it
 * editable), the workforce reports (capacity, compliance, payroll CSV),
 * attendance history and corrections, and timers started from a template,
 * on the strict MSW mock. The seeded rows and the date-sensitive reports are
 * checked at several "nows" against sums computed here from the store.
 */
import { describe, expect, it } from 'vitest';
import { createClock } from '../../src/core/clock.js';
import { createEngine } from '../../src/node.js';
import { parseCsv } from '../../src/handlers/timetracker/csv.js';
import { finishedSeconds, type Store } from '../../src/store/timetracker/store.js';
import { entryApproved } from '../../src/store/timetracker/rules.js';
import { startMock, token } from './mock.js';

const { mock } = startMock();
const admin = token(mock, 'admin');
const alice = token(mock, 'user');
const ALICE = 3;
const store = () => mock.engine.store as Store;

async function api(path: string, init: { method?: string; body?: unknown; token?: string } = {}) {
  const res = await fetch(`http://tt.test/api/v1${path}`, {
    method: init.method ?? 'GET',
    headers: { authorization: `Bearer ${init.token ?? admin}`, 'content-type': 'application/json' },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, text, json: (res.headers.get('content-type')?.includes('json') ? JSON.parse(text) : {}) as Record<string, any> };
}

/** A finished entry of alice's, made through the API (an hour on `day`). */
async function aliceEntry(day = '2026-11-15') {
  const r = await api('/time-entries', { method: 'POST', token: alice, body: { project_id: 1, start_time: `${day}T05:00:00`, end_time: `${day}T06:00:00`, notes: 'approval test' } });
  expect(r.status).toBe(201);
  return r.json.time_entry.id as number;
}

const request = (entryId: number, body: unknown = { comment: 'please' }, who = alice) => api(`/time-entries/${entryId}/request-approval`, { method: 'POST', token: who, body });

describe('time-entry approvals', () => {
  it('request -> approve locks the entry for its owner (not for admins); approving twice is refused', async () => {
    const entry = await aliceEntry();
    const req = await request(entry);
    expect(req.status).toBe(200);
    expect(req.json).toMatchObject({ success: true, message: 'Approval requested', approval: { time_entry_id: entry, status: 'pending', requested_by: ALICE, approval_level: 1, parent_approval_id: null, request_comment: 'please' } });
    const id = req.json.approval.id;
    expect((await request(entry)).json).toMatchObject({ success: false, error: 'Approval already pending', error_code: 'error' });
    // Approvers (the admins) see it; alice approves nothing.
    expect((await api('/time-entry-approvals')).json.approvals.map((a: { id: number }) => a.id)).toContain(id);
    expect((await api('/time-entry-approvals', { token: alice })).json.approvals).toEqual([]);
    expect((await api(`/time-entry-approvals/${id}`, { token: alice })).json.approval.id).toBe(id);
    expect((await api(`/time-entry-approvals/${id}/approve`, { method: 'POST', token: alice, body: {} })).json.error).toBe('Not authorized to approve');

    const ok = await api(`/time-entry-approvals/${id}/approve`, { method: 'POST', body: { comment: 'fine' } });
    expect(ok.json).toMatchObject({ success: true, message: 'Time entry approved', approval: { status: 'approved', approved_by: 1, approval_comment: 'fine', approved_at: '2026-11-16T10:00:00' } });
    expect((await api(`/time-entry-approvals/${id}/approve`, { method: 'POST', body: {} })).json.error).toBe('Approval is not pending');
    expect((await api('/time-entry-approvals')).json.approvals.map((a: { id: number }) => a.id)).not.toContain(id);

    const patch = await api(`/time-entries/${entry}`, { method: 'PATCH', token: alice, body: { notes: 'changed' } });
    expect(patch.status).toBe(400);
    expect(patch.json.error).toBe('Time entry is approved and locked');
    expect((await api(`/time-entries/${entry}`, { method: 'DELETE', token: alice })).json.error).toBe('Time entry is approved and locked');
    expect((await api(`/time-entries/${entry}`, { method: 'PATCH', body: { notes: 'fixed by admin' } })).status).toBe(200);
    // An admin's delete takes the entry's approvals with it.
    expect((await api(`/time-entries/${entry}`, { method: 'DELETE' })).status).toBe(200);
    expect((await api(`/time-entry-approvals/${id}`)).status).toBe(404);
  });

  it('reject needs a reason and leaves the entry editable; cancel is the requester’s, while pending', async () => {
    const entry = await aliceEntry();
    const id = (await request(entry)).json.approval.id;
    expect((await api(`/time-entry-approvals/${id}/reject`, { method: 'POST', body: {} })).json).toMatchObject({ success: false, error: 'Rejection reason required' });
    expect((await api(`/time-entry-approvals/${id}/reject`, { method: 'POST', token: alice, body: { reason: 'self' } })).json.error).toBe('Not authorized to approve');
    const rejected = await api(`/time-entry-approvals/${id}/reject`, { method: 'POST', body: { rejection_reason: 'Wrong project' } });
    expect(rejected.json).toMatchObject({ message: 'Time entry rejected', approval: { status: 'rejected', approved_by: 1, rejection_reason: 'Wrong project', rejected_at: '2026-11-16T10:00:00', approved_at: null } });
    expect((await api(`/time-entries/${entry}`, { method: 'PATCH', token: alice, body: { notes: 'moved' } })).status).toBe(200);

    const again = (await request(entry, {})).json.approval.id;
    expect((await api(`/time-entry-approvals/${again}/cancel`, { method: 'POST', body: {} })).json.error).toBe('Not authorized to cancel');
    expect((await api(`/time-entry-approvals/${again}/cancel`, { method: 'POST', token: alice, body: {} })).json).toMatchObject({ message: 'Approval cancelled', approval: { status: 'cancelled' } });
    expect((await api(`/time-entry-approvals/${again}/cancel`, { method: 'POST', token: alice, body: {} })).json.error).toBe('Cannot cancel non-pending approval');
  });

  it('one row per named approver; bulk approve reports each id; unknown ids and other people’s entries are refused', async () => {
    const entry = await aliceEntry();
    const multi = await request(entry, { approver_ids: [1, 2] });
    const first = multi.json.approval.id;
    const rows = store().views.approvalsByEntry.group(entry);
    expect(rows.map((r) => [r.approval_level, r.status])).toEqual([
      [1, 'pending'],
      [2, 'pending'],
    ]);
    const bulk = await api('/time-entry-approvals/bulk-approve', { method: 'POST', body: { approval_ids: [first, first, 99_999] } });
    expect(bulk.json.message).toBe('Approved 1 of 3 entries');
    expect(bulk.json.results).toMatchObject([
      { approval_id: first, success: true, message: 'Time entry approved', approval: { status: 'approved' } },
      { approval_id: first, success: false, message: 'Approval is not pending', error: 'invalid_status' },
      { approval_id: 99_999, success: false, message: 'Approval not found', error: 'not_found' },
    ]);
    expect((await api('/time-entry-approvals/bulk-approve', { method: 'POST', body: {} })).json.error).toBe('approval_ids required');
    expect((await api('/time-entry-approvals/99999')).status).toBe(404);
    expect((await api('/time-entry-approvals/99999/approve', { method: 'POST', body: {} })).json.error_code).toBe('not_found');
    expect((await request(99_999)).status).toBe(404);
    const bobs = store().timeEntries.toArray().find((e) => e.user_id === 4 && e.end !== null)!;
    expect((await request(bobs.id)).status).toBe(403);
    expect((await api('/time-entry-approvals?x=1', { token: token(mock, 'narrow') })).status).toBe(403);
  });

  it('seeds approvals in every status on the owners’ entries, alice’s approved one locked, on any day', () => {
    for (const at of ['2026-01-01T00:30:00Z', '2026-06-15T12:00:00Z', '2027-02-28T23:59:00Z', '2028-02-29T08:00:00Z']) {
      const s = createEngine({ seed: 3, clock: createClock({ frozenAt: Date.parse(at) }) }).store;
      const rows = s.timeEntryApprovals.toArray();
      expect(new Set(rows.map((a) => a.status)), at).toEqual(new Set(['pending', 'approved', 'rejected', 'cancelled']));
      expect(s.timeEntryApprovals.get(1)).toMatchObject({ status: 'pending', requested_by: 1 });
      expect(rows.some((a) => a.status === 'pending' && a.requested_by === ALICE), at).toBe(true);
      for (const a of rows) {
        const e = s.timeEntries.get(a.time_entry_id)!;
        expect(e.user_id, at).toBe(a.requested_by);
        expect(a.requested_at > e.end! && a.requested_at < Date.parse(at), at).toBe(true);
      }
      const approved = rows.find((a) => a.status === 'approved')!;
      expect(entryApproved(s, approved.time_entry_id)).toBe(true);
      expect(new Set(s.attendanceCorrections.toArray().map((c) => c.status)), at).toEqual(new Set(['pending', 'rejected', 'applied']));
      expect(s.auditEvents.size, at).toBe(rows.length + rows.filter((a) => a.status !== 'pending').length + s.attendanceCorrections.size);
    }
  });
});

describe('timer start from a template', () => {
  it('fills the notes from the caller’s template and bumps its usage; another user’s template is ignored', async () => {
    const tpl = (await api('/time-entry-templates', { token: alice })).json.templates[0];
    const started = await api('/timer/start', { method: 'POST', token: alice, body: { project_id: 1, template_id: tpl.id } });
    expect(started.status).toBe(201);
    expect(started.json.timer.notes).toBe(tpl.default_notes);
    const after = (await api(`/time-entry-templates/${tpl.id}`, { token: alice })).json.template;
    expect(after).toMatchObject({ usage_count: tpl.usage_count + 1, last_used_at: '2026-11-16T10:00:00' });
    await api('/timer/stop', { method: 'POST', token: alice });
    // The body's notes win; an admin's template does nothing for alice.
    const adminsTpl = (await api('/time-entry-templates')).json.templates[0];
    const own = await api('/timer/start', { method: 'POST', token: alice, body: { project_id: 1, template_id: adminsTpl.id, notes: 'mine' } });
    expect(own.json.timer.notes).toBe('mine');
    expect((await api(`/time-entry-templates/${adminsTpl.id}`)).json.template.usage_count).toBe(adminsTpl.usage_count);
    await api('/timer/stop', { method: 'POST', token: alice });
    // A refused start (archived or unknown project) leaves the usage as it was.
    expect((await api('/timer/start', { method: 'POST', token: alice, body: { project_id: 99_999, template_id: tpl.id } })).status).toBe(400);
    expect((await api(`/time-entry-templates/${tpl.id}`, { token: alice })).json.template.usage_count).toBe(tpl.usage_count + 1);
  });
});

/** Weekdays of [from, to] not in an enabled holiday, one day at a time. */
function bruteWorkingDays(s: Store, from: string, to: string): number {
  let n = 0;
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000) {
    const d = new Date(t).toISOString().slice(0, 10);
    const wd = new Date(t).getUTCDay();
    if (wd !== 0 && wd !== 6 && !s.holidays.toArray().some((h) => h.enabled && h.start_date <= d && d <= h.end_date)) n++;
  }
  return n;
}

/** Hours of a user's finished entries starting on the days [from, to], from the table itself. */
function bruteHours(s: Store, userId: number, from: string, to: string, billable?: boolean): number {
  const lo = Date.parse(`${from}T00:00:00Z`);
  const hi = Date.parse(`${to}T00:00:00Z`) + 86_400_000;
  let sec = 0;
  for (const e of s.timeEntries.toArray()) if (e.user_id === userId && e.end !== null && e.start >= lo && e.start < hi && (billable === undefined || e.billable === billable)) sec += finishedSeconds(e);
  return sec / 3600;
}

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

describe('workforce reports at several nows', () => {
  for (const at of ['2026-01-01T00:30:00Z', '2026-11-16T10:00:00Z', '2028-02-29T08:00:00Z']) {
    it(`capacity, payroll and the compliance reports agree with the store (now ${at})`, async () => {
      const engine = createEngine({ seed: 2, strict: true, clock: createClock({ frozenAt: Date.parse(at) }) });
      const s = engine.store as Store;
      const adminT = token(engine, 'admin');
      const aliceT = token(engine, 'user');
      const get = async (path: string, who = adminT) => {
        const [p, search = ''] = path.split('?');
        const res = await engine.handle({ method: 'GET', path: `/api/v1${p}`, search, headers: { authorization: `Bearer ${who}` } });
        return res as { status: number; headers: Record<string, string>; body: any };
      };
      const now = Date.parse(at);
      const from = day(now - 40 * 86_400_000);
      const to = day(now + 40 * 86_400_000);

      expect((await get(`/reports/capacity?start_date=${from}`)).body.error).toBe('start_date and end_date are required');
      const cap = (await get(`/reports/capacity?start_date=${from}&end_date=${to}`)).body;
      expect(cap.capacity.map((r: { username: string }) => r.username)).toEqual(['admin', 'alice', 'bob', 'carol', 'dave', 'manager']);
      const expected = bruteWorkingDays(s, from, to) * 8;
      for (const row of cap.capacity) {
        expect(row.expected_hours).toBe(expected);
        expect(row.allocated_hours).toBeCloseTo(bruteHours(s, row.user_id, from, to), 2);
        const off = s.timeOffRequests.toArray().filter((r) => r.user_id === row.user_id && r.status === 'approved' && r.start_date <= to && r.end_date >= from);
        expect(row.time_off_hours).toBe(off.reduce((t, r) => t + (r.requested_hours ?? 0), 0));
        expect(row.available_hours).toBeCloseTo(Math.max(expected - row.time_off_hours - row.allocated_hours, 0), 2);
      }
      expect(cap.capacity.find((r: { user_id: number }) => r.user_id === ALICE).time_off_hours).toBeGreaterThan(0); // her approved vacation lies in the window
      expect((await get(`/reports/capacity?start_date=${from}&end_date=${to}&user_ids=3,x,,4`)).body.capacity.map((r: { user_id: number }) => r.user_id)).toEqual([3, 4]);
      expect((await get(`/reports/capacity?start_date=${from}&end_date=${to}&user_ids=1`, aliceT)).body.capacity.map((r: { user_id: number }) => r.user_id)).toEqual([ALICE]);

      // Payroll: per user and ISO week, the hours of the table; the header row even when empty.
      const csv = await get(`/exports/payroll?start_date=${from}&end_date=${day(now)}`);
      expect(csv.headers['content-type']).toMatch(/^text\/csv/);
      expect(csv.headers['Content-Disposition']).toBe(`attachment; filename=payroll_export_${from}_${day(now)}.csv`);
      const [header, ...rows] = parseCsv(csv.body as string);
      expect(header).toEqual(['user_id', 'username', 'week_year', 'week_number', 'period_start', 'period_end', 'hours', 'billable_hours', 'non_billable_hours']);
      for (const u of [1, 2, 3, 4, 5]) {
        const mine = rows.filter((r) => Number(r[0]) === u);
        expect(mine.reduce((t, r) => t + Number(r[6]), 0)).toBeCloseTo(bruteHours(s, u, from, day(now)), 1);
        expect(mine.reduce((t, r) => t + Number(r[7]), 0)).toBeCloseTo(bruteHours(s, u, from, day(now), true), 1);
        for (const r of mine) expect(new Date(`${r[4]}T00:00:00Z`).getUTCDay()).toBe(1);
      }
      const weeks = rows.map((r) => `${r[2]}-${r[3].padStart(2, '0')}`);
      expect([...weeks].sort()).toEqual(weeks);
      const approvedWeeks = s.timesheetPeriods.toArray().filter((p) => p.status === 'approved' && p.period_end >= from);
      const onlyApproved = parseCsv((await get(`/exports/payroll?start_date=${from}&end_date=${day(now)}&approved_only=true`)).body as string).slice(1);
      expect(onlyApproved.map((r) => `${r[0]}:${r[4]}`).sort()).toEqual(approvedWeeks.map((p) => `${p.user_id}:${p.period_start}`).sort());
      expect((await get(`/exports/payroll?start_date=2001-01-01&end_date=2001-01-07`)).body).toBe('user_id,username,week_year,week_number,period_start,period_end,hours,billable_hours,non_billable_hours\r\n');
      expect(parseCsv((await get(`/exports/payroll?start_date=${from}&end_date=${day(now)}`, aliceT)).body as string).slice(1).every((r) => r[1] === 'alice')).toBe(true);
      expect((await get(`/exports/payroll?end_date=${to}`)).body.error).toBe('start_date and end_date are required (YYYY-MM-DD)');

      const locked = (await get('/reports/compliance/locked-periods')).body.locked_periods;
      expect(locked.map((p: { id: number }) => p.id)).toEqual(s.timesheetPeriods.toArray().filter((p) => p.status === 'closed').map((p) => p.id));
      expect(locked.every((p: { is_locked: boolean }) => p.is_locked)).toBe(true);
      expect((await get(`/reports/compliance/locked-periods?end_date=${day(now - 400 * 86_400_000)}`)).body.locked_periods).toEqual([]);
      expect((await get('/reports/compliance/locked-periods', aliceT)).status).toBe(403);

      const events = (await get('/reports/compliance/audit-events')).body.audit_events;
      expect(events).toHaveLength(s.auditEvents.size);
      expect(events.map((e: { created_at: string }) => e.created_at)).toEqual([...events.map((e: { created_at: string }) => e.created_at)].sort().reverse());
      expect(events.every((e: { created_at: string }) => Date.parse(`${e.created_at}Z`) <= now)).toBe(true);
      const byAlice = (await get(`/reports/compliance/audit-events?user_id=${ALICE}&start_date=${day(now - 10 * 86_400_000)}`)).body.audit_events;
      expect(byAlice.length).toBeGreaterThan(0);
      expect(byAlice.every((e: { user_id: number; created_at: string }) => e.user_id === ALICE && e.created_at >= day(now - 10 * 86_400_000))).toBe(true);
      expect((await get('/reports/compliance/audit-events', aliceT)).status).toBe(403);

      // Attendance history: the caller's days of the last 30, newest first; the inspector's report has a row for each.
      const hist = (await get('/attendance/history', aliceT)).body.data;
      expect([hist.start_date, hist.end_date]).toEqual([day(now - 30 * 86_400_000), day(now)]);
      const dates = hist.records.map((d: { work_date: string }) => d.work_date);
      expect(dates.length).toBeGreaterThan(5);
      expect(dates).toEqual([...dates].sort().reverse());
      const worked = new Set(s.workPeriods.toArray().filter((p) => p.user_id === ALICE && day(p.start) >= hist.start_date && day(p.start) <= hist.end_date).map((p) => day(p.start)));
      expect(new Set(dates)).toEqual(worked);
      const bel = (await get(`/reports/compliance/belgium-attendance?start_date=${hist.start_date}&end_date=${hist.end_date}`, aliceT)).body.data;
      expect(bel.rows.map((r: { work_date: string }) => r.work_date)).toEqual([...dates].reverse());
      expect(engine.violations).toEqual([]);
    });
  }
});

describe('attendance history, corrections and the Belgian report', () => {
  it('lists the caller’s days newest first, takes a correction of one, and counts it in the inspector’s rows', async () => {
    const hist = await api('/attendance/history', { token: alice });
    expect(hist.status).toBe(200);
    const { records, start_date, end_date } = hist.json.data;
    expect([start_date, end_date]).toEqual(['2026-10-17', '2026-11-16']);
    expect(records.length).toBeGreaterThan(10);
    expect(records.map((d: { work_date: string }) => d.work_date)).toEqual([...records.map((d: { work_date: string }) => d.work_date)].sort().reverse());
    for (const d of records) {
      expect(d.user_id).toBe(ALICE);
      expect(d.work_date >= start_date && d.work_date <= end_date).toBe(true);
      expect(d.work_periods.length).toBeGreaterThan(0);
      expect(d.total_work_seconds).toBe(d.work_periods.reduce((t: number, p: { duration_seconds: number }) => t + p.duration_seconds, 0));
    }
    expect((await api('/attendance/history?days=3', { token: alice })).json.data.records.every((d: { work_date: string }) => d.work_date >= '2026-11-13')).toBe(true);

    const target = records[0];
    const period = target.work_periods[0];
    const fail = async (body: unknown, who = alice) => (await api('/attendance/corrections', { method: 'POST', token: who, body })).json;
    expect(await fail({ attendance_day_id: target.id, entity_type: 'AttendanceWorkPeriod', entity_id: period.id, reason: '  ' })).toMatchObject({ success: false, error: 'A reason is required for corrections' });
    expect((await fail({ attendance_day_id: 999_999, reason: 'x' })).error).toBe('Attendance day not found');
    expect((await fail({ attendance_day_id: target.id, entity_type: 'AttendanceBreak', entity_id: 999_999, reason: 'x' })).error).toBe('Entity not found');
    expect((await fail({ attendance_day_id: target.id, entity_type: 'AddWorkPeriod', reason: 'x', corrected_values: { start_time: '2026-11-13T09:00:00' } })).error).toBe('This day already has work periods; edit an existing period instead');
    const bobsDay = store().workPeriods.toArray().find((p) => p.user_id === 4)!;
    expect((await fail({ attendance_day_id: bobsDay.id, entity_type: 'AttendanceWorkPeriod', entity_id: bobsDay.id, reason: 'x' })).error).toBe('You can only request corrections for your own attendance');
    // The manager's seeded closed week locks his days, for admins too.
    const closed = store().timesheetPeriods.toArray().find((p) => p.status === 'closed')!;
    const lockedDay = store().workPeriods.toArray().find((p) => p.user_id === closed.user_id && day(p.start) >= closed.period_start && day(p.start) <= closed.period_end)!;
    expect((await fail({ attendance_day_id: lockedDay.id, entity_type: 'AttendanceWorkPeriod', entity_id: lockedDay.id, reason: 'x' }, admin)).error).toBe('Locked attendance records require admin-approved corrections');

    const made = await api('/attendance/corrections', { method: 'POST', token: alice, body: { attendance_day_id: target.id, entity_type: 'AttendanceWorkPeriod', entity_id: period.id, corrected_values: { end_time: '2026-11-13T18:00:00' }, reason: 'Forgot to clock out' } });
    expect(made.status).toBe(200);
    expect(made.json.data.correction).toMatchObject({ attendance_day_id: target.id, entity_type: 'AttendanceWorkPeriod', entity_id: period.id, status: 'pending', requested_by: ALICE, reviewed_by: null, original_values: { id: period.id, start_time: period.start_time }, corrected_values: { end_time: '2026-11-13T18:00:00' }, created_at: '2026-11-16T10:00:00' });
    const [event] = (await api('/reports/compliance/audit-events')).json.audit_events;
    expect(event).toMatchObject({ user_id: ALICE, action: 'created', entity_type: 'AttendanceCorrection', entity_id: made.json.data.correction.id, reason: 'Forgot to clock out' });

    expect((await api('/reports/compliance/belgium-attendance?start_date=2026-11-01', { token: alice })).json.error).toBe('start_date and end_date are required');
    const bel = (await api(`/reports/compliance/belgium-attendance?start_date=${start_date}&end_date=${end_date}`, { token: alice })).json;
    expect(bel.success).toBe(true);
    expect(bel.data.count).toBe(records.length);
    const row = bel.data.rows.find((r: { work_date: string }) => r.work_date === target.work_date);
    expect(row).toMatchObject({ user_id: ALICE, username: 'alice', status: 'present', net_work_hours: target.total_work_hours, last_correction_reason: 'Forgot to clock out', locked: 'no', royal_decree_config_version: 'pending-2026' });
    expect(row.correction_count).toBeGreaterThanOrEqual(1);
    expect(row.work_period_starts).toBe(period.start_time);
    const all = (await api(`/reports/compliance/belgium-attendance?start_date=${start_date}&end_date=${end_date}`)).json.data.rows;
    expect(new Set(all.map((r: { user_id: number }) => r.user_id)).size).toBeGreaterThan(1);
    expect(all.map((r: { work_date: string; user_id: number }) => `${r.work_date}:${String(r.user_id).padStart(3, '0')}`)).toEqual(
      [...all.map((r: { work_date: string; user_id: number }) => `${r.work_date}:${String(r.user_id).padStart(3, '0')}`)].sort(),
    );
    const lockedRows = (await api(`/reports/compliance/belgium-attendance?start_date=${closed.period_start}&end_date=${closed.period_end}&user_id=${closed.user_id}`)).json.data.rows;
    expect(lockedRows.length).toBeGreaterThan(0);
    expect(lockedRows.every((r: { locked: string; locked_at: string }) => r.locked === 'yes' && r.locked_at !== '')).toBe(true);
  });
});
