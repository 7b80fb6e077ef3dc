import { describe, expect, it } from 'vitest';
import { compileRouter } from '../router.js';
import { route } from './route.js';
import { exchange, MINI, outcome, req } from '../../../test/support/pipeline.js';

const stage = route(compileRouter(MINI.operations));

describe('route stage', () => {
  it('finds the operation and the decoded path parameters', () => {
    const x = exchange(req('GET', '/api/items/42'));
    expect(outcome(stage, x).calls).toBe(1);
    expect(x.op?.operationId).toBe('getItem');
    expect(x.pathParams).toEqual({ item_id: '42' });
  });
  it('405 with Allow for a known path and another method', () => {
    const o = outcome(stage, exchange(req('DELETE', '/api/items')));
    expect(o.status).toBe(405);
    expect(o.error?.headers.Allow).toBe('GET, POST');
    expect(o.calls).toBe(0);
  });
  it('404 for an unknown path, an empty parameter or an extra segment', () => {
    for (const p of ['/api/nothing', '/api/items/', '/api/items/1/more']) expect(outcome(stage, exchange(req('GET', p))).status).toBe(404);
  });
});
