/**
 * /api/v1/mileage/gps (reference §25, `api_v1.py:5130-5210`,
 * `services/gps_tracking_service.py`, `models/expense_gps.py`): a GPS track
 * is started, fed points, stopped (which measures it: haversine over its
 * points, or start to end) and claimed as a `travel` expense at a rate per
 * km. The routes answer the service's dicts as they are (`{success, ...}`).
 * Domain rules only: the tracks are not a CRUD group, so no `resource`.
 */
import { badRequest } from '../../core/errors.js';
import { created, ok } from '../../core/handler.js';
import { isoDate, isoNaive, isoNaiveOrNull, parseIsoTime, round2 } from '../../core/time.js';
import type { TimeTrackerHandlers } from '../../apis/timetracker/env.js';
import type { components } from '../../generated/timetracker/openapi.js';
import type { Store } from '../../store/timetracker/store.js';
import type { MileageTrackRow, TrackPoint } from '../../store/timetracker/gps-types.js';
import { expenseDict, newClaim } from './expenses.js';
import { found, ownOrAdmin } from './records.js';
import type { ResourceCtx } from './resource.js';

type S = components['schemas'];

/** Earth radius (km) and km -> miles, as `models/expense_gps.py`. */
const EARTH_KM = 6371;
const MILES_PER_KM = 0.621371;
/** At most this many tracks in a list (`get_user_tracks(limit=50)`). */
const LIST_LIMIT = 50;

/** Great-circle distance in km between two points (the model's haversine). */
export function haversineKm(lat1: number, lng1: number, lat2: number, lng2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLng = (lng2 - lng1) * rad;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLng / 2) ** 2;
  return EARTH_KM * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
}

/** The km of a path through the points, segment by segment. */
export function pathKm(points: readonly { lat: number; lng: number }[]): number {
  let km = 0;
  for (let i = 1; i < points.length; i++) km += haversineKm(points[i - 1].lat, points[i - 1].lng, points[i].lat, points[i].lng);
  return km;
}

/** `float(x) if x else None`: the model shows 0 as null. */
const truthy = (n: number | null): number | null => (n ? n : null);
/** A coordinate as its Numeric(_, 8) column keeps it. */
const coord = (n: number | null | undefined): number | null => (n === null || n === undefined ? null : Math.round(n * 1e8) / 1e8);

/** `MileageTrack.to_dict` (`models/expense_gps.py:63`). */
function trackDict(t: MileageTrackRow): S['MileageTrack'] {
  return {
    id: t.id,
    expense_id: t.expense_id,
    user_id: t.user_id,
    start_location: t.start_location,
    end_location: t.end_location,
    start_latitude: truthy(t.start_latitude),
    start_longitude: truthy(t.start_longitude),
    end_latitude: truthy(t.end_latitude),
    end_longitude: truthy(t.end_longitude),
    distance_km: truthy(t.distance_km),
    distance_miles: truthy(t.distance_miles),
    track_points: t.track_points === null ? null : t.track_points.map((p) => ({ ...p })),
    started_at: isoNaive(t.started_at),
    ended_at: isoNaiveOrNull(t.ended_at),
    duration_seconds: t.duration_seconds,
    method: t.method,
    notes: t.notes,
  };
}

type TrackCtx<B = unknown> = ResourceCtx<{ track_id: number }, unknown, B>;

/** The track the path names: 404 `Resource not found` (`get_or_404`), 403 unless the caller's or an admin's. */
function trackOf(ctx: TrackCtx): MileageTrackRow {
  const t = found(ctx.store.mileageTracks, ctx.params.track_id, 'Resource');
  ownOrAdmin(ctx.auth, t.user_id);
  return t;
}

/** The stop's measure: over the points when there are two or more, else start to end when both latitudes are set, else none. */
function measure(t: MileageTrackRow): number | null {
  const points = t.track_points ?? [];
  if (points.length > 1) return pathKm(points);
  if (!t.start_latitude || !t.end_latitude || !t.start_longitude || !t.end_longitude) return null;
  return haversineKm(t.start_latitude, t.start_longitude, t.end_latitude, t.end_longitude);
}

