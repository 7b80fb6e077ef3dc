/**
 * The seeded CoffeeCup company: deterministic under the seed, and sound on
 * any "now" (weekdays, midnights, a leap day): every entry ends before now
 * on a weekday, one entry running (bob's, since today at the earliest), no
 * two of a user's entries overlap, every entry on a project the user is
 * assigned to and a task of that project, and every read of the spec
 * answering 200 by the spec (strict).
 */
import { describe, expect, it } from 'vitest';
import { createClock } from '../../src/core/clock.js';
import { seedCoffeeCup } from '../../src/fixtures/coffeecup/index.js';
import { durationOf } from '../../src/store/coffeecup/rules.js';
import { createEngine } from '../../src/node.js';

const NOWS = [
  '2026-11-16T10:00:00Z', // Monday morning
  '2026-11-18T09:05:00Z', // Wednesday, just after the day's first start
  '2026-11-21T00:00:01Z', // Saturday just after midnight
  '2026-11-23T00:20:00Z', // Monday, 20 minutes after midnight
  '2026-11-22T23:59:59Z', // Sunday just before midnight
  '2028-02-29T17:00:00Z', // a leap day
].map((s) => Date.parse(s));

const seconds = (hms: string) => hms.split(':').map(Number).reduce((a, n) => a * 60 + n, 0);

describe('coffeecup seeding', () => {
  it('is deterministic: same seed and now, same company and tokens; another seed, another one', () => {
    const a = seedCoffeeCup({ scenario: 'default', seed: 7, now: NOWS[0] }).snapshot();
    const b = seedCoffeeCup({ scenario: 'default', seed: 7, now: NOWS[0] }).snapshot();
    const c = seedCoffeeCup({ scenario: 'default', seed: 8, now: NOWS[0] }).snapshot();
    expect(b).toEqual(a);
    expect(c).not.toEqual(a);
    const empty = seedCoffeeCup({ scenario: 'empty', seed: 7, now: NOWS[0] });
    expect([empty.users.size, empty.oauthClients.size, empty.tokens.size, empty.timeEntries.size, empty.projects.size]).toEqual([5, 2, 11, 0, 0]);
  });

  it('issues the same grant tokens for the same seed and calls, on any day; another seed, other tokens', () => {
    const grant = (seed: number, now: number) => {
      const store = seedCoffeeCup({ scenario: 'empty', seed, now });
      return [0, 1].map(() => store.issueToken({ kind: 'access', userId: 1, clientId: 'mock-client', now, seconds: 3600, purpose: 'test' }).token);
    };
    const [a1, a2] = grant(7, NOWS[0]);
    expect(grant(7, NOWS[2])).toEqual([a1, a2]);
    expect(a1).toMatch(/^[0-9a-f]{40}$/);
    expect(a2).not.toBe(a1);
    expect(grant(8, NOWS[0])).not.toContain(a1);
  });

  for (const now of NOWS) {
    it(`is sound around ${new Date(now).toISOString()}`, async () => {
      const store = seedCoffeeCup({ scenario: 'default', seed: 1, now });
      const today = new Date(now).toISOString().slice(0, 10);
      const entries = store.timeEntries.toArray();
      expect(entries.length).toBeGreaterThan(60);
      for (const e of entries) {
        expect(e.day <= today, `entry ${e.id} on ${e.day}`).toBe(true);
        expect(e.createdAt).toBeLessThanOrEqual(now);
        expect(store.userAssignments.toArray().some((a) => a.user === e.user && a.project === e.project), `entry ${e.id}: user ${e.user} not on project ${e.project}`).toBe(true);
        expect(store.taskAssignments.toArray().some((a) => a.project === e.project && a.task === e.task), `entry ${e.id}: task ${e.task} not on project ${e.project}`).toBe(true);
        expect(e.team).toBe(store.users.get(e.user)!.team);
        if (e.runningSince !== null) continue;
        expect(seconds(e.endtime!) - seconds(e.starttime!)).toBe(e.duration);
        expect(Date.parse(`${e.day}T${e.endtime}Z`)).toBeLessThanOrEqual(now);
        expect([0, 6]).not.toContain(new Date(`${e.day}T00:00:00Z`).getUTCDay());
      }
      const running = entries.filter((e) => e.runningSince !== null);
      expect(running.map((e) => store.users.get(e.user)?.email)).toEqual(['bob@example.com']);
      expect(running[0].day).toBe(today);
      expect(durationOf(running[0], now)).toBeLessThanOrEqual(45 * 60);
      // No two entries of a user overlap (the running one runs from its start to now).
      for (const u of store.users.toArray()) {
        const spans = entries
          .filter((e) => e.user === u.id)
          .map((e) => [Date.parse(`${e.day}T${e.starttime}Z`), e.runningSince === null ? Date.parse(`${e.day}T${e.endtime}Z`) : now] as const)
          .sort((x, y) => x[0] - y[0]);
        for (let i = 1; i < spans.length; i++) expect(spans[i][0], `${u.email} entry ${i}`).toBeGreaterThanOrEqual(spans[i - 1][1]);
      }

      // Every read of the spec, strict: the answers match the schema on this "now".
      const engine = createEngine({ api: 'coffeecup', strict: true, clock: createClock({ frozenAt: now }) });
      const token = engine.tokens().find((t) => t.username === 'admin@example.com' && t.is_active)!.token;
      const reads = engine.operations.filter((o) => o.method === 'GET');
      expect(reads.length).toBe(16);
      for (const op of reads) {
        const path = op.path.replace('{id}', '1');
        const res = await engine.handle({ method: 'GET', path, search: op.path.endsWith('timeEntries') ? 'limit=10000' : '', headers: { authorization: `Bearer ${token}` } });
        expect(res.status, `${op.operationId} ${path}: ${JSON.stringify(res.body).slice(0, 200)}`).toBe(200);
      }
      expect(engine.violations).toEqual([]);
    });
  }
});
