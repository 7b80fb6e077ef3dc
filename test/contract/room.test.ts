/**
 * Offline: the kit's clock and the room where a run books its time entries
 * and timers. The room reads the user's entries through a fake source here;
 * against the mock it is exercised by self.test.ts and day-matrix.test.ts.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { SetupError } from '../../contract-tests/lib/checks.js';
import { clockEnv, now, parseInstant, pinClock, pinFromEnv, wallClock, yesterday } from '../../contract-tests/lib/clock.js';
import { EntryRoom, NoRoomError, RUN_PLAN, busyIntervals, firstFit, fits, freeMinutes, type ListedEntry, type RoomSource } from '../../contract-tests/lib/room.js';

afterEach(() => pinClock(undefined));

const at = (s: string): number => Date.parse(`${s}Z`);

/** A target whose user 7 has these entries (start_time/end_time naive), listed by the day of their start. */
function source(entries: ListedEntry[], reads: string[][] = []): RoomSource {
  return {
    userId: async () => 7,
    entries: async (userId, fromDay, toDay) => {
      expect(userId).toBe(7);
      reads.push([fromDay, toDay]);
      return entries.filter((e) => {
        const day = String(e.start_time).slice(0, 10);
        return day >= fromDay && day <= toDay;
      });
    },
  };
}

const overlapsAny = (slot: { start: string; end: string }, entries: ListedEntry[]): boolean =>
  entries.some((e) => at(slot.start) < wallClock(String(e.end_time ?? '9999-12-31T00:00:00'))! && at(slot.end) > wallClock(String(e.start_time))!);

describe('the kit clock', () => {
  it('follows the system clock until pinned, then runs on from the pinned instant', async () => {
    expect(Math.abs(now() - Date.now())).toBeLessThan(50);
    pinClock(at('2026-11-16T23:59:30'));
    const first = now();
    expect(Math.abs(first - at('2026-11-16T23:59:30'))).toBeLessThan(50);
    await new Promise((r) => setTimeout(r, 30));
    expect(now()).toBeGreaterThan(first);
    expect(yesterday()).toBe('2026-11-15');
  });

  it('hands its reading to a child process, which continues it', () => {
    pinClock(at('2026-11-22T10:00:00'), Date.now() - 5000);
    const env = clockEnv();
    pinClock(undefined);
    expect(clockEnv()).toEqual({});
    pinFromEnv(parseInstant(env.CONTRACT_NOW), { CONTRACT_NOW_SINCE: env.CONTRACT_NOW_SINCE });
    expect(Math.abs(now() - at('2026-11-22T10:00:05'))).toBeLessThan(100);
  });

  it('reads ISO datetimes (naive = UTC) and nothing else', () => {
    expect(parseInstant('2026-11-16T23:59:30')).toBe(at('2026-11-16T23:59:30'));
    expect(parseInstant('2026-11-17T01:00:00+02:00')).toBe(at('2026-11-16T23:00:00'));
    expect(parseInstant('2026-11-16')).toBeUndefined();
    expect(parseInstant('yesterday')).toBeUndefined();
    expect(wallClock('2026-11-16T08:15:00+01:00')).toBe(at('2026-11-16T08:15:00'));
  });
});

describe('free time of a day', () => {
  const day = '2026-11-16';
  const seeded: ListedEntry[] = [
    { start_time: '2026-11-15T23:30:00', end_time: '2026-11-16T00:20:00' },
    { start_time: '2026-11-16T00:30:00', end_time: '2026-11-16T08:00:00' },
    { start_time: '2026-11-16T08:15:00', end_time: '2026-11-16T14:15:00' },
  ];

  it('places a slot only where no entry is (an entry from the day before counts too)', () => {
    const busy = busyIntervals(seeded, at('2026-11-17T00:00:00'));
    const slot = firstFit(busy, day, 10)!;
    expect(slot.start).toBe(at('2026-11-16T08:01:00'));
    expect(firstFit(busy, day, 30)!.start).toBe(at('2026-11-16T14:16:00'));
    expect(freeMinutes(busy, day)).toBe(24 * 60 - 20 - 1 - (450 + 2) - (360 + 2));
  });

  it('treats a running entry as busy from its start on', () => {
    const busy = busyIntervals([{ start_time: '2026-11-16T06:00:00', end_time: null }], at('2026-11-17T00:00:00'));
    expect(firstFit(busy, day, 10)!.start).toBe(at('2026-11-16T00:00:00'));
    expect(firstFit(busy, day, 6 * 60)).toBeUndefined();
  });

  it('knows when a whole run does not fit', () => {
    expect(fits([], day, RUN_PLAN)).toBe(true);
    const almostFull = busyIntervals([{ start_time: '2026-11-16T01:00:00', end_time: '2026-11-16T23:30:00' }], 0);
    expect(fits(almostFull, day, RUN_PLAN)).toBe(false);
  });
});

