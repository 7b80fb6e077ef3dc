import { describe, expect, it } from 'vitest';
import { IdempotencyStore } from '../idempotency.js';
import { idempotency } from './idempotency.js';
import { answer, exchange, op, outcome, req } from '../../../test/support/pipeline.js';

const identity = { account: 'a', token: { id: 7, prefix: 't' } };
const post = (key?: string) => exchange(req('POST', '/api/items', { headers: key ? { 'idempotency-key': key } : {} }), { op: op('createItem'), identity });

describe('idempotency stage', () => {
  it('replays a remembered 201 without calling on', () => {
    const stage = idempotency(new IdempotencyStore());
    expect(outcome(stage, post('k1'), () => answer(201, { id: 1 })).calls).toBe(1);
    const again = outcome(stage, post('k1'), () => answer(201, { id: 2 }));
    expect(again.calls).toBe(0);
    expect(again.res?.body).toEqual({ id: 1 });
  });
  it('does not remember failures, nor act without a key', () => {
    const stage = idempotency(new IdempotencyStore());
    outcome(stage, post('k2'), () => answer(400));
    expect(outcome(stage, post('k2'), () => answer(201)).calls).toBe(1);
    expect(outcome(stage, post(), () => answer(201)).calls).toBe(1);
    expect(outcome(stage, post(), () => answer(201)).calls).toBe(1);
  });
});