/** The expense a stopped, measured track becomes (`create_expense_from_track`). */
function trackExpense(store: Store, t: MileageTrackRow, projectId: number | null, rate: number, now: number) {
  const km = t.distance_km ?? 0;
  const title = `Mileage: ${t.start_location || 'Start'} → ${t.end_location || 'End'}`;
  return store.expenses.insert({
    ...newClaim(now),
    user_id: t.user_id,
    project_id: projectId,
    client_id: null,
    title,
    description: title,
    category: 'travel',
    amount: round2(km * rate),
    currency_code: 'EUR',
    tax_amount: 0,
    tax_rate: 0,
    payment_method: null,
    payment_date: null,
    billable: false,
    reimbursable: true,
    invoiced: false,
    invoice_id: null,
    expense_date: isoDate(t.started_at),
    receipt_path: null,
    receipt_number: null,
    vendor: null,
    tags: null,
    notes: `GPS tracked: ${km.toFixed(2)}km (${(t.distance_miles ?? 0).toFixed(2)} miles)`,
  });
}

type Range = { start_date?: string; end_date?: string; user_id?: number };

export const mileageGps = {
  listGpsTracks: ({ store, auth, query: q }: ResourceCtx<unknown, Range>) => {
    const userId = q.user_id !== undefined && auth.isAdmin ? q.user_id : auth.user.id;
    // parse_datetime: an unparseable bound is no bound; a date is its midnight (an end too).
    const from = q.start_date === undefined ? null : parseIsoTime(q.start_date);
    const to = q.end_date === undefined ? null : parseIsoTime(q.end_date);
    const rows = store.views.tracksNewestFirst.group(userId).filter((t) => (from === null || t.started_at >= from) && (to === null || t.started_at <= to));
    return ok({ tracks: rows.slice(0, LIST_LIMIT).map(trackDict) });
  },

  startGpsTrack: ({ store, auth, body, now }: ResourceCtx<unknown, unknown, S['MileageTrackStart'] | undefined>) => {
    const b = body ?? {};
    const t = store.mileageTracks.insert({
      expense_id: null,
      user_id: auth.user.id,
      start_location: b.location ?? null,
      end_location: null,
      start_latitude: coord(b.latitude),
      start_longitude: coord(b.longitude),
      end_latitude: null,
      end_longitude: null,
      distance_km: null,
      distance_miles: null,
      track_points: null,
      started_at: now,
      ended_at: null,
      duration_seconds: null,
      method: 'gps',
      notes: null,
      created_at: now,
      updated_at: now,
    });
    return created({ success: true, track_id: t.id, track: trackDict(t) });
  },

  addGpsTrackPoint: (ctx: TrackCtx<S['MileageTrackPoint']>) => {
    const { latitude, longitude } = ctx.body ?? {};
    if (latitude === null || latitude === undefined || longitude === null || longitude === undefined) throw badRequest('latitude and longitude are required');
    const t = trackOf(ctx);
    const point: TrackPoint = { lat: latitude, lng: longitude, timestamp: isoNaive(ctx.now) };
    const updated = ctx.store.mileageTracks.update(t.id, { track_points: [...(t.track_points ?? []), point], updated_at: ctx.now });
    return ok({ success: true, track: trackDict(updated) });
  },

  stopGpsTrack: (ctx: TrackCtx<S['MileageTrackStart'] | undefined>) => {
    const t = trackOf(ctx);
    if (t.ended_at !== null) throw badRequest('Tracking already stopped');
    const b = ctx.body ?? {};
    const ended: MileageTrackRow = {
      ...t,
      end_latitude: coord(b.latitude),
      end_longitude: coord(b.longitude),
      end_location: b.location ?? null,
      ended_at: ctx.now,
      duration_seconds: Math.floor((ctx.now - t.started_at) / 1000),
      updated_at: ctx.now,
    };
    const km = measure(ended);
    const { id, ...patch } = { ...ended, distance_km: km === null ? t.distance_km : round2(km), distance_miles: km === null ? t.distance_miles : round2(km * MILES_PER_KM) };
    const saved = ctx.store.mileageTracks.update(id, patch);
    return ok({ success: true, track: trackDict(saved), distance_km: km ? km : null, distance_miles: truthy(saved.distance_miles) });
  },

  createGpsTrackExpense: (ctx: TrackCtx<S['MileageTrackExpenseCreate'] | undefined>) => {
    const t = trackOf(ctx);
    if (t.ended_at === null) throw badRequest('Tracking must be stopped before creating expense');
    if (!t.distance_km) throw badRequest('Distance not calculated');
    const b = ctx.body ?? {};
    const projectId = b.project_id ?? null;
    if (projectId !== null) found(ctx.store.projects, projectId, 'Resource');
    const expense = trackExpense(ctx.store, t, projectId, b.rate_per_km || 0.5, ctx.now);
    const linked = ctx.store.mileageTracks.update(t.id, { expense_id: expense.id, updated_at: ctx.now });
    return ok({ success: true, expense: expenseDict(ctx.store, expense), track: trackDict(linked) });
  },
} satisfies Partial<TimeTrackerHandlers>;
