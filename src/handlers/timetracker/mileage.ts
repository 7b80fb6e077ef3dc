/**
 * /api/v1/mileage (reference §8): trips claimed at a rate per km, declared
 * on `resource` with the claim rules of expenses.ts. The amounts are
 * derived: `calculated_amount` = distance x rate (one way), doubled with the
 * distance in `total_*` for a round trip.
 */
import { round2 } from '../../core/time.js';
import type { TimeTrackerHandlers } from '../../apis/timetracker/env.js';
import type { components } from '../../generated/timetracker/openapi.js';
import type { Store } from '../../store/timetracker/store.js';
import type { MileageRow } from '../../store/timetracker/expense-types.js';
import { claimDict, claimResource, claimsOf, dayRange, newClaim, statusChange } from './expenses.js';
import { filtered, pick } from './records.js';

type S = components['schemas'];

/** km -> miles, as the real server converts (`models/mileage.py`). */
const MILES_PER_KM = 0.621371;

/** The real server's `to_dict` (`models/mileage.py:177`). */
function mileageDict(store: Store, m: MileageRow): S['Mileage'] {
  const times = m.is_round_trip ? 2 : 1;
  const calculated = round2(m.distance_km * m.rate_per_km);
  return {
    ...m,
    ...claimDict(store, m),
    distance_miles: round2(m.distance_km * MILES_PER_KM),
    calculated_amount: calculated,
    total_distance_km: m.distance_km * times,
    total_amount: round2(calculated * times),
  };
}

const entry = claimResource({ table: (s) => s.mileage, what: 'Mileage entry', id: 'mileage_id', one: 'mileage', many: 'mileage', dict: mileageDict });

const UPDATABLE = [
  'purpose',
  'start_location',
  'end_location',
  'description',
  'vehicle_type',
  'vehicle_description',
  'license_plate',
  'currency_code',
  'notes',
  'trip_date',
  'distance_km',
  'rate_per_km',
  'start_odometer',
  'end_odometer',
  'is_round_trip',
] as const;

const updateMileage = entry.update<S['MileageUpdate']>(({ body: b, auth, now }, m) => ({
  ...pick(b, UPDATABLE),
  ...statusChange(m, b.status, auth.user.id, now),
}));

export const mileage = {
  listMileage: entry.list(({ store, auth, query: q }) =>
    filtered(claimsOf(auth, store.views.mileageNewestFirst, q.user_id), [
      q.project_id === undefined ? undefined : (m) => m.project_id === q.project_id,
      dayRange((m) => m.trip_date, q.start_date, q.end_date),
    ]),
  ),

  // `notes` and the vehicle fields are not read on create (as on the real server).
  createMileage: entry.create<S['MileageCreate']>(({ body: b, auth, now }) => ({
    ...newClaim(now),
    user_id: auth.user.id,
    project_id: b.project_id ?? null,
    client_id: b.client_id ?? null,
    expense_id: null,
    trip_date: b.trip_date,
    purpose: b.purpose.trim(),
    description: b.description?.trim() || null,
    start_location: b.start_location.trim(),
    end_location: b.end_location.trim(),
    start_odometer: null,
    end_odometer: null,
    distance_km: round2(b.distance_km),
    rate_per_km: Math.round(b.rate_per_km * 10_000) / 10_000,
    rate_per_mile: null,
    currency_code: 'EUR',
    vehicle_type: null,
    vehicle_description: null,
    license_plate: null,
    is_round_trip: b.is_round_trip ?? false,
  })),

  getMileage: entry.get,
  updateMileage,
  patchMileage: updateMileage,
  deleteMileage: entry.reject,
} satisfies Partial<TimeTrackerHandlers>;
