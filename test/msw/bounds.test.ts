/** What the mock keeps is bounded: idempotency keys (a cap, oldest first, and expiry by age as the clock passes) and snapshots. */
import { describe, expect, it } from 'vitest';
import { call, startMock, token } from './mock.js';

const { mock, clock } = startMock({ idempotencyMaxKeys: 3 });

describe('bounded idempotency keys', () => {
  const create = async (t: string, pid: number, key: string, hour: number) =>
    call('POST', '/api/v1/time-entries', {
      token: t,
      body: { project_id: pid, start_time: `2026-11-14T${String(hour).padStart(2, '0')}:00:00`, end_time: `2026-11-14T${String(hour).padStart(2, '0')}:30:00` },
      headers: { 'idempotency-key': key },
    });
  const setup = async () => {
    const t = token(mock, 'user');
    return { t, pid: (await call('GET', '/api/v1/projects?per_page=1', { token: t })).body.projects[0].id as number };
  };

  it('keeps at most maxKeys keys; the oldest is forgotten first, the newest still replay', async () => {
    const { t, pid } = await setup();
    const first = await create(t, pid, 'k1', 1);
    for (const [i, k] of ['k2', 'k3', 'k4'].entries()) expect((await create(t, pid, k, i + 2)).status).toBe(201);
    expect(mock.engine.idempotency.size).toBe(3);
    const k4again = await create(t, pid, 'k4', 9);
    expect(k4again.body.time_entry.start_time).toBe('2026-11-14T04:00:00'); // replayed
    const k1again = await create(t, pid, 'k1', 10);
    expect(k1again.status).toBe(201);
    expect(k1again.body.time_entry.id).not.toBe(first.body.time_entry.id); // forgotten: created anew
    expect(mock.engine.idempotency.size).toBe(3);
  });
  it('drops expired keys when the clock passes them, without the same key coming back', async () => {
    const { t, pid } = await setup();
    await create(t, pid, 'a', 1);
    await create(t, pid, 'b', 2);
    expect(mock.engine.idempotency.size).toBe(2);
    clock.advance(24 * 3600_000 + 1);
    await create(t, pid, 'c', 3); // another key
    expect(mock.engine.idempotency.size).toBe(1);
  });
});

describe('bounded snapshots', () => {
  it('keeps the newest 32; an older id is then unknown', () => {
    const ids = Array.from({ length: 33 }, () => mock.snapshot());
    expect(() => mock.restore(ids[0])).toThrow(/no snapshot/);
    expect(() => mock.restore(ids[1])).not.toThrow();
    expect(() => mock.restore(ids[32])).not.toThrow();
  });
});
