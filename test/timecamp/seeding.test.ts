/**
 * The seeded TimeCamp account: deterministic under the seed, and sound on
 * any "now" (weekdays, midnights, a leap day, a year's turn): entries only
 * on weekdays before today (bob's running timer excepted), each on a task
 * its user may track, one running timer (bob's) started before now, the
 * invoice billing entries that exist, and every read operation answering
 * 200 by the spec (strict) in JSON and XML.
 */
import { describe, expect, it } from 'vitest';
import { createClock } from '../../src/core/clock.js';
import { seedTimecamp } from '../../src/fixtures/timecamp/index.js';
import { createEngine } from '../../src/node.js';

const NOWS = [
  '2026-11-16T10:00:00Z', // Monday
  '2026-11-21T00:00:01Z', // Saturday just after midnight
  '2026-11-22T23:59:59Z', // Sunday just before midnight
  '2026-11-25T00:10:00Z', // Wednesday, ten minutes after midnight (the timer started yesterday)
  '2028-02-29T12:00:00Z', // a leap day
  '2027-01-01T08:00:00Z', // new year
].map((s) => Date.parse(s));

const DAY = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

describe('timecamp seeding', () => {
  it('is deterministic: same seed and now, same account; another seed, another one', () => {
    const a = seedTimecamp({ scenario: 'default', seed: 7, now: NOWS[0] }).snapshot();
    const b = seedTimecamp({ scenario: 'default', seed: 7, now: NOWS[0] }).snapshot();
    const c = seedTimecamp({ scenario: 'default', seed: 8, now: NOWS[0] }).snapshot();
    expect(b).toEqual(a);
    expect(c).not.toEqual(a);
    const empty = seedTimecamp({ scenario: 'empty', seed: 7, now: NOWS[0] });
    expect([empty.users.size, empty.tokens.size, empty.entries.size, empty.tasks.size, empty.timers.size]).toEqual([6, 6, 0, 0, 0]);
  });

  for (const now of NOWS) {
    it(`is sound around ${new Date(now).toISOString()}`, async () => {
      const store = seedTimecamp({ scenario: 'default', seed: 1, now });
      const today = isoDay(now);
      const timers = store.timers.toArray();
      expect(timers.map((t) => store.users.get(t.user_id)?.email)).toEqual(['bob@example.com']);
      expect(timers[0].started_at).toBeLessThan(now);
      const entries = store.entries.toArray();
      expect(entries.length).toBeGreaterThan(40);
      for (const e of entries) {
        const running = e.id === timers[0].entry_id;
        if (!running) {
          expect(e.date < today, `entry ${e.id} on ${e.date}`).toBe(true);
          expect(e.date >= isoDay(now - 21 * DAY)).toBe(true);
          expect([0, 6], `entry ${e.id} on ${e.date}`).not.toContain(new Date(`${e.date}T00:00:00Z`).getUTCDay());
          expect(e.end).toBe(e.start! + e.duration);
        }
        expect(e.last_modify).toBeLessThanOrEqual(now);
        const user = store.users.get(e.user_id)!;
        const onTask = store.pathOf(e.task_id).some((t) => t.users[String(user.id)]);
        expect(user.role === 'admin' || onTask, `entry ${e.id}: ${user.email} not on task ${e.task_id}`).toBe(true);
      }
      for (const inv of store.invoices.toArray()) for (const id of inv.entry_ids) expect(store.entries.get(id)?.invoice_id).toBe(inv.id);
      for (const a of store.activities.toArray()) expect(a.end).toBeLessThan(now);

      // Every read of the spec, strict, in JSON and in XML (the default).
      const engine = createEngine({ api: 'timecamp', strict: true, clock: createClock({ frozenAt: now }) });
      const admin = engine.tokens().find((t) => t.username === 'admin@example.com')!.token;
      const from = isoDay(now - 7 * DAY);
      const query: Record<string, string> = { listEntries: `from=${from}&to=${today}`, listEntryChanges: `from=${from}&to=${today}`, getAttendance: `from=${from}&to=${today}`, getAwayTime: `from=${from}&to=${today}`, listActivities: `date=${isoDay(now - DAY)}`, getTaskDetails: 'tasks=1,2', listApplications: 'application_ids=1,2', listClientTasks: 'client_id=1,2' };
      const reads = engine.operations.filter((o) => o.method === 'GET' && !o.writes);
      expect(reads.length).toBe(16);
      for (const op of reads) {
        const path = op.path.replace(/\{([^}]+)\}/g, '1');
        for (const format of ['json', 'xml']) {
          const search = `?format=${format}${query[op.operationId] ? `&${query[op.operationId]}` : ''}`;
          const res = await engine.handle({ method: 'GET', path, search, headers: { authorization: admin } });
          expect(res.status, `${op.operationId} ${path}${search}: ${JSON.stringify(res.body).slice(0, 200)}`).toBe(200);
        }
      }
      expect(engine.violations).toEqual([]);
    });
  }
});
