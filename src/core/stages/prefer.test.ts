import { describe, expect, it } from 'vitest';
import { prefer } from './prefer.js';
import { answer, exchange, op, outcome, req } from '../../../test/support/pipeline.js';

describe('prefer stage', () => {
  it('gives the answer a preference chose instead of calling on', () => {
    const x = exchange(req('GET', '/api/items'), { op: op('listItems') });
    x.preferred = { status: 200, headers: { 'X-Total': '0' }, body: { items: [] } };
    const o = outcome(prefer(), x, () => answer(200));
    expect(o).toMatchObject({ status: 200, calls: 0 });
    expect(o.res?.body).toEqual({ items: [] });
  });
  it('calls on when nothing was chosen', () => {
    expect(outcome(prefer(), exchange(req('GET', '/api/items'), { op: op('listItems') }), () => answer(200)).calls).toBe(1);
  });
});
