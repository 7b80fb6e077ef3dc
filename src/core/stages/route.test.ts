import { describe, expect, it } from 'vitest';
import { compileRouter } from '../router.js';
import type { OperationDef } from '../spec-model.js';
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
    expect(o.error?.headers.Allow).toBe('GET, POST, HEAD');
    expect(o.calls).toBe(0);
  });
  it('HEAD is answered by the GET operation', () => {
    const x = exchange(req('HEAD', '/api/items/7'));
    expect(outcome(stage, x).calls).toBe(1);
    expect(x.op?.operationId).toBe('getItem');
  });
  it('a malformed percent-escape names no resource (404), without throwing', () => {
    expect(outcome(stage, exchange(req('GET', '/api/items/%E0%A4%A'))).status).toBe(404);
  });
  it('404 for an unknown path, an empty parameter or an extra segment', () => {
    for (const p of ['/api/nothing', '/api/items/', '/api/items/1/more']) expect(outcome(stage, exchange(req('GET', p))).status).toBe(404);
  });
});

describe('router: concrete segments first', () => {
  it('matches a literal segment before a parameter at the same place, whatever the spec order', () => {
    const ops = [
      { operationId: 'day', method: 'GET', path: '/daily/{day_of_year}/{year}' },
      { operationId: 'show', method: 'GET', path: '/daily/show/{id}' },
    ] as OperationDef[];
    const router = compileRouter(ops);
    expect(router.match('GET', '/daily/show/7')).toMatchObject({ op: { operationId: 'show' }, params: { id: '7' } });
    expect(router.match('GET', '/daily/45/2026')).toMatchObject({ op: { operationId: 'day' }, params: { day_of_year: '45', year: '2026' } });
  });
});

describe('route stage: case-insensitive paths (Sails)', () => {
  const loose = route(compileRouter(MINI.operations, { caseInsensitive: true }));
  it('literal segments match in any case, parameter values keep theirs', () => {
    const x = exchange(req('GET', '/API/Items/42'));
    expect(outcome(loose, x).calls).toBe(1);
    expect(x.op?.operationId).toBe('getItem');
    expect(outcome(loose, exchange(req('GET', '/api/ITEMS'))).calls).toBe(1);
    expect(outcome(stage, exchange(req('GET', '/api/ITEMS'))).status).toBe(404);
  });
});
