/**
 * GPS mileage tracks and the AI helper (reference §25) on the strict MSW
 * mock: a track started, fed points, stopped (haversine over the points, or
 * start to end), claimed as an expense; the owner rule, the 400/404 bodies
 * and the list's bounds.
 */
import { describe, expect, it } from 'vitest';
import { createClock } from '../../src/core/clock.js';
import { haversineKm, pathKm as pathKmOf } from '../../src/handlers/timetracker/mileage-gps.js';
import { createEngine } from '../../src/node.js';
import { call, expectError, startMock, T0, token } from './mock.js';

const { mock, clock } = startMock();
const admin = token(mock, 'admin');
const alice = token(mock, 'user');
const narrow = token(mock, 'narrow');
const aliceId = mock.engine.store.users.findBy('username', 'alice')!.id;

const api = (method: string, path: string, body?: unknown, tok = alice) => call(method, `/api/v1${path}`, { token: tok, body });
const MINUTE = 60_000;

/** Munich Marienplatz -> Stachus -> Hauptbahnhof. */
const A = { latitude: 48.137154, longitude: 11.576124 };
const B = { latitude: 48.139126, longitude: 11.566277 };
const C = { latitude: 48.140229, longitude: 11.558339 };

async function started(body: unknown = { ...A, location: 'Marienplatz' }, tok = alice): Promise<number> {
  const res = await api('POST', '/mileage/gps/start', body, tok);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.track_id;
}

