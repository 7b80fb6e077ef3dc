/** System, projects, favourites and users operations: success paths and documented errors. */
import { describe, expect, it } from 'vitest';
import { call, expectError, startMock, token } from './mock.js';

const { mock } = startMock();

describe('system', () => {
  it('getInfo needs no token and is recognisably TimeTracker', async () => {
    const res = await call('GET', '/api/v1/info');
    expect(res.status).toBe(200);
    expect(res.body.api_version).toBe('v1');
    expect(res.body.setup_required).toBe(false);
    expect(typeof res.body.endpoints).toBe('object');
  });
  it('getHealth', async () => {
    const res = await call('GET', '/api/v1/health');
    expect(res.body).toEqual({ status: 'healthy', timestamp: '2026-11-16T10:00:00' });
  });
  it('login issues a new tt_ token that works; wrong password is 401', async () => {
    const ok = await call('POST', '/api/v1/auth/login', { body: { username: ' Admin ', password: 'admin' } });
    expect(ok.status).toBe(200);
    expect(ok.body.token).toMatch(/^tt_[A-Za-z0-9_-]{32}$/);
    expect((await call('GET', '/api/v1/users/me', { token: ok.body.token })).body.user.username).toBe('admin');
    expectError(await call('POST', '/api/v1/auth/login', { body: { username: 'admin', password: 'nope' } }), 401, 'unauthorized');
    // An inactive user (dave) gets no token, in the words the real server's token check uses.
    const inactive = await call('POST', '/api/v1/auth/login', { body: { username: 'dave', password: 'dave' } });
    expectError(inactive, 401, 'unauthorized');
    expect(inactive.body.message).toBe('User account is inactive');
    expectError(await call('POST', '/api/v1/auth/login', { body: { username: 'admin' } }), 400, 'validation_error');
  });
  it('login is limited to 5 per minute per address', async () => {
    for (let i = 0; i < 5; i++) await call('POST', '/api/v1/auth/login', { body: { username: 'x', password: 'y' } });
    const res = await call('POST', '/api/v1/auth/login', { body: { username: 'admin', password: 'admin' } });
    expectError(res, 429);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});

describe('projects', () => {
  it('listProjects: active by default, ordered by name, paginated', async () => {
    const res = await call('GET', '/api/v1/projects?per_page=2', { token: token(mock, 'admin') });
    expect(res.status).toBe(200);
    expect(res.body.projects).toHaveLength(2);
    expect(res.body.projects.every((p: { status: string }) => p.status === 'active')).toBe(true);
    expect(res.body.pagination).toMatchObject({ page: 1, per_page: 2, has_prev: false, prev_page: null });
    const all = await call('GET', '/api/v1/projects?status=all&per_page=100', { token: token(mock, 'admin') });
    const statuses = new Set(all.body.projects.map((p: { status: string }) => p.status));
    expect(statuses.size).toBeGreaterThan(1);
    const names = all.body.projects.map((p: { name: string }) => p.name);
    expect(names).toEqual([...names].sort((a: string, b: string) => a.localeCompare(b)));
  });
  it('per_page over 100 is capped; a page past the end is empty', async () => {
    const capped = await call('GET', '/api/v1/projects?per_page=500&status=all', { token: token(mock, 'admin') });
    expect(capped.body.pagination.per_page).toBe(100);
    const past = await call('GET', '/api/v1/projects?page=99', { token: token(mock, 'admin') });
    expect(past.status).toBe(200);
    expect(past.body.projects).toEqual([]);
  });
  it('create -> get -> update -> archive (DELETE archives, the project stays readable)', async () => {
    const admin = token(mock, 'admin');
    const client = (await call('GET', '/api/v1/clients', { token: admin })).body.clients[0];
    const created = await call('POST', '/api/v1/projects', { token: admin, body: { name: 'Kiosk App', client_id: client.id, code: 'kio', hourly_rate: 80 } });
    expect(created.status).toBe(201);
    expect(created.body.project).toMatchObject({ name: 'Kiosk App', code: 'KIO', client: client.name, status: 'active', hourly_rate: 80 });
    const id = created.body.project.id;
    expect((await call('GET', `/api/v1/projects/${id}`, { token: admin })).body.project.id).toBe(id);
    const updated = await call('PATCH', `/api/v1/projects/${id}`, { token: admin, body: { description: 'Touch screens' } });
    expect(updated.body.project.description).toBe('Touch screens');
    const put = await call('PUT', `/api/v1/projects/${id}`, { token: admin, body: { name: 'Kiosk App 2' } });
    expect(put.body.project.name).toBe('Kiosk App 2');
    expect((await call('DELETE', `/api/v1/projects/${id}`, { token: admin })).body.message).toBe('Project archived successfully');
    const after = (await call('GET', `/api/v1/projects/${id}`, { token: admin })).body.project;
    expect(after).toMatchObject({ status: 'archived', is_archived: true, archived_reason: 'Archived via API' });
    const active = await call('GET', '/api/v1/projects?per_page=100', { token: admin });
    expect(active.body.projects.some((p: { id: number }) => p.id === id)).toBe(false);
  });
  it('documented errors: missing name, unknown client, duplicate, unknown id', async () => {
    const admin = token(mock, 'admin');
    const client = (await call('GET', '/api/v1/clients', { token: admin })).body.clients[0];
    const noName = await call('POST', '/api/v1/projects', { token: admin, body: { client_id: client.id } });
    expectError(noName, 400, 'validation_error');
    expect(noName.body.errors.name).toBeDefined();
    expectError(await call('POST', '/api/v1/projects', { token: admin, body: { name: 'X', client_id: 99999 } }), 400);
    await call('POST', '/api/v1/projects', { token: admin, body: { name: 'Twice', client_id: client.id } });
    expectError(await call('POST', '/api/v1/projects', { token: admin, body: { name: 'Twice', client_id: client.id } }), 400);
    expectError(await call('GET', '/api/v1/projects/99999', { token: admin }), 404, 'not_found');
    expectError(await call('PUT', '/api/v1/projects/99999', { token: admin, body: { name: 'x' } }), 404, 'not_found');
    expectError(await call('DELETE', '/api/v1/projects/99999', { token: admin }), 404, 'not_found');
  });
});

describe('favourites', () => {
  it('add, list, remove', async () => {
    const user = token(mock, 'user');
    const project = (await call('GET', '/api/v1/projects', { token: user })).body.projects[0];
    const list = async () => (await call('GET', '/api/v1/users/me/favorites/projects', { token: user })).body.favorites as { id: number; project_id: number }[];
    const before = await list();
    const added = await call('POST', '/api/v1/users/me/favorites/projects', { token: user, body: { project_id: project.id } });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ message: 'Project favorited successfully', favorite: { project_id: project.id, created_at: '2026-11-16T10:00:00' } });
    const again = await call('POST', '/api/v1/users/me/favorites/projects', { token: user, body: { project_id: project.id } });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ message: 'Already favorited', favorite: { id: added.body.favorite.id } });
    expect((await list()).map((f) => f.project_id)).toEqual([...before.map((f) => f.project_id), project.id]);
    const removed = await call('DELETE', `/api/v1/users/me/favorites/projects/${project.id}`, { token: user });
    expect(removed.body).toEqual({ message: 'Favorite removed successfully' });
    expect(await list()).toEqual(before);
    expectError(await call('DELETE', `/api/v1/users/me/favorites/projects/${project.id}`, { token: user }), 404, 'not_found');
    expectError(await call('POST', '/api/v1/users/me/favorites/projects', { token: user, body: { project_id: 99999 } }), 404, 'not_found');
  });
});

describe('users', () => {
  it('getCurrentUser has the user, the requirements and the modules the clients read', async () => {
    const res = await call('GET', '/api/v1/users/me', { token: token(mock, 'user') });
    expect(res.status).toBe(200);
    expect(res.body.user.role).not.toBe('admin');
    expect(res.body.user).not.toHaveProperty('is_admin');
    expect(res.body.time_entry_requirements).toEqual({ require_task: false, require_description: false, description_min_length: expect.any(Number) });
    expect(Array.isArray(res.body.enabled_modules)).toBe(true);
  });
  it('listUsers lists active users by username', async () => {
    const res = await call('GET', '/api/v1/users', { token: token(mock, 'admin') });
    const names = res.body.users.map((u: { username: string }) => u.username);
    expect(names).toEqual([...names].sort());
  });
});
