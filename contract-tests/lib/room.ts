/**
 * Room for the time entries and timers a run books, found by reading what
 * the target already holds: the entries of the token's own user on the entry
 * day (`listTimeEntries` with `user_id` and the day, running ones included).
 * Slots are handed out only in the free time between them, so a run never
 * collides with existing data, whatever the day, the scenario or the server.
 *
 * The entry day is `--entry-date` when given; otherwise the latest day before
 * today (on the kit's clock) with room for a whole run. A day without room
 * is a setup problem the runner reports before it sends any write.
 */
import { SetupError } from './checks.js';
import { DAY_MS, MINUTE_MS, addDays, dayStart, isoDay, naive, now, wallClock, yesterday } from './clock.js';

export interface Interval {
  /** Epoch ms of the naive wall-clock time. */
  start: number;
  end: number;
}

export interface Slot {
  /** Naive ISO datetimes, as the API books them. */
  start: string;
  end: string;
}

/** An entry as listed: only its times matter here. */
export interface ListedEntry {
  start_time?: unknown;
  end_time?: unknown;
}

/** What the room reads from the target. */
export interface RoomSource {
  /** The id of the token's user (`GET /users/me`). */
  userId(): Promise<number>;
  /** The user's entries starting on `fromDay`..`toDay` (both whole days), running ones included. */
  entries(userId: number, fromDay: string, toDay: string): Promise<ListedEntry[]>;
}

/**
 * The slots (minutes) one whole run books on its entry day: the operations
 * suite 5 x 10, the flows 30 + 2 x 10 + 5 x 5, Dredd 7 x 10. Each runner
 * reads the day afresh after the previous one cleaned up, so this is a
 * margin, not a tight bound.
 */
export const RUN_PLAN: readonly number[] = [30, ...Array<number>(14).fill(10), ...Array<number>(5).fill(5)];

/** How many days before today the default search looks for a day with room. */
export const SEARCH_DAYS = 14;

/** Kept free on both sides of every existing entry and after every slot handed out. */
const GAP_MS = MINUTE_MS;

/** How far ahead of "now" a timer's time must be free (a timer of the suites runs for seconds). */
export const TIMER_ROOM_MS = 15 * MINUTE_MS;

/** The day has no room for the run (the runner exits 2 on it, before any write). */
export class NoRoomError extends Error {}

/** The time an entry keeps busy, padded by the gap; a running entry (no end) is busy up to `openEnd`. */
export function entryInterval(e: ListedEntry, openEnd: number): Interval | undefined {
  const start = typeof e.start_time === 'string' ? wallClock(e.start_time) : undefined;
  if (start === undefined) return undefined;
  const end = typeof e.end_time === 'string' ? wallClock(e.end_time) : undefined;
  return { start: start - GAP_MS, end: Math.max(end ?? openEnd, start) + GAP_MS };
}

/** Busy intervals of listed entries, earliest first. */
export function busyIntervals(entries: readonly ListedEntry[], openEnd: number): Interval[] {
  return entries
    .map((e) => entryInterval(e, openEnd))
    .filter((i): i is Interval => i !== undefined)
    .sort((a, b) => a.start - b.start);
}

/** The earliest stretch of `minutes` on `day` that touches no busy interval, or undefined. */
export function firstFit(busy: readonly Interval[], day: string, minutes: number): Interval | undefined {
  const dayEnd = dayStart(day) + DAY_MS;
  const length = minutes * MINUTE_MS;
  let t = dayStart(day);
  for (const b of [...busy].sort((x, y) => x.start - y.start)) {
    if (b.end <= t) continue;
    if (b.start >= t + length) break;
    t = b.end;
  }
  return t + length <= dayEnd ? { start: t, end: t + length } : undefined;
}

/** Minutes of `day` that no busy interval covers. */
export function freeMinutes(busy: readonly Interval[], day: string): number {
  const start = dayStart(day);
  const end = start + DAY_MS;
  let covered = 0;
  let t = start;
  for (const b of [...busy].sort((x, y) => x.start - y.start)) {
    const s = Math.max(b.start, t);
    const e = Math.min(b.end, end);
    if (e > s) {
      covered += e - s;
      t = e;
    }
  }
  return Math.round((DAY_MS - covered) / MINUTE_MS);
}

/** Can every slot of `plan` be placed on `day` (first fit, in order)? */
export function fits(busy: readonly Interval[], day: string, plan: readonly number[]): boolean {
  const taken = [...busy];
  for (const minutes of plan) {
    const slot = firstFit(taken, day, minutes);
    if (!slot) return false;
    taken.push({ start: slot.start, end: slot.end + GAP_MS });
  }
  return true;
}

