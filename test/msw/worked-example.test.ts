/**
 * The worked example of in-test mocking: MSW's setupServer with the kit's
 * handlers, a client typed from the generated types (openapi-fetch), and a
 * whole workflow: create a client and a project, run a timer, read the summary.
 * One test also overrides a single operation with `server.use()`.
 */
import { http, HttpResponse } from 'msw';
import createClient from 'openapi-fetch';
import { describe, expect, it } from 'vitest';
import type { paths } from '../../src/generated/timetracker/openapi.js';
import { BASE, startMock, token } from './mock.js';

const { mock, server, clock } = startMock();

function api(tok: string) {
  return createClient<paths>({ baseUrl: BASE, headers: { Authorization: `Bearer ${tok}` } });
}

describe('worked example: a typed client against the mock', () => {
  it('creates a client and a project, times work, and reads it back in the summary', async () => {
    const tt = api(token(mock, 'admin'));
    const client = await tt.POST('/api/v1/clients', { body: { name: 'Initech' } });
    expect(client.response.status).toBe(201);
    const project = await tt.POST('/api/v1/projects', { body: { name: 'TPS Reports', client_id: client.data!.client.id, hourly_rate: 120 } });
    const projectId = project.data!.project.id;

    const started = await tt.POST('/api/v1/timer/start', { body: { project_id: projectId } });
    expect(started.data!.timer.project).toBe('TPS Reports');
    clock.advance(90 * 60_000); // an hour and a half, without sleeping
    const stopped = await tt.POST('/api/v1/timer/stop');
    expect(stopped.data!.time_entry.duration_seconds).toBe(5400);

    const summary = await tt.GET('/api/v1/reports/summary', { params: { query: { project_id: projectId, start_date: '2026-11-16' } } });
    expect(summary.data!.summary).toMatchObject({ total_hours: 1.5, total_entries: 1, by_project: [{ project_id: projectId, hours: 1.5, entries: 1 }] });
  });

  it('one operation can be overridden with server.use(), the others keep their state', async () => {
    server.use(http.get(`${BASE}/api/v1/projects`, () => HttpResponse.json({ error: 'down', message: 'down', error_code: 'internal_error' }, { status: 503 })));
    const tt = api(token(mock, 'admin'));
    expect((await tt.GET('/api/v1/projects')).response.status).toBe(503);
    expect((await tt.GET('/api/v1/clients')).response.status).toBe(200);
  });
});
