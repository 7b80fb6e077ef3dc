import { describe, expect, it } from 'vitest';
import { countRequests, matcherProblem } from './request-match.js';
import type { RequestLogEntry } from './types.js';

const entry = (seq: number, o: Partial<RequestLogEntry> & { body?: unknown } = {}): RequestLogEntry => ({
  seq,
  at: 0,
  method: 'POST',
  path: '/api/v1/time-entries',
  search: '',
  status: 201,
  operationId: 'createTimeEntry',
  token_prefix: null,
  user_agent: null,
  duration_ms: 1,
  request: { headers: { 'x-client': 'app' }, body: o.body === undefined ? null : JSON.stringify(o.body), truncated: false },
  response: { headers: {}, body: '{"time_entry":{"id":9}}', truncated: false },
  ...o,
});

const log = [
  entry(1, { body: { project_id: 3, tags: ['a', 'b'], meta: { source: 'sync', n: 1 } } }),
  entry(2, { body: { project_id: 4 }, status: 400 }),
  entry(3, { method: 'GET', path: '/api/v1/projects/3', operationId: 'getProject', status: 200, search: 'include=tasks' }),
  entry(4, { method: 'GET', path: '/api/v1/nope', operationId: null, status: 404 }),
];

describe('request matcher', () => {
  it.each([
    [{}, 4],
    [{ operationId: 'createTimeEntry' }, 2],
    [{ method: 'post', status: 201 }, 1],
    [{ status: '4xx' }, 2],
    [{ status: [200, 404] }, 2],
    [{ path: '/api/v1/projects/*' }, 1],
    [{ path: '/api/**' }, 4],
    [{ path: '/api/v1/*' }, 3],
    [{ body: { project_id: 3 } }, 1],
    [{ body: { meta: { source: 'sync' } } }, 1],
    [{ body: { tags: ['a'] } }, 0],
    [{ body: { tags: ['a', 'b'] } }, 1],
    [{ body: { project_id: '3' } }, 0],
    [{ query: { include: 'tasks' } }, 1],
    [{ headers: { 'X-Client': 'app' } }, 4],
    [{ unmatched: true }, 1],
    [{ unmatched: false, method: 'GET' }, 1],
    [{ text: 'NOPE' }, 1],
    [{ text: '"id":9' }, 4],
    [{ after: 2 }, 2],
  ])('%j selects %i', (m, n) => expect(countRequests(log, m)).toBe(n));
  it('a body cut in the log never matches a body matcher', () => {
    expect(countRequests([entry(1, { request: { headers: {}, body: '{"project_id":3', truncated: true } })], { body: { project_id: 3 } })).toBe(0);
  });
  it.each([
    [[], 'the matcher must be an object'],
    [{ nope: 1 }, 'unknown matcher field(s): nope'],
    [{ status: 'bad' }, 'status must be a status, a list of statuses or a class such as 4xx'],
    [{ body: [1] }, 'body must be an object'],
    [{ query: { a: 1 } }, 'query values must be strings'],
    [{ after: -1 }, 'after must be an integer >= 0'],
  ])('%j is refused: %s', (m, problem) => expect(matcherProblem(m)).toBe(problem));
});
