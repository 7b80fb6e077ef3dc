import { describe, expect, it } from 'vitest';
import { parseBody } from './parse-body.js';
import { exchange, op, outcome, req } from '../../../test/support/pipeline.js';

const post = (body: string | undefined, contentType?: string) =>
  exchange(req('POST', '/api/items', { body, headers: contentType ? { 'content-type': contentType } : {} }), { op: op('createItem') });

describe('parse-body stage', () => {
  it('parses JSON (and +json) bodies', () => {
    const x = post('{"name":"a"}', 'application/json; charset=utf-8');
    expect(outcome(parseBody({ jsonOnly: false }), x).calls).toBe(1);
    expect(x.body).toEqual({ name: 'a' });
    expect(x.contentType).toBe('application/json');
  });
  it('400 for invalid JSON and for a missing required body; 415 for a media type the operation does not take', () => {
    expect(outcome(parseBody({ jsonOnly: false }), post('{', 'application/json')).status).toBe(400);
    expect(outcome(parseBody({ jsonOnly: false }), post(undefined, 'application/json')).status).toBe(400);
    const put = exchange(req('PUT', '/api/items/1', { body: '<a/>', headers: { 'content-type': 'application/xml' } }), { op: op('updateItem') });
    expect(outcome(parseBody({ jsonOnly: false }), put).status).toBe(415);
  });
  it('an optional body may be absent', () => {
    const put = exchange(req('PUT', '/api/items/1'), { op: op('updateItem') });
    expect(outcome(parseBody({ jsonOnly: false }), put).calls).toBe(1);
    expect(put.body).toBeUndefined();
  });
  it('takes raw text where the operation accepts text/csv, unless JSON-only', () => {
    const x = post('a,b\n1,2', 'text/csv');
    outcome(parseBody({ jsonOnly: false }), x);
    expect(x.body).toBe('a,b\n1,2');
    const refused = post('a,b', 'text/csv');
    expect(outcome(parseBody({ jsonOnly: true }), refused).status).toBe(415);
    expect(refused.deliberate).toBe(true);
  });
  it("decodes the API's own media types into the JSON model; ignores bodies on operations that take none", () => {
    const decoders = { 'application/xml': (t: string) => ({ name: /<name>(.*)<\/name>/.exec(t)?.[1] }) };
    const put = exchange(req('PUT', '/api/items/1', { body: '<item><name>b</name></item>', headers: { 'content-type': 'application/xml' } }), { op: op('updateItem') });
    expect(outcome(parseBody({ jsonOnly: false, decoders }), put).calls).toBe(1);
    expect(put).toMatchObject({ body: { name: 'b' }, contentType: 'application/json' });
    const del = exchange(req('GET', '/api/items/1', { body: '{}', headers: { 'content-type': 'application/json' } }), { op: op('getItem') });
    expect(outcome(parseBody({ jsonOnly: false }), del).calls).toBe(1);
    expect(del.body).toBeUndefined();
  });
});

describe('parse-body stage: form bodies', () => {
  const form = { 'application/json': { schema: {} }, 'application/x-www-form-urlencoded': { schema: {} } };
  it('reads application/x-www-form-urlencoded where the operation takes it, unless JSON-only', () => {
    const x = exchange(req('POST', '/api/items', { body: 'name=a&tags[]=x', headers: { 'content-type': 'application/x-www-form-urlencoded; charset=UTF-8' } }), {
      op: { ...op('createItem'), requestBody: { required: true, content: form } },
    });
    expect(outcome(parseBody({ jsonOnly: false }), x).calls).toBe(1);
    expect(x).toMatchObject({ body: { name: 'a', tags: ['x'] }, contentType: 'application/x-www-form-urlencoded' });
    const refused = exchange(req('POST', '/api/items', { body: 'name=a', headers: { 'content-type': 'application/x-www-form-urlencoded' } }), {
      op: { ...op('createItem'), requestBody: { required: true, content: form } },
    });
    expect(outcome(parseBody({ jsonOnly: true }), refused).status).toBe(415);
  });
});