describe('EntryRoom', () => {
  it('books between existing entries and never on them, then reports the day full', async () => {
    const entries: ListedEntry[] = [];
    for (let h = 0; h < 24; h += 2) entries.push({ start_time: `2026-11-16T${String(h).padStart(2, '0')}:20:00`, end_time: `2026-11-16T${String(h + 1).padStart(2, '0')}:40:00` });
    const room = new EntryRoom(source(entries), '2026-11-16');
    await room.prepare();
    expect(room.day).toBe('2026-11-16');
    const slots = [];
    for (;;) {
      try {
        slots.push(room.next(10));
      } catch (error) {
        expect(error).toBeInstanceOf(SetupError);
        expect((error as Error).message).toMatch(/no free 10 min left on 2026-11-16/);
        break;
      }
    }
    expect(slots.length).toBeGreaterThan(RUN_PLAN.length);
    for (const s of slots) expect(overlapsAny(s, entries), `${s.start}-${s.end}`).toBe(false);
    for (let i = 1; i < slots.length; i++) expect(at(slots[i].start)).toBeGreaterThan(at(slots[i - 1].end));
  });

  it('an explicit day without room is a NoRoomError naming the day and what is free', async () => {
    const room = new EntryRoom(source([{ start_time: '2026-11-16T00:10:00', end_time: '2026-11-16T23:50:00' }]), '2026-11-16');
    await expect(room.require()).rejects.toThrow(NoRoomError);
    await expect(room.require()).rejects.toThrow(/no room on 2026-11-16 for user 7: .* leave 18 min free that day; pick another --entry-date/);
    expect(() => room.next(10)).toThrow(/setup failed: no room on 2026-11-16/);
  });

  it('by default takes the latest day before today with room, reading each day with the one before it', async () => {
    pinClock(at('2026-11-18T09:00:00'));
    const reads: string[][] = [];
    const room = new EntryRoom(source([{ start_time: '2026-11-17T00:05:00', end_time: '2026-11-17T23:55:00' }], reads), undefined);
    expect(await room.require()).toBe('2026-11-16');
    expect(reads).toEqual([
      ['2026-11-16', '2026-11-17'],
      ['2026-11-15', '2026-11-16'],
    ]);
  });

  it('reads the day again on request (someone booked meanwhile)', async () => {
    const entries: ListedEntry[] = [];
    const room = new EntryRoom(source(entries), '2026-11-16');
    await room.prepare();
    const first = room.next(10);
    entries.push({ start_time: '2026-11-16T00:12:00', end_time: '2026-11-16T05:00:00' });
    await room.refresh();
    const second = room.next(10);
    expect(overlapsAny(second, entries)).toBe(false);
    expect(overlapsAny(second, [{ start_time: first.start, end_time: first.end }])).toBe(false);
  });

  it('a timer needs the time from now on free: an entry there is a setup failure naming it', async () => {
    pinClock(at('2026-11-18T09:00:00'));
    await expect(new EntryRoom(source([{ start_time: '2026-11-18T08:00:00', end_time: '2026-11-18T08:30:00' }]), undefined).requireTimerRoom()).resolves.toBeUndefined();
    await expect(new EntryRoom(source([{ start_time: '2026-11-18T09:05:00', end_time: '2026-11-18T10:00:00' }]), undefined).requireTimerRoom()).rejects.toThrow(
      /setup failed: a timer started now \(2026-11-18T09:00:0\d\) would run into an entry of user 7 \(2026-11-18T09:05:00 - 2026-11-18T10:00:00\)/,
    );
    await expect(new EntryRoom(source([{ start_time: '2026-11-17T22:00:00', end_time: null }]), undefined).requireTimerRoom()).rejects.toThrow(/running/);
  });
});
