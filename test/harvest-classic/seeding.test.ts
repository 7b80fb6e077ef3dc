/**
 * The seeded Harvest account: deterministic under the seed, and sound on
 * any "now" (weekdays, midnights, a leap day): no entry after now, one
 * running timer (bob's), every entry on a project and task assigned to its
 * user, and every read operation answering 200 by the spec (strict).
 */
import { describe, expect, it } from 'vitest';
import { createClock } from '../../src/core/clock.js';
import { seedHarvest } from '../../src/fixtures/harvest-classic/index.js';
import { createEngine } from '../../src/node.js';

const NOWS = [
  '2026-11-16T10:00:00Z', // Monday
  '2026-11-21T00:00:01Z', // Saturday just after midnight
  '2026-11-22T23:59:59Z', // Sunday just before midnight
  '2026-11-25T00:00:30Z', // Wednesday
  '2028-02-29T12:00:00Z', // a leap day
].map((s) => Date.parse(s));

const basic = `Basic ${Buffer.from('admin@example.com:admin').toString('base64')}`;

describe('harvest-classic seeding', () => {
  it('is deterministic: same seed and now, same account; another seed, another one', () => {
    const a = seedHarvest({ scenario: 'default', seed: 7, now: NOWS[0] }).snapshot();
    const b = seedHarvest({ scenario: 'default', seed: 7, now: NOWS[0] }).snapshot();
    const c = seedHarvest({ scenario: 'default', seed: 8, now: NOWS[0] }).snapshot();
    expect(b).toEqual(a);
    expect(c).not.toEqual(a);
    const empty = seedHarvest({ scenario: 'empty', seed: 7, now: NOWS[0] });
    expect([empty.users.size, empty.tokens.size, empty.dayEntries.size, empty.projects.size]).toEqual([5, 5, 0, 0]);
  });

  for (const now of NOWS) {
    it(`is sound around ${new Date(now).toISOString()}`, async () => {
      const store = seedHarvest({ scenario: 'default', seed: 1, now });
      const today = new Date(now).toISOString().slice(0, 10);
      const entries = store.dayEntries.toArray();
      expect(entries.length).toBeGreaterThan(40);
      for (const e of entries) {
        expect(e.spent_at <= today, `entry ${e.id} on ${e.spent_at}`).toBe(true);
        expect(e.created_at).toBeLessThanOrEqual(now);
        expect(store.userAssignmentOf(e.user_id, e.project_id), `entry ${e.id}: user ${e.user_id} not on project ${e.project_id}`).toBeDefined();
        expect(store.taskAssignmentOf(e.project_id, e.task_id), `entry ${e.id}: task ${e.task_id} not on project ${e.project_id}`).toBeDefined();
      }
      const finished = entries.filter((e) => e.timer_started_at === null);
      expect(finished.every((e) => ![0, 6].includes(new Date(`${e.spent_at}T00:00:00Z`).getUTCDay()))).toBe(true);
      const running = entries.filter((e) => e.timer_started_at !== null);
      expect(running.map((e) => store.users.get(e.user_id)?.email)).toEqual(['bob@example.com']);

      // Every read of the spec, strict: the answers match the schema on this "now".
      const engine = createEngine({ api: 'harvest-classic', strict: true, clock: createClock({ frozenAt: now }) });
      const ids: Record<string, number> = { day_entry_id: entries.find((e) => e.user_id === 1)!.id, client_id: 1, contact_id: 1, project_id: 1, task_id: 1, user_assignment_id: store.userAssignments.toArray().find((a) => a.project_id === 1)!.id, task_assignment_id: store.taskAssignments.toArray().find((a) => a.project_id === 1)!.id, day_of_year: 45, year: 2026 };
      const reads = engine.operations.filter((o) => o.method === 'GET' && !o.writes);
      expect(reads.length).toBe(20);
      for (const op of reads) {
        const path = op.path.replace(/\{([^}]+)\}/g, (_, name: string) => (name === 'user_id' ? 'alice@example.com' : String(ids[name])));
        for (const accept of ['application/json', 'application/xml']) {
          const res = await engine.handle({ method: 'GET', path, search: '', headers: { authorization: basic, accept } });
          expect(res.status, `${op.operationId} ${path}: ${JSON.stringify(res.body).slice(0, 200)}`).toBe(200);
        }
      }
      expect(engine.violations).toEqual([]);
    });
  }
});
