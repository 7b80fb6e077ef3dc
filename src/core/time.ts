/**
 * Wire formats of times. The real server sends naive ISO datetimes
 * (`YYYY-MM-DDTHH:MM:SS`, microseconds only when not zero) in the app's time
 * zone; the mock's app time zone is UTC. Internally times are epoch ms.
 */

// A small direct-mapped cache of formatted timestamps: lists serialise the same stored times again
// and again; fresh times (a create) just overwrite a slot. No Map growth, no clearing, no allocation.
const SLOTS = 8192;
const slotKeys = new Float64Array(SLOTS).fill(Number.NaN);
const slotValues: string[] = new Array<string>(SLOTS).fill('');
const DAY_MS = 86_400_000;
const two = (n: number): string => (n < 10 ? `0${n}` : `${n}`);

/**
 * `YYYY-MM-DDTHH:MM:SS` of an epoch ms in years 1970-9999, by arithmetic
 * (days to a civil date, H. Hinnant's algorithm): no Date object.
 */
function formatNaive(ms: number): string {
  const days = Math.floor(ms / DAY_MS);
  let t = ms - days * DAY_MS;
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  const millis = t % 1000;
  t = (t - millis) / 1000;
  const sec = t % 60;
  t = (t - sec) / 60;
  const min = t % 60;
  const hour = (t - min) / 60;
  const base = `${year}-${two(month)}-${two(day)}T${two(hour)}:${two(min)}:${two(sec)}`;
  return millis === 0 ? base : `${base}.${String(millis).padStart(3, '0')}000`;
}

/** Epoch ms of 10000-01-01: beyond it (and before 1970) the Date formatting is used. */
const YEAR_10000 = 253_402_300_800_000;

/** `1767225600000` -> `2026-01-01T00:00:00` (milliseconds kept as `.ffffff` when not zero). */
export function isoNaive(ms: number): string {
  const slot = (((Math.floor(ms / 1000) % SLOTS) + SLOTS) % SLOTS) | 0;
  if (slotKeys[slot] === ms) return slotValues[slot];
  let s: string;
  if (ms >= 0 && ms < YEAR_10000 && Number.isInteger(ms)) s = formatNaive(ms);
  else {
    const iso = new Date(ms).toISOString(); // 2026-01-01T00:00:00.000Z
    const frac = iso.slice(20, 23);
    s = frac === '000' ? iso.slice(0, 19) : `${iso.slice(0, 19)}.${frac}000`;
  }
  slotKeys[slot] = ms;
  slotValues[slot] = s;
  return s;
}

export function isoNaiveOrNull(ms: number | null | undefined): string | null {
  return ms === null || ms === undefined ? null : isoNaive(ms);
}

/** `YYYY-MM-DD` of an epoch ms (UTC). */
export function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const UTC_MILLIS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{3})?Z$/;
const DATETIME = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?)(Z|[+-]\d{2}:?\d{2})?$/;

export function isDateOnly(value: string): boolean {
  return DATE_ONLY.test(value.trim());
}

/**
 * Parse an ISO 8601 date or datetime as the real server's `parse_datetime`
 * does: `Z` and offsets are converted to the app zone (UTC); naive values are
 * app-local. Returns null when unparseable.
 */
export function parseIsoTime(value: unknown): number | null {
  if (typeof value !== 'string') return null;
  // The form clients send most (`toISOString()`): Date.parse reads it exactly as the general path would.
  if (UTC_MILLIS.test(value)) {
    const ms = Date.parse(value);
    return Number.isNaN(ms) ? null : ms;
  }
  const v = value.trim();
  if (DATE_ONLY.test(v)) return realDate(v) ? Date.parse(`${v}T00:00:00Z`) : null;
  const m = DATETIME.exec(v);
  if (!m || !realDate(m[1]) || !realTime(m[2]) || (m[3] !== undefined && m[3] !== 'Z' && !realTime(`${m[3].slice(1, 3)}:${m[3].slice(-2)}`))) return null;
  const zone = m[3] === undefined ? 'Z' : m[3].length === 5 ? `${m[3].slice(0, 3)}:${m[3].slice(3)}` : m[3];
  const ms = Date.parse(`${m[1]}T${m[2].length === 5 ? `${m[2]}:00` : m[2].slice(0, 12)}${zone}`);
  return Number.isNaN(ms) ? null : ms;
}

/** `YYYY-MM-DD` names a day of the calendar (Date.parse rolls 2026-02-30 over to March 2). */
function realDate(ymd: string): boolean {
  const [y, m, d] = ymd.split('-').map(Number);
  return m >= 1 && m <= 12 && d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** `HH:MM[:SS...]` within 00:00..23:59:59. */
function realTime(hms: string): boolean {
  const [h, m, s] = hms.split(':').map((p) => Number.parseFloat(p));
  return h <= 23 && m <= 59 && (s === undefined || s < 60);
}

/** End of the day for a date-only value (23:59:59.999), the value itself otherwise. */
export function parseRangeEnd(value: string): number | null {
  const ms = parseIsoTime(value);
  if (ms === null) return null;
  return isDateOnly(value) ? ms + 86_400_000 - 1 : ms;
}

/** `HH:MM:SS` of a number of seconds (hours may exceed 24). */
export function hms(totalSeconds: number): string {
  const s = Math.max(0, Math.floor(totalSeconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return `${two(h)}:${two(m)}:${two(s % 60)}`;
}

export const round2 = (n: number): number => Math.round(n * 100) / 100;
