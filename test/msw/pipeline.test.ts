/** What every operation goes through: auth, scopes, validation, media types, routing, CORS. */
import { describe, expect, it } from 'vitest';
import { call, expectError, startMock, token } from './mock.js';

const { mock } = startMock();

describe('authentication (401 bodies as the real server words them)', () => {
  it('no token', async () => {
    const res = await call('GET', '/api/v1/projects');
    expectError(res, 401, 'unauthorized');
    expect(res.body.error).toBe('Authentication required');
  });
  it('a token without the tt_ prefix', async () => {
    const res = await call('GET', '/api/v1/projects', { token: 'abc' });
    expectError(res, 401, 'unauthorized');
    expect(res.body.message).toBe('Invalid token format');
  });
  it('an unknown token', async () => {
    const res = await call('GET', '/api/v1/projects', { token: 'tt_00000000000000000000000000000000' });
    expect(res.body.message).toBe('Token not found');
  });
  it('an expired token', async () => {
    const res = await call('GET', '/api/v1/projects', { token: token(mock, 'expired') });
    expectError(res, 401, 'unauthorized');
    expect(res.body.message).toBe('Token has expired');
  });
  it('a revoked token', async () => {
    const res = await call('GET', '/api/v1/projects', { token: token(mock, 'revoked') });
    expect(res.body.message).toBe('Token has been revoked');
  });
  it('a malformed Authorization header is ignored (Basic, three parts)', async () => {
    const res = await call('GET', '/api/v1/projects', { headers: { authorization: `Basic ${token(mock, 'admin')}` } });
    expect(res.body.error).toBe('Authentication required');
  });
  it('X-API-Key and `Token` scheme work like Bearer', async () => {
    expect((await call('GET', '/api/v1/projects', { headers: { 'x-api-key': token(mock, 'admin') } })).status).toBe(200);
    expect((await call('GET', '/api/v1/projects', { headers: { authorization: `Token ${token(mock, 'admin')}` } })).status).toBe(200);
  });
});

describe('scopes', () => {
  it('403 names the required scope and the available ones', async () => {
    const res = await call('POST', '/api/v1/projects', { token: token(mock, 'narrow'), body: { name: 'X', client_id: 1 } });
    expectError(res, 403, 'forbidden');
    expect(res.body.required_scope).toBe('write:projects');
    expect(res.body.available_scopes).toEqual(['read:projects']);
  });
  it('a read-only token reads but cannot write', async () => {
    const ro = token(mock, 'readonly');
    expect((await call('GET', '/api/v1/time-entries', { token: ro })).status).toBe(200);
    expectError(await call('POST', '/api/v1/timer/start', { token: ro, body: { project_id: 1 } }), 403, 'forbidden');
  });
  it('admin:all passes every scope, listUsers needs it', async () => {
    expect((await call('GET', '/api/v1/users', { token: token(mock, 'admin') })).status).toBe(200);
    expectError(await call('GET', '/api/v1/users', { token: token(mock, 'user') }), 403, 'forbidden');
  });
});

describe('validation and media types', () => {
  it('a bad query parameter is a 400 with field errors', async () => {
    const res = await call('GET', '/api/v1/projects?page=abc', { token: token(mock, 'admin') });
    expectError(res, 400, 'validation_error');
    expect(Object.keys(res.body.errors)).toContain('page');
  });
  it('a non-numeric path id is a 404', async () => {
    expectError(await call('GET', '/api/v1/projects/abc', { token: token(mock, 'admin') }), 404, 'not_found');
  });
  it('malformed JSON is a 400 bad_request, never a 500', async () => {
    const res = await call('POST', '/api/v1/projects', { token: token(mock, 'admin'), raw: '{"name":', headers: { 'content-type': 'application/json' } });
    expectError(res, 400, 'bad_request');
  });
  it('a body that is not JSON is a 415', async () => {
    const res = await call('POST', '/api/v1/projects', { token: token(mock, 'admin'), raw: 'name=x', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expectError(res, 415);
  });
  it('unknown fields on a project create are rejected as the real server does', async () => {
    const res = await call('POST', '/api/v1/projects', { token: token(mock, 'admin'), body: { name: 'P', client_id: 1, colour: 'red' } });
    expectError(res, 400, 'validation_error');
    expect(res.body.errors.colour).toEqual(['Unknown field.']);
  });
  it('unknown query parameters are ignored (the desktop app sends perPage)', async () => {
    expect((await call('GET', '/api/v1/projects?perPage=25', { token: token(mock, 'admin') })).status).toBe(200);
  });
});

describe('routing', () => {
  it('an unknown route is a 404 with the error shape', async () => {
    expectError(await call('GET', '/api/v1/nope', { token: token(mock, 'admin') }), 404, 'not_found');
  });
  it('a trailing slash is not the same route', async () => {
    expectError(await call('GET', '/api/v1/projects/', { token: token(mock, 'admin') }), 404, 'not_found');
  });
  it('a known path with another method is a 405 with Allow', async () => {
    const res = await call('DELETE', '/api/v1/time-entries/bulk', { token: token(mock, 'admin') });
    expectError(res, 405, 'method_not_allowed');
    expect(res.headers.get('allow')).toBe('POST');
  });
});

describe('CORS and rate-limit headers', () => {
  it('OPTIONS preflight answers 204 before auth', async () => {
    const res = await call('OPTIONS', '/api/v1/projects', { headers: { origin: 'http://app.local', 'access-control-request-method': 'GET' } });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('http://app.local');
    expect(res.headers.get('access-control-allow-headers')).toContain('Authorization');
  });
  it('every authenticated answer carries X-RateLimit-*', async () => {
    const res = await call('GET', '/api/v1/projects', { token: token(mock, 'admin') });
    expect(res.headers.get('x-ratelimit-limit')).toBe('100');
    expect(Number(res.headers.get('x-ratelimit-remaining'))).toBe(99);
    expect(Number(res.headers.get('x-ratelimit-reset'))).toBeGreaterThan(0);
  });
});
