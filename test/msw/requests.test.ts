/**
 * Verifying calls in a test, as WireMock's `verify(...)` does: `mock.count(matcher)`
 * and `mock.requests(matcher)` over the engine's request log (headers and
 * bodies, credentials masked), the requests that matched no route included.
 */
import { describe, expect, it } from 'vitest';
import { call, startMock, token } from './mock.js';

const { mock } = startMock();

describe('mock.count and mock.requests', () => {
  it('"called once with project_id 1": method, path, operationId, status and body fields', async () => {
    const t = token(mock, 'admin');
    const entry = (h: number) => ({ project_id: 1, start_time: `2026-11-14T0${h}:00:00`, end_time: `2026-11-14T0${h}:30:00` });
    expect((await call('POST', '/api/v1/time-entries', { token: t, body: entry(6) })).status).toBe(201);
    expect((await call('POST', '/api/v1/time-entries', { token: t, body: { project_id: 2 } })).status).toBe(400);
    await call('GET', '/api/v1/projects/1', { token: t });
    expect(mock.count({ operationId: 'createTimeEntry' })).toBe(2);
    expect(mock.count({ operationId: 'createTimeEntry', status: 201, body: { project_id: 1 } })).toBe(1);
    expect(mock.count({ method: 'POST', path: '/api/v1/time-entries', body: { project_id: 2 } })).toBe(1);
    expect(mock.count({ path: '/api/v1/projects/*', method: 'GET' })).toBe(1);
    expect(mock.count({ status: '4xx' })).toBe(1);
    const [created] = mock.requests({ status: 201 });
    expect(created.request.headers.authorization).toBe(`Bearer ${t.slice(0, 8)}…(masked)`);
    expect(JSON.parse(created.response.body!).time_entry.project_id).toBe(1);
    expect(JSON.stringify(mock.requests())).not.toContain(t);
  });
  it('the requests that matched no route, and a reset that forgets them', async () => {
    await call('GET', '/api/v1/no-such-thing', { token: token(mock, 'admin') });
    expect(mock.count({ unmatched: true })).toBe(1);
    expect(mock.requests({ unmatched: true })[0]).toMatchObject({ path: '/api/v1/no-such-thing', operationId: null, status: 404 });
    mock.reset();
    expect(mock.count()).toBe(0);
  });
});
