import { describe, expect, it } from 'vitest';
import { BODY_LIMIT, RequestLog, requestLog } from './request-log.js';
import { answer, exchange, op, req, runStage } from '../../../test/support/pipeline.js';

describe('request-log stage', () => {
  it('records method, path, operation, status, token prefix and fault note', () => {
    const log = new RequestLog(10);
    const x = exchange(req('GET', '/api/items?page=2', { headers: { 'user-agent': 'ua' } }));
    runStage(requestLog(log), x, () => {
      x.op = op('listItems');
      x.identity = { account: 1, token: { id: 1, prefix: 'tt_abcde' } };
      x.note = 'latency:5';
      return answer(201);
    });
    expect(log.recent()).toMatchObject([{ seq: 1, method: 'GET', path: '/api/items', search: 'page=2', status: 201, operationId: 'listItems', token_prefix: 'tt_abcde', user_agent: 'ua', fault: 'latency:5' }]);
  });
  it('keeps only the newest entries, oldest first', () => {
    const log = new RequestLog(3);
    for (let i = 0; i < 5; i++) runStage(requestLog(log), exchange(req('GET', `/api/${i}`)));
    expect(log.recent().map((e) => e.path)).toEqual(['/api/2', '/api/3', '/api/4']);
    expect(log.recent(2).map((e) => e.seq)).toEqual([4, 5]);
  });
});

describe('request-log stage: headers and bodies', () => {
  const token = 'tt_AbCdEfGhIjKlMnOpQrStUvWxYz012345';
  it('keeps both sides, with every credential masked', () => {
    const log = new RequestLog(10);
    const x = exchange(
      req('POST', '/api/login', {
        headers: { authorization: `Bearer ${token}`, 'x-api-key': token, cookie: `session=${token}; theme=dark`, 'content-type': 'application/json' },
        body: new TextEncoder().encode(JSON.stringify({ username: 'admin', password: 'admin-secret' })),
      }),
    );
    runStage(requestLog(log), x, () => ({ status: 200, headers: { 'Set-Cookie': `session=${token}` }, body: { token, api_key: token, note: 'ok' } }));
    const [e] = log.recent();
    expect(e.request.headers).toMatchObject({ authorization: 'Bearer tt_AbCdE…(masked)', 'x-api-key': 'tt_AbCdE…(masked)', cookie: 'session=tt_AbCdE…(masked); theme=…(masked)' });
    expect(e.request.body).toBe('{"username":"admin","password":"admin-se…(masked)"}');
    expect(e.response.headers['set-cookie']).toBe('session=tt_AbCdE…(masked)');
    expect(e.response.body).toBe('{"token":"tt_AbCdE…(masked)","api_key":"tt_AbCdE…(masked)","note":"ok"}');
    expect(JSON.stringify(e)).not.toContain(token);
  });
  it('cuts bodies at the limit and says so; no body is null', () => {
    const log = new RequestLog(10);
    runStage(requestLog(log), exchange(req('POST', '/api/items', { body: 'x'.repeat(BODY_LIMIT + 10) })), () => ({ status: 204, headers: {} }));
    const [e] = log.recent();
    expect([e.request.body?.length, e.request.truncated, e.response.body, e.response.truncated]).toEqual([BODY_LIMIT, true, null, false]);
  });
  it('sequence numbers go on after a clear; first and last say what is kept', () => {
    const log = new RequestLog(3);
    for (let i = 0; i < 5; i++) runStage(requestLog(log), exchange(req('GET', `/api/${i}`)));
    expect([log.first, log.last]).toEqual([3, 5]);
    log.clear();
    expect([log.first, log.last, log.recent().length]).toEqual([6, 5, 0]);
    runStage(requestLog(log), exchange(req('GET', '/api/again')));
    expect(log.recent().map((e) => e.seq)).toEqual([6]);
  });
});
