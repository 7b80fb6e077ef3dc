/**
 * The kit's clock: the one place that reads the wall clock. A run may pin its
 * "now" (`--now` / `CONTRACT_NOW`): the clock then starts at that instant and
 * runs on, like the mock's own `--now`, so a run against a mock started at
 * another instant agrees with it on what today, yesterday and a rate-limit
 * reset are. Days and times are naive UTC wall clock (`YYYY-MM-DDTHH:MM:SS`),
 * as the API books them.
 */

let offsetMs = 0;
let pinned = false;

/**
 * Start the clock at `at` (epoch ms), as it was at real time `since` (default:
 * now); `undefined` goes back to the system clock. A runner hands its clock to
 * a child process as `CONTRACT_NOW` + `CONTRACT_NOW_SINCE` (see `clockEnv`).
 */
export function pinClock(at: number | undefined, since: number = Date.now()): void {
  offsetMs = at === undefined ? 0 : at - since;
  pinned = at !== undefined;
}

/** Epoch milliseconds on the kit's clock. */
export function now(): number {
  return Date.now() + offsetMs;
}

/** Is the clock pinned (`--now`)? */
export const clockPinned = (): boolean => pinned;

/** The environment that makes a child process's clock continue this one's. */
export function clockEnv(): Record<string, string> {
  if (!clockPinned()) return {};
  const real = Date.now();
  return { CONTRACT_NOW: new Date(real + offsetMs).toISOString(), CONTRACT_NOW_SINCE: String(real) };
}

/** Pin from `CONTRACT_NOW` (already parsed into `at`) and `CONTRACT_NOW_SINCE`, when given. */
export function pinFromEnv(at: number | undefined, env: NodeJS.ProcessEnv = process.env): void {
  const since = Number(env.CONTRACT_NOW_SINCE);
  pinClock(at, at !== undefined && Number.isFinite(since) && since > 0 ? since : undefined);
}

/** An ISO 8601 datetime (naive = UTC) -> epoch ms, or undefined when it is not one. */
export function parseInstant(value: string): number | undefined {
  const v = value.trim();
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/i.test(v)) return undefined;
  const zoned = /(Z|[+-]\d{2}:?\d{2})$/i.test(v) ? v : `${v}Z`;
  const ms = Date.parse(zoned);
  return Number.isNaN(ms) ? undefined : ms;
}

export const MINUTE_MS = 60_000;
export const DAY_MS = 86_400_000;

/** Epoch ms -> naive ISO `YYYY-MM-DDTHH:MM:SS` (UTC wall clock). */
export function naive(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19);
}

/** Epoch ms -> `YYYY-MM-DD` (UTC). */
export function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Midnight (UTC) of a `YYYY-MM-DD` day, in epoch ms. */
export function dayStart(day: string): number {
  return Date.parse(`${day}T00:00:00Z`);
}

/** `YYYY-MM-DD` plus `n` days. */
export function addDays(day: string, n: number): string {
  return isoDay(dayStart(day) + n * DAY_MS);
}

/** A naive (or zoned) datetime the API answered with, read as the wall clock it shows. */
export function wallClock(value: string): number | undefined {
  const m = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(:\d{2})?)/.exec(value);
  if (!m) return undefined;
  const ms = Date.parse(`${m[1]}T${m[3] ? m[2] : `${m[2]}:00`}Z`);
  return Number.isNaN(ms) ? undefined : ms;
}

/** The day before the clock's today: where a run books its entries by default. */
export function yesterday(at: number = now()): string {
  return isoDay(at - DAY_MS);
}