describe('GPS mileage tracks', () => {
  it('haversine: a degree of latitude is about 111.19 km', () => {
    expect(haversineKm(0, 0, 1, 0)).toBeCloseTo(111.195, 2);
    expect(haversineKm(48, 11, 48, 11)).toBe(0);
  });

  it('starts a track with the service dict as the answer', async () => {
    const res = await api('POST', '/mileage/gps/start', { ...A, location: 'Marienplatz' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ success: true, track_id: res.body.track.id });
    expect(res.body.track).toMatchObject({
      user_id: aliceId, start_location: 'Marienplatz', start_latitude: A.latitude, start_longitude: A.longitude,
      end_latitude: null, distance_km: null, track_points: null, started_at: '2026-11-16T10:00:00', ended_at: null, duration_seconds: null, method: 'gps', expense_id: null,
    });
    // No body at all, and a coordinate of 0 (shown as null, as the model's to_dict).
    const bare = await call('POST', '/api/v1/mileage/gps/start', { token: alice });
    expect(bare.status, JSON.stringify(bare.body)).toBe(201);
    expect(bare.body.track.start_latitude).toBeNull();
    expect((await api('POST', '/mileage/gps/start', { latitude: 0, longitude: 0 })).body.track.start_latitude).toBeNull();
    expectError(await api('POST', '/mileage/gps/start', { latitude: 95 }), 400, 'validation_error');
  });

  it('adds points, stops with the distance over them, and claims it as an expense', async () => {
    const id = await started();
    for (const [i, p] of [A, B, C].entries()) {
      clock.set(T0 + (i + 1) * MINUTE);
      const res = await api('POST', `/mileage/gps/${id}/point`, p);
      expect(res.status).toBe(200);
      expect(res.body.track.track_points).toHaveLength(i + 1);
      expect(res.body.track.track_points[i]).toEqual({ lat: p.latitude, lng: p.longitude, timestamp: new Date(T0 + (i + 1) * MINUTE).toISOString().slice(0, 19) });
    }
    clock.set(T0 + 10 * MINUTE);
    const stop = await api('POST', `/mileage/gps/${id}/stop`, { ...C, location: 'Hauptbahnhof' });
    expect(stop.status).toBe(200);
    const km = haversineKm(A.latitude, A.longitude, B.latitude, B.longitude) + haversineKm(B.latitude, B.longitude, C.latitude, C.longitude);
    expect(km).toBeGreaterThan(1.3);
    expect(stop.body.distance_km).toBeCloseTo(km, 10);
    expect(stop.body.track).toMatchObject({ distance_km: Math.round(km * 100) / 100, distance_miles: Math.round(km * 0.621371 * 100) / 100, duration_seconds: 600, ended_at: '2026-11-16T10:10:00', end_location: 'Hauptbahnhof' });
    expect(stop.body.distance_miles).toBe(stop.body.track.distance_miles);
    expectError(await api('POST', `/mileage/gps/${id}/stop`, {}), 400);
    expect((await api('POST', `/mileage/gps/${id}/stop`, {})).body.error).toBe('Tracking already stopped');

    const claim = await api('POST', `/mileage/gps/${id}/expense`, { project_id: 1, rate_per_km: 0.3 });
    expect(claim.status, JSON.stringify(claim.body)).toBe(200);
    const dkm = stop.body.track.distance_km;
    expect(claim.body.expense).toMatchObject({
      user_id: aliceId, project_id: 1, category: 'travel', status: 'pending', expense_date: '2026-11-16', amount: Math.round(dkm * 0.3 * 100) / 100,
      title: 'Mileage: Marienplatz → Hauptbahnhof', description: 'Mileage: Marienplatz → Hauptbahnhof', notes: `GPS tracked: ${dkm.toFixed(2)}km (${stop.body.track.distance_miles.toFixed(2)} miles)`,
    });
    expect(claim.body.track.expense_id).toBe(claim.body.expense.id);
    // The expense is a real one: the expenses routes see it.
    expect((await api('GET', `/expenses/${claim.body.expense.id}`)).body.expense.title).toBe('Mileage: Marienplatz → Hauptbahnhof');
    // Default rate 0.5 (a rate of 0 counts as unset); a second claim moves the link.
    const again = await api('POST', `/mileage/gps/${id}/expense`, { rate_per_km: 0 });
    expect(again.body.expense.amount).toBe(Math.round(dkm * 0.5 * 100) / 100);
    expect(again.body.track.expense_id).toBe(again.body.expense.id);
    expect(again.body.expense.project_id).toBeNull();
  });

  it('measures start to end without points, and refuses a claim without a distance', async () => {
    const id = await started(A);
    const stop = await api('POST', `/mileage/gps/${id}/stop`, B);
    expect(stop.body.distance_km).toBeCloseTo(haversineKm(A.latitude, A.longitude, B.latitude, B.longitude), 10);
    expect(stop.body.track.start_location).toBeNull();

    const open = await started({});
    expect((await api('POST', `/mileage/gps/${open}/expense`, {})).body.error).toBe('Tracking must be stopped before creating expense');
    const stopped = await api('POST', `/mileage/gps/${open}/stop`);
    expect(stopped.status).toBe(200);
    expect(stopped.body).toMatchObject({ distance_km: null, distance_miles: null });
    const res = await api('POST', `/mileage/gps/${open}/expense`, {});
    expectError(res, 400);
    expect(res.body.error).toBe('Distance not calculated');
    // Same point twice: a distance of 0, shown as none.
    const still = await started(A);
    await api('POST', `/mileage/gps/${still}/point`, A);
    await api('POST', `/mileage/gps/${still}/point`, A);
    expect((await api('POST', `/mileage/gps/${still}/stop`, A)).body.distance_km).toBeNull();
  });

  it('answers the route errors: coordinates required, unknown track, another user, unknown project, scope', async () => {
    const id = await started();
    for (const body of [{ latitude: 48 }, { longitude: 11 }, { latitude: null, longitude: 11 }, {}]) {
      const res = await api('POST', `/mileage/gps/${id}/point`, body);
      expectError(res, 400);
      expect(res.body.error).toBe('latitude and longitude are required');
    }
    const ghost = await api('POST', '/mileage/gps/99999/point', A);
    expectError(ghost, 404, 'not_found');
    expect(ghost.body.error).toBe('Resource not found');
    expectError(await api('POST', '/mileage/gps/99999/stop', {}), 404);
    expectError(await api('POST', '/mileage/gps/99999/expense', {}), 404);
    const adminTrack = await started(A, admin);
    expectError(await api('POST', `/mileage/gps/${adminTrack}/point`, B), 403, 'forbidden');
    expectError(await api('POST', `/mileage/gps/${adminTrack}/stop`, B), 403, 'forbidden');
    // An admin may act on anyone's track.
    expect((await api('POST', `/mileage/gps/${id}/stop`, B, admin)).status).toBe(200);
    expectError(await api('POST', `/mileage/gps/${id}/expense`, { project_id: 99999 }), 404);
    expectError(await api('GET', '/mileage/gps', undefined, narrow), 403, 'forbidden');
    expectError(await api('POST', '/mileage/gps/start', {}, narrow), 403, 'forbidden');
  });

  it('lists the caller\'s tracks newest first, within the start bounds; user_id only for admins', async () => {
    const ids: number[] = [];
    for (let i = 0; i < 3; i++) {
      clock.set(T0 + i * 24 * 60 * MINUTE);
      ids.push(await started(A));
    }
    const adminTrack = await started(A, admin);
    const ofMine = (res: { body: { tracks: { id: number }[] } }) => res.body.tracks.map((t) => t.id).filter((id) => ids.includes(id));
    const mine = (await api('GET', '/mileage/gps')).body.tracks.map((t: { id: number }) => t.id);
    // Newest start first: the three new ones, then the seeded ones (started before T0).
    expect(mine.slice(0, 3)).toEqual([...ids].reverse());
    expect(mine.length).toBeGreaterThan(3);
    expect(ofMine(await api('GET', '/mileage/gps?start_date=2026-11-17'))).toEqual([ids[2], ids[1]]);
    expect((await api('GET', '/mileage/gps?start_date=2026-11-17')).body.tracks).toHaveLength(2);
    // A date-only end is its midnight: that day's later tracks are left out.
    expect(ofMine(await api('GET', '/mileage/gps?end_date=2026-11-17'))).toEqual([ids[0]]);
    expect(ofMine(await api('GET', '/mileage/gps?end_date=2026-11-17T10:00:00Z'))).toEqual([ids[1], ids[0]]);
    // A non-admin's user_id is ignored; an admin's names that user.
    expect((await api('GET', `/mileage/gps?user_id=1`)).body.tracks.map((t: { id: number }) => t.id)).toEqual(mine);
    expect((await api('GET', `/mileage/gps?user_id=${aliceId}`, undefined, admin)).body.tracks.map((t: { id: number }) => t.id)).toEqual(mine);
    const adminOwn = (await api('GET', '/mileage/gps', undefined, admin)).body.tracks.map((t: { id: number; user_id: number }) => t.id);
    expect(adminOwn[0]).toBe(adminTrack);
    expect(adminOwn).not.toContain(ids[0]);
    expectError(await api('GET', '/mileage/gps?start_date=soon'), 400, 'validation_error');
  });

  it('seeds a running track (the admin\'s, id 1) and two stopped ones of alice\'s, at any "now"', async () => {
    for (const now of [T0, Date.parse('2027-02-28T23:59:00Z'), Date.parse('2026-06-01T00:30:00Z')]) {
      const engine = createEngine({ seed: 3, clock: createClock({ frozenAt: now }) });
      const rows = engine.store.mileageTracks.toArray();
      expect(rows).toHaveLength(3);
      const [running, measured, blind] = rows;
      expect(running).toMatchObject({ id: 1, user_id: engine.store.users.findBy('username', 'admin')!.id, ended_at: null });
      expect(running.started_at).toBeLessThan(now);
      expect(measured.ended_at! - measured.started_at).toBe(measured.duration_seconds! * 1000);
      expect(measured.ended_at!).toBeLessThan(now);
      expect(measured.distance_km).toBeCloseTo(Math.round(pathKmOf(measured.track_points!) * 100) / 100, 10);
      expect(measured.distance_km!).toBeGreaterThan(1);
      expect(blind).toMatchObject({ distance_km: null, start_latitude: null });
      expect(blind.ended_at!).toBeLessThan(now);
      // Deterministic from the seed.
      expect(createEngine({ seed: 3, clock: createClock({ frozenAt: now }) }).store.mileageTracks.toArray()).toEqual(rows);
    }
    expect(createEngine({ seed: 1, scenario: 'empty' }).store.mileageTracks.size).toBe(0);
  });

  it('lists at most 50', async () => {
    for (let i = 0; i < 52; i++) await started({});
    expect((await api('GET', '/mileage/gps')).body.tracks).toHaveLength(50);
  });
});

