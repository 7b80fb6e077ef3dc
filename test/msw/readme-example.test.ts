import { afterAll, afterEach, beforeAll, expect, test } from 'vitest';
import { setupServer } from 'msw/node';
import { HttpResponse } from 'msw';
import { createHandlers } from 'timetracker-mock-kit/msw';
import { createClock } from 'timetracker-mock-kit/clock';

const clock = createClock({ frozenAt: Date.parse('2026-11-16T10:00:00Z') });
const mock = createHandlers({ baseUrl: 'http://tt.test', seed: 1, clock, strict: true });
const server = setupServer(...mock.handlers);
const token = mock.tokens().find((t) => t.is_active && t.scopes.includes('admin:all'))!.token;
const api = (path: string, init: RequestInit = {}) =>
  fetch(`http://tt.test/api/v1${path}`, { ...init, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' } });

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  mock.reset();
});
afterAll(() => server.close());

test('state persists across calls', async () => {
  const created = await api('/projects', { method: 'POST', body: JSON.stringify({ name: 'Website relaunch', client_id: 1 }) });
  expect(created.status).toBe(201);
  const { projects } = await (await api('/projects?per_page=100')).json();
  expect(projects.map((p: { name: string }) => p.name)).toContain('Website relaunch');
});

test('override one operation, typed from the spec', async () => {
  const pagination = { page: 1, per_page: 50, total: 0, pages: 0, has_next: false, has_prev: false, next_page: null, prev_page: null };
  server.use(mock.override('listProjects', () => HttpResponse.json({ projects: [], pagination })));
  expect((await (await api('/projects')).json()).projects).toEqual([]);
});

test('throttling is off unless asked for', async () => {
  for (let i = 0; i < 100; i++) await api('/projects?per_page=1');
  expect((await api('/projects?per_page=1')).status).toBe(200); // call 101
});
