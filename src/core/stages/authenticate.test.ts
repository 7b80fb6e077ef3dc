import { describe, expect, it } from 'vitest';
import { PLAIN_PROFILE } from '../profile.js';
import { authenticate } from './authenticate.js';
import { exchange, miniApi, op, outcome, req } from '../../../test/support/pipeline.js';

const stage = authenticate(miniApi(), PLAIN_PROFILE);

describe('authenticate stage', () => {
  it('sets the caller and identity from the API rules', () => {
    const x = exchange(req('GET', '/api/items', { headers: { authorization: 'Bearer t-reader' } }), { op: op('listItems') });
    expect(outcome(stage, x).calls).toBe(1);
    expect(x.auth).toMatchObject({ name: 'reader' });
    expect(x.identity).toEqual({ account: 'reader', token: { id: 't-reader', prefix: 't-re' } });
  });
  it("answers the API's 401 without calling on", () => {
    const o = outcome(stage, exchange(req('GET', '/api/items'), { op: op('listItems') }));
    expect(o).toMatchObject({ status: 401, calls: 0 });
  });
  it('lets public operations through without credentials', () => {
    const x = exchange(req('GET', '/api/ping'), { op: op('ping') });
    expect(outcome(stage, x)).toMatchObject({ status: 200, calls: 1 });
    expect(x.auth).toBeNull();
  });
});
