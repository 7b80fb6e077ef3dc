/**
 * /api/v1/per-diems and /api/v1/per-diem-rates (reference §9): daily
 * allowances for a trip, declared on `resource` with the claim rules of
 * expenses.ts, and the rates an admin sets. The amount is derived on every
 * write: full rate x full days + half rate x half days - each meal
 * deduction x meals provided, never below 0.
 */
import { badRequest } from '../../core/errors.js';
import { isoNaive, round2 } from '../../core/time.js';
import type { TimeTrackerHandlers } from '../../apis/timetracker/env.js';
import type { components } from '../../generated/timetracker/openapi.js';
import type { Store } from '../../store/timetracker/store.js';
import type { PerDiemRateRow, PerDiemRow } from '../../store/timetracker/expense-types.js';
import { claimDict, claimResource, claimsOf, newClaim, statusChange } from './expenses.js';
import { pick } from './records.js';
import { resource } from './resource.js';

type S = components['schemas'];

const DAY = 86_400_000;
/** The real server's Numeric fields answer 0 as null (`float(x) if x else None`). */
const orNull = (n: number) => (n === 0 ? null : n);

/** The claim's amount (`PerDiem._calculate_amount`). */
export function perDiemAmount(p: PerDiemRow): number {
  const gross = p.full_day_rate * p.full_days + p.half_day_rate * p.half_days;
  const meals = p.breakfast_deduction * p.breakfast_provided + p.lunch_deduction * p.lunch_provided + p.dinner_deduction * p.dinner_provided;
  return Math.max(0, round2(gross - meals));
}

/** The real server's `to_dict` (`models/per_diem.py:311`). */
function perDiemDict(store: Store, p: PerDiemRow): S['PerDiem'] {
  return {
    ...p,
    ...claimDict(store, p),
    total_days: p.full_days + p.half_days * 0.5,
    trip_duration: Math.round((Date.parse(p.end_date) - Date.parse(p.start_date)) / DAY) + 1,
    breakfast_deduction: orNull(p.breakfast_deduction),
    lunch_deduction: orNull(p.lunch_deduction),
    dinner_deduction: orNull(p.dinner_deduction),
    calculated_amount: perDiemAmount(p),
  };
}

/** `Invalid date range` when the trip (or a rate's validity) would end before it starts. */
function checkRange(start: string, end: string | null): void {
  if (end !== null && end < start) throw badRequest('Invalid date range');
}

const claim = claimResource({ table: (s) => s.perDiems, what: 'Per diem', id: 'per_diem_id', one: 'per_diem', many: 'per_diems', dict: perDiemDict });

const UPDATABLE = [
  'trip_purpose',
  'description',
  'country',
  'city',
  'currency_code',
  'notes',
  'start_date',
  'end_date',
  'full_days',
  'half_days',
  'breakfast_provided',
  'lunch_provided',
  'dinner_provided',
  'full_day_rate',
  'half_day_rate',
  'breakfast_deduction',
  'lunch_deduction',
  'dinner_deduction',
] as const;

const updatePerDiem = claim.update<S['PerDiemUpdate']>(({ body: b, auth, now }, p) => {
  checkRange(b.start_date ?? p.start_date, b.end_date ?? p.end_date);
  return { ...pick(b, UPDATABLE), ...statusChange(p, b.status, auth.user.id, now), updated_at: now };
});

const rate = resource({
  table: (s) => s.perDiemRates,
  what: 'Per diem rate',
  id: 'rate_id',
  one: 'rate',
  many: 'rates',
  dict: (r: PerDiemRateRow): S['PerDiemRate'] => ({ ...r, created_at: isoNaive(r.created_at), updated_at: isoNaive(r.updated_at) }),
  messages: { created: 'Per diem rate created successfully', updated: 'Per diem rate updated successfully', deleted: 'Per diem rate deleted successfully' },
});

export const perDiems = {
  listPerDiems: claim.list(({ store, auth }) => claimsOf(auth, store.views.perDiemsNewestFirst, undefined)),

  // `project_id`, `client_id` and `notes` are not read on create, nor any deduction (as on the real server).
  createPerDiem: claim.create<S['PerDiemCreate']>(({ body: b, auth, now }) => {
    checkRange(b.start_date, b.end_date);
    return {
      ...newClaim(now),
      user_id: auth.user.id,
      project_id: null,
      client_id: null,
      expense_id: null,
      per_diem_rate_id: null,
      trip_purpose: b.trip_purpose.trim(),
      description: b.description?.trim() || null,
      start_date: b.start_date,
      end_date: b.end_date,
      departure_time: null,
      return_time: null,
      country: b.country.trim(),
      city: b.city?.trim() || null,
      full_days: b.full_days ?? 0,
      half_days: b.half_days ?? 0,
      breakfast_provided: b.breakfast_provided ?? 0,
      lunch_provided: b.lunch_provided ?? 0,
      dinner_provided: b.dinner_provided ?? 0,
      full_day_rate: round2(b.full_day_rate),
      half_day_rate: round2(b.half_day_rate),
      breakfast_deduction: 0,
      lunch_deduction: 0,
      dinner_deduction: 0,
      currency_code: b.currency_code ?? 'EUR',
    };
  }),

  getPerDiem: claim.get,
  updatePerDiem,
  patchPerDiem: updatePerDiem,
  deletePerDiem: claim.reject,

  listPerDiemRates: rate.list(({ store }) => store.views.activeRatesByPlace.rows()),

  createPerDiemRate: rate.create<S['PerDiemRateCreate']>(({ body: b, now }) => {
    checkRange(b.effective_from, b.effective_to ?? null);
    const money = (n: number | null | undefined) => (n ? round2(n) : null);
    return {
      country: b.country.trim(),
      city: b.city?.trim() || null,
      full_day_rate: round2(b.full_day_rate),
      half_day_rate: round2(b.half_day_rate),
      breakfast_rate: money(b.breakfast_rate),
      lunch_rate: money(b.lunch_rate),
      dinner_rate: money(b.dinner_rate),
      incidental_rate: money(b.incidental_rate),
      currency_code: b.currency_code ?? 'EUR',
      effective_from: b.effective_from,
      effective_to: b.effective_to ?? null,
      is_active: b.is_active ?? true,
      notes: b.notes?.trim() || null,
      created_at: now,
      updated_at: now,
    };
  }),
} satisfies Partial<TimeTrackerHandlers>;
