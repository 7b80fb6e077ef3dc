import { describe, expect, it } from 'vitest';
import { RequestLog, requestLog } from './request-log.js';
import { answer, exchange, op, outcome, req, runStage } from '../../../test/support/pipeline.js';

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

describe('request log: the request as it came', () => {
  it('logs the path and query the caller sent, even when an inner stage normalizes the request', () => {
    const log = new RequestLog();
    const x = exchange(req('GET', '/api/items/format/json'));
    outcome(requestLog(log), x, () => {
      x.req = { ...x.req, path: '/api/items', search: 'format=json' };
      return { status: 200, headers: {} };
    });
    expect(log.recent(1)[0]).toMatchObject({ path: '/api/items/format/json', search: '' });
  });
});