describe('AI helper', () => {
  // A reset (after each test) makes a new store: read its settings each time.
  const on = () => {
    mock.engine.store.settings.ai.enabled = true;
  };

  it('is off by default, as on the real server: 503 ai_disabled on every route', async () => {
    const preview = await api('GET', '/ai/context-preview');
    expectError(preview, 503, 'ai_disabled');
    expect(preview.body).toMatchObject({ success: false, error: 'AI helper is disabled' });
    const chat = await api('POST', '/ai/chat', { prompt: 'hello' });
    expectError(chat, 503, 'ai_disabled');
    expect(chat.body.error).toBe('AI helper is disabled.');
    expectError(await api('POST', '/ai/actions/confirm', { action: { type: 'summary', payload: { text: 'x' } } }), 503, 'ai_disabled');
    expectError(await api('GET', '/ai/context-preview', undefined, narrow), 403, 'forbidden');
  });

  it('previews the caller\'s context: recent entries, the running timer, open tasks, projects, the provider without its key', async () => {
    on();
    const res = await api('GET', '/ai/context-preview');
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const { context, provider } = res.body;
    expect(provider).toEqual({ enabled: true, provider: 'ollama', base_url: 'http://127.0.0.1:11434', model: 'llama3.1', api_key_set: false, timeout_seconds: 30, context_limit: 40 });
    const store = mock.engine.store;
    const own = store.queryTimeEntries({ userId: aliceId }, 1, 40).items;
    expect(context.summary.recent_entry_count).toBe(own.length);
    expect(context.recent_entries.map((e: { id: number }) => e.id)).toEqual(own.slice(0, 8).map((e) => e.id));
    const finished = own.filter((e) => e.end !== null).reduce((s, e) => s + (e.end! - e.start) / 1000 - e.break_seconds, 0);
    expect(context.summary.recent_total_hours).toBeCloseTo(finished / 3600, 1);
    const open = [...store.tasks.all()].filter((t) => t.assigned_to === aliceId && ['todo', 'in_progress', 'review'].includes(t.status));
    expect(context.summary.open_task_count).toBe(Math.min(20, open.length));
    expect(context.assigned_tasks.every((t: { status: string }) => ['todo', 'in_progress', 'review'].includes(t.status))).toBe(true);
    expect(context.active_timer?.id ?? null).toBe(store.runningEntryOf(aliceId)?.id ?? null);
    const projectIds = new Set([...own.map((e) => e.project_id), ...open.map((t) => t.project_id)]);
    expect(context.projects.every((p: { id: number }) => projectIds.has(p.id))).toBe(true);
  });

  it('chats without a model: a reply from the prompt and the data, actions from its words', async () => {
    on();
    expectError(await api('POST', '/ai/chat', { prompt: '   ' }), 400, 'validation_error');
    const plain = await api('POST', '/ai/chat', { prompt: 'How am I doing?' });
    expect(plain.status).toBe(200);
    expect(plain.body.reply).toContain('no model runs');
    expect(plain.body.reply).toContain('How am I doing?');
    expect(plain.body.reply).toContain(`${plain.body.context_preview.summary.recent_total_hours} hours`);
    expect(plain.body.actions).toEqual([]);
    const log = await api('POST', '/ai/chat', { prompt: 'Please log 45 minutes of time for the review, and summarize my week', history: [{ role: 'user', content: 'hi' }] });
    const types = log.body.actions.map((a: { type: string }) => a.type);
    expect(types).toEqual(['create_time_entry', 'summary']);
    expect(log.body.actions[0].payload.duration_minutes).toBe(45);
    expect(log.body.reply).toContain('```json');
    // The same question gives the same answer.
    expect((await api('POST', '/ai/chat', { prompt: 'How am I doing?' })).body).toEqual(plain.body);
    // A configuration without a model is refused before the prompt.
    mock.engine.store.settings.ai.model = '';
    expectError(await api('POST', '/ai/chat', { prompt: 'x' }), 400, 'ai_not_configured');
  });

  it('confirms the proposed actions: a timer, a finished entry, a summary; refuses the rest', async () => {
    on();
    const store = mock.engine.store;
    const running = store.runningEntryOf(aliceId);
    if (running) expect((await api('POST', '/timer/stop', {})).status).toBe(200);
    const proposal = (await api('POST', '/ai/chat', { prompt: 'start a timer and log 2 hours' })).body.actions as { type: string; payload: Record<string, unknown> }[];
    expect(proposal.map((a) => a.type)).toEqual(['start_timer', 'create_time_entry']);

    const entry = await api('POST', '/ai/actions/confirm', { action: { ...proposal[1], payload: { ...proposal[1].payload, end_time: '2024-02-07T12:00:00Z' } } });
    expect(entry.status, JSON.stringify(entry.body)).toBe(200);
    expect(entry.body).toMatchObject({ success: true, ok: true, type: 'create_time_entry', entry: { start_time: '2024-02-07T10:00:00', end_time: '2024-02-07T12:00:00', duration_hours: 2, billable: true, active: false } });
    expect(store.timeEntries.get(entry.body.entry.id)?.user_id).toBe(aliceId);

    const t = await api('POST', '/ai/actions/confirm', { action: proposal[0] });
    expect(t.status, JSON.stringify(t.body)).toBe(200);
    expect(t.body).toMatchObject({ ok: true, type: 'start_timer', timer: { active: true, project_id: proposal[0].payload.project_id } });
    expect(store.runningEntryOf(aliceId)?.id).toBe(t.body.timer.id);
    // A second timer: the timer route's refusal, as a 400.
    expectError(await api('POST', '/ai/actions/confirm', { action: proposal[0] }), 400);

    expect((await api('POST', '/ai/actions/confirm', { action: { type: 'summary', payload: { text: 'Done' } } })).body).toEqual({ success: true, ok: true, type: 'summary', summary: 'Done' });
    const bad = await api('POST', '/ai/actions/confirm', { action: { type: 'delete_everything' } });
    expectError(bad, 400, 'unsupported_action');
    expect(bad.body.error).toBe('Unsupported AI action.');
    expect((await api('POST', '/ai/actions/confirm', { action: { type: 'start_timer', payload: {} } })).body.error).toBe('Project is required to start a timer.');
    expect((await api('POST', '/ai/actions/confirm', { action: { type: 'create_time_entry', payload: { project_id: 1, start_time: '2026-11-10T12:00:00', end_time: '2026-11-10T11:00:00' } } })).body.error).toBe('End time must be after start time.');
  });
});