export const describeMinutes = (m: number): string => (m >= 60 ? `${Math.floor(m / 60)} h${m % 60 ? ` ${m % 60} min` : ''}` : `${m} min`);

interface Found {
  day: string;
  userId: number;
  /** The target's entries of the day, as last read. */
  busy: Interval[];
  /** Slots handed out by this room (created or about to be). */
  own: Interval[];
}

export class EntryRoom {
  private found?: Found;
  private problem?: string;
  private failure?: unknown;
  private preparing?: Promise<void>;
  private userIdCache?: Promise<number>;

  constructor(
    private readonly source: RoomSource,
    /** `--entry-date`, when given: only that day. */
    private readonly explicitDay: string | undefined,
    private readonly plan: readonly number[] = RUN_PLAN,
  ) {}

  /** Find the entry day and read what is on it, once. Never throws: a problem is kept and raised by `next()`. */
  prepare(): Promise<void> {
    this.preparing ??= this.find().then(
      (f) => {
        this.found = f;
      },
      (error: unknown) => {
        this.failure = error;
        this.problem = error instanceof SetupError ? error.reason : error instanceof Error ? error.message : String(error);
      },
    );
    return this.preparing;
  }

  /** The runner's preflight: the chosen day, or NoRoomError, or the error that kept the day from being read. */
  async require(): Promise<string> {
    await this.prepare();
    if (this.found) return this.found.day;
    throw this.failure;
  }

  /** The entry day: the one found, else `--entry-date` or yesterday (nothing is booked then). */
  get day(): string {
    return this.found?.day ?? this.explicitDay ?? yesterday();
  }

  /** The next free slot of `minutes` on the entry day; SetupError when the day has no room (or was not read). */
  next(minutes: number): Slot {
    if (!this.found) throw new SetupError(this.problem ?? 'the entry day was not read (call prepare() first)');
    const f = this.found;
    const slot = firstFit([...f.busy, ...f.own], f.day, minutes);
    if (!slot) throw new SetupError(`no free ${minutes} min left on ${f.day} for user ${f.userId} (between the entries already there and this run's)`);
    f.own.push({ start: slot.start, end: slot.end + GAP_MS });
    return { start: naive(slot.start), end: naive(slot.end) };
  }

  /** Read the entry day again (after an unexpected overlap: someone else booked meanwhile). */
  async refresh(): Promise<void> {
    if (!this.found) return;
    this.found.busy = await this.busyOn(this.found.userId, this.found.day);
  }

  /**
   * A timer starts at the server's now: require the user's time from now to
   * TIMER_ROOM_MS ahead to be free (SetupError naming the entry in the way).
   */
  async requireTimerRoom(): Promise<void> {
    const userId = await this.userId();
    const at = now();
    const today = isoDay(at);
    const entries = await this.source.entries(userId, addDays(today, -1), today);
    const window: Interval = { start: at, end: at + TIMER_ROOM_MS };
    for (const e of entries) {
      const b = entryInterval(e, at + DAY_MS);
      if (b && b.start < window.end && b.end > window.start) {
        throw new SetupError(`a timer started now (${naive(at)}) would run into an entry of user ${userId} (${String(e.start_time)} - ${String(e.end_time ?? 'running')})`);
      }
    }
  }

  private userId(): Promise<number> {
    this.userIdCache ??= this.source.userId();
    return this.userIdCache;
  }

  private async busyOn(userId: number, day: string): Promise<Interval[]> {
    return busyIntervals(await this.source.entries(userId, addDays(day, -1), day), Math.max(now(), dayStart(day) + DAY_MS));
  }

  private async find(): Promise<Found> {
    const userId = await this.userId();
    const total = this.plan.reduce((a, b) => a + b, 0);
    const need = `a run books up to ${this.plan.length} entries (${describeMinutes(total)} in all)`;
    if (this.explicitDay !== undefined) {
      const busy = await this.busyOn(userId, this.explicitDay);
      if (fits(busy, this.explicitDay, this.plan)) return { day: this.explicitDay, userId, busy, own: [] };
      throw new NoRoomError(
        `no room on ${this.explicitDay} for user ${userId}: ${need} and the user's entries leave ${describeMinutes(freeMinutes(busy, this.explicitDay))} free that day; pick another --entry-date`,
      );
    }
    const first = yesterday();
    for (let i = 0; i < SEARCH_DAYS; i++) {
      const day = addDays(first, -i);
      const busy = await this.busyOn(userId, day);
      if (fits(busy, day, this.plan)) return { day, userId, busy, own: [] };
    }
    throw new NoRoomError(`no room for user ${userId} on any of the ${SEARCH_DAYS} days up to ${first}: ${need}; pass --entry-date with a day that has room`);
  }
}
