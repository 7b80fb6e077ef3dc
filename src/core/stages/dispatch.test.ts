import { describe, expect, it } from 'vitest';
import { Outbox } from '../outbox.js';
import { PLAIN_PROFILE } from '../profile.js';
import { DEFAULT_THROTTLE, Throttle } from '../throttle.js';
import { dispatch } from './dispatch.js';
import { exchange, op, req, runStage } from '../../../test/support/pipeline.js';

describe('dispatch stage', () => {
  it("calls the operation's handler with the context built by the earlier stages", () => {
    const seen: unknown[] = [];
    const stage = dispatch(
      {
        getItem: (ctx) => {
          seen.push(ctx.params, ctx.query, ctx.auth, ctx.now, ctx.profile.name);
          return { status: 200, body: { id: ctx.params.item_id }, headers: { 'X-One': '1' } };
        },
      },
      { throttle: new Throttle(DEFAULT_THROTTLE), defects: new Set<string>(), outbox: new Outbox(async () => ({ kind: 'connection_error', message: 'none', durationMs: 0 }), { now: () => 0 }) },
      PLAIN_PROFILE,
    );
    const x = exchange(req('GET', '/api/items/3'), { op: op('getItem'), params: { item_id: 3 }, query: { q: 1 }, auth: { name: 'a' } }, 123);
    const { res } = runStage(stage, x);
    expect(res).toEqual({ status: 200, headers: { 'X-One': '1' }, body: { id: 3 } });
    expect(seen).toEqual([{ item_id: 3 }, { q: 1 }, { name: 'a' }, 123, 'default']);
  });
  it('an answer without handler headers has a fresh, empty headers object', () => {
    const stage = dispatch({ ping: () => ({ status: 200, body: {} }) }, { throttle: new Throttle(DEFAULT_THROTTLE), defects: new Set<string>(), outbox: new Outbox(async () => ({ kind: 'connection_error', message: 'none', durationMs: 0 }), { now: () => 0 }) }, PLAIN_PROFILE);
    expect(runStage(stage, exchange(req('GET', '/api/ping'), { op: op('ping') })).res.headers).toEqual({});
  });
});
