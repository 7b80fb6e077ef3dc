import { describe, expect, it } from 'vitest';
import { cors } from './cors.js';
import { answer, exchange, req, runStage } from '../../../test/support/pipeline.js';

describe('cors stage', () => {
  it('answers a preflight under the prefix without calling on', () => {
    const { res, calls } = runStage(cors('/api/'), exchange(req('OPTIONS', '/api/items', { headers: { origin: 'http://app.test' } })));
    expect(calls).toBe(0);
    expect(res.status).toBe(204);
    expect(res.headers['Access-Control-Allow-Origin']).toBe('http://app.test');
    expect(res.headers['Access-Control-Allow-Methods']).toContain('DELETE');
  });
  it('adds the headers to every answer under the prefix, and only there', () => {
    expect(runStage(cors('/api/'), exchange(req('GET', '/api/items')), () => answer(404)).res.headers['Access-Control-Allow-Origin']).toBe('*');
    expect(runStage(cors('/api/'), exchange(req('GET', '/__mock/tokens'))).res.headers['Access-Control-Allow-Origin']).toBeUndefined();
  });
});
