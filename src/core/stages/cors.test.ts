import { describe, expect, it } from 'vitest';
import { cors } from './cors.js';
import { answer, exchange, req, runStage } from '../../../test/support/pipeline.js';

const preflight = (headers: Record<string, string>) => runStage(cors('/api/'), exchange(req('OPTIONS', '/api/items', { headers: { origin: 'http://app.test', 'access-control-request-method': 'POST', ...headers } })));

describe('cors stage', () => {
  it('answers a preflight under the prefix without calling on', () => {
    const { res, calls } = preflight({});
    expect(calls).toBe(0);
    expect(res.status).toBe(204);
    expect(res.headers['Access-Control-Allow-Origin']).toBe('http://app.test');
    expect(res.headers['Access-Control-Allow-Methods']).toContain('DELETE');
    expect(res.headers['Access-Control-Allow-Headers']).toContain('X-API-Key');
  });
  it('grants the headers the browser asks for, and only well-formed lists', () => {
    expect(preflight({ 'access-control-request-headers': 'authorization,x-api-key,idempotency-key,x-custom' }).res.headers['Access-Control-Allow-Headers']).toBe('authorization,x-api-key,idempotency-key,x-custom');
    expect(preflight({ 'access-control-request-headers': 'x-a\r\nSet-Cookie: y' }).res.headers['Access-Control-Allow-Headers']).not.toContain('Set-Cookie');
    expect(preflight({}).res.headers.Vary).toContain('Access-Control-Request-Headers');
  });
  it('credentials for the named origin, never with *', () => {
    const named = runStage(cors('/api/'), exchange(req('GET', '/api/items', { headers: { origin: 'http://app.test' } })), () => answer(200));
    expect(named.res.headers['Access-Control-Allow-Origin']).toBe('http://app.test');
    expect(named.res.headers['Access-Control-Allow-Credentials']).toBe('true');
    const anonymous = runStage(cors('/api/'), exchange(req('GET', '/api/items')), () => answer(404));
    expect(anonymous.res.headers['Access-Control-Allow-Origin']).toBe('*');
    expect(anonymous.res.headers['Access-Control-Allow-Credentials']).toBeUndefined();
  });
  it('exposes the rate-limit headers, Preference-Applied and the extra ones named', () => {
    const { res } = runStage(cors('/api/', { exposeHeaders: ['X-Total'] }), exchange(req('GET', '/api/items', { headers: { origin: 'http://app.test' } })), () => answer(200));
    expect(res.headers['Access-Control-Expose-Headers'].split(', ')).toEqual(expect.arrayContaining(['x-ratelimit-remaining', 'retry-after', 'preference-applied', 'x-total']));
  });
  it('only under the prefix; `origins` limits which pages may read', () => {
    expect(runStage(cors('/api/'), exchange(req('GET', '/__mock/tokens'))).res.headers['Access-Control-Allow-Origin']).toBeUndefined();
    const only = cors('/api/', { origins: ['http://ok.test'] });
    expect(runStage(only, exchange(req('GET', '/api/items', { headers: { origin: 'http://evil.test' } })), () => answer(200)).res.headers['Access-Control-Allow-Origin']).toBeUndefined();
    expect(runStage(only, exchange(req('GET', '/api/items', { headers: { origin: 'http://ok.test' } })), () => answer(200)).res.headers['Access-Control-Allow-Origin']).toBe('http://ok.test');
  });
});
