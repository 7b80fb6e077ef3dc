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

describe('router: key/value path segments (x-path-pairs)', () => {
  const ops = [
    { operationId: 'tasks', method: 'GET', path: '/api/tasks', pathPairs: true },
    { operationId: 'deleteTask', method: 'DELETE', path: '/api/tasks', pathPairs: true },
    { operationId: 'clientTasks', method: 'GET', path: '/api/client/task', pathPairs: true },
    { operationId: 'clients', method: 'GET', path: '/api/client', pathPairs: true },
    { operationId: 'user', method: 'GET', path: '/api/user/{user_id}', pathPairs: true },
    { operationId: 'plain', method: 'GET', path: '/api/plain', pathPairs: false },
  ] as OperationDef[];
  const router = compileRouter(ops);
  const stage = route(router);

  it('reads the segments after the path as decoded pairs, in any order, and ignores a trailing slash', () => {
    expect(router.match('GET', '/api/tasks/format/json/task_id/7')).toMatchObject({ op: { operationId: 'tasks' }, pairs: [['format', 'json'], ['task_id', '7']], base: '/api/tasks' });
    expect(router.match('GET', '/api/tasks/task_ids/1%2C2/')).toMatchObject({ op: { operationId: 'tasks' }, pairs: [['task_ids', '1,2']] });
    expect(router.match('GET', '/api/tasks/')).toMatchObject({ op: { operationId: 'tasks' }, pairs: [] });
    expect(router.match('GET', '/api/user/5/format/xml')).toMatchObject({ op: { operationId: 'user' }, params: { user_id: '5' }, pairs: [['format', 'xml']] });
  });
  it('prefers an exact path, then the longest path whose remainder pairs up', () => {
    expect(router.match('GET', '/api/client/task')).toMatchObject({ op: { operationId: 'clientTasks' }, params: {} });
    expect(router.match('GET', '/api/client/task/client_id/3')).toMatchObject({ op: { operationId: 'clientTasks' }, pairs: [['client_id', '3']] });
    expect(router.match('GET', '/api/client/format/json')).toMatchObject({ op: { operationId: 'clients' } });
  });
  it('404 for an odd remainder, an empty key, a malformed escape or an operation without the marker; 405 names the methods', () => {
    for (const p of ['/api/tasks/format', '/api/tasks//json', '/api/tasks/format/%E0%A4%A', '/api/plain/format/json']) expect(router.match('GET', p)).toMatchObject({ op: null, allowed: [] });
    expect(router.match('POST', '/api/tasks/format/json')).toEqual({ op: null, allowed: ['GET', 'DELETE', 'HEAD'] });
  });
  it('the stage hands inner stages the request in normal form: pairs first in the query', () => {
    const x = exchange(req('GET', '/api/tasks/format/json/api_token/abc'));
    x.req = { ...x.req, search: 'format=xml&x=1' };
    outcome(stage, x);
    expect(x.req.path).toBe('/api/tasks');
    expect(new URLSearchParams(x.req.search).getAll('format')).toEqual(['json', 'xml']);
    expect(new URLSearchParams(x.req.search).get('api_token')).toBe('abc');
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
