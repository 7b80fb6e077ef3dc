/**
 * What a test author gets beyond the handlers: typed overrides by
 * operationId, every handler found by its operationId, and throttling that
 * stays out of the way unless asked for.
 */
import { HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../src/msw.js';
import { operationRoutes } from '../../src/generated/timetracker/handlers.js';
import { BASE, call, startMock, T0, token } from './mock.js';
import { createClock } from '../../src/core/clock.js';

const { mock, server } = startMock();
const emptyPage = { page: 1, per_page: 50, total: 0, pages: 0, has_next: false, has_prev: false, next_page: null, prev_page: null };

describe('typed overrides', () => {
  it('answers one operation from the resolver, and from the engine again after resetHandlers', async () => {
    const t = token(mock, 'admin');
    server.use(mock.override('listProjects', () => HttpResponse.json({ projects: [], pagination: emptyPage })));
    const overridden = await call('GET', '/api/v1/projects', { token: t });
    expect(overridden.status).toBe(200);
    expect(overridden.body).toEqual({ projects: [], pagination: emptyPage });
    // Other operations still reach the engine.
    expect((await call('GET', '/api/v1/clients', { token: t })).body.clients.length).toBeGreaterThan(0);
    server.resetHandlers();
    expect((await call('GET', '/api/v1/projects', { token: t })).body.projects.length).toBeGreaterThan(0);
  });

  it('types path params and lets an error answer through', async () => {
    server.use(
      mock.override('getProject', ({ params }) => {
        const id: string = params.project_id;
        return HttpResponse.json({ error: 'Project not found', message: `no project ${id}`, error_code: 'not_found' }, { status: 404 });
      }),
    );
    const res = await call('GET', '/api/v1/projects/1', { token: token(mock, 'admin') });
    expect(res.status).toBe(404);
    expect(res.body.message).toBe('no project 1');
  });

  it('refuses what the spec does not allow (checked by the compiler: npm run typecheck)', () => {
    // @ts-expect-error -- no such operation
    expect(() => mock.override('listProjectz', () => HttpResponse.json({}))).toThrow(/no operation "listProjectz"/);
    // @ts-expect-error -- `projects` must be an array of projects
    mock.override('listProjects', () => HttpResponse.json({ projects: 'none', pagination: emptyPage }));
    // @ts-expect-error -- listProjects has no path parameter `project_id`
    mock.override('listProjects', ({ params }) => HttpResponse.json({ projects: [], pagination: emptyPage, id: params.project_id }));
  });

  it('finds every operation\'s handler by its operationId', () => {
    const ids = Object.keys(operationRoutes);
    expect(mock.byOperation.size).toBe(ids.length);
    for (const id of ids) {
      const { method, path } = operationRoutes[id as keyof typeof operationRoutes];
      const h = mock.handler(id as keyof typeof operationRoutes);
      expect(mock.byOperation.get(id as keyof typeof operationRoutes)).toBe(h);
      // MSW's own label is `METHOD url`, which is why the lookup is by operationId.
      expect(h.info.header).toBe(`${method} ${BASE}${path.replace(/\{([^}]+)\}/g, ':$1')}`);
    }
    // @ts-expect-error -- not an operationId
    expect(() => mock.handler('nope')).toThrow(/no operation "nope"/);
  });
});

describe('throttling in MSW mode', () => {
  it('is off by default: call 101 in one test under a frozen clock is a 200, with the headers still sent', async () => {
    const t = token(mock, 'admin');
    let last;
    for (let i = 0; i < 101; i++) last = await call('GET', '/api/v1/projects?per_page=1', { token: t });
    expect(last?.status).toBe(200);
    expect(last?.headers.get('x-ratelimit-limit')).toBe('100');
  });

  it('is on when asked for: throttle "timetracker" answers call 101 with 429', () => {
    const clock = createClock({ frozenAt: T0 });
    const throttled = createHandlers({ seed: 1, clock, throttle: 'timetracker' });
    const admin = throttled.tokens().find((x) => x.is_active && x.scopes.includes('admin:all'))!.token;
    const get = () => throttled.engine.handle({ method: 'GET', path: '/api/v1/projects', search: 'per_page=1', headers: { authorization: `Bearer ${admin}` } });
    const statuses = Array.from({ length: 101 }, () => (get() as { status: number }).status);
    expect(statuses.slice(0, 100).every((s) => s === 200)).toBe(true);
    expect(statuses[100]).toBe(429);
  });
});
