import { describe, expect, it } from 'vitest';
import { specModel } from '../spec-model.js';
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

describe('parse-body stage: form bodies and JSON-only', () => {
  const model = specModel({
    openapi: '3.0.3',
    info: { title: 'forms', version: '1' },
    paths: {
      '/oauth2/token': {
        post: { operationId: 'token', requestBody: { required: true, content: { 'application/x-www-form-urlencoded': { schema: { type: 'object' } } } }, responses: { '200': { description: 'ok' } } },
      },
      '/v1/things': {
        post: { operationId: 'createThing', requestBody: { required: true, content: { 'application/json': { schema: { type: 'object' } } } }, responses: { '201': { description: 'ok' } } },
      },
    },
  });
  const send = (id: string, body: string, contentType: string) =>
    exchange(req('POST', model.byId.get(id)!.path, { body, headers: { 'content-type': contentType } }), { op: model.byId.get(id)! });
  it('reads URL-encoded form fields where the operation takes them (own properties only)', () => {
    const x = send('token', 'grant_type=password&username=a%40b.c&__proto__=x', 'application/x-www-form-urlencoded');
    expect(outcome(parseBody({ jsonOnly: false }), x).calls).toBe(1);
    expect(x.body).toEqual({ grant_type: 'password', username: 'a@b.c', ['__proto__']: 'x' });
    expect(Object.getPrototypeOf(x.body)).toBe(Object.prototype);
    expect(x.contentType).toBe('application/x-www-form-urlencoded');
  });
  it('JSON-only binds the operations that take JSON; a form-only operation (OAuth) keeps its form', () => {
    expect(outcome(parseBody({ jsonOnly: true }), send('token', 'grant_type=password', 'application/x-www-form-urlencoded')).calls).toBe(1);
    const refused = send('createThing', 'name=a', 'application/x-www-form-urlencoded');
    expect(outcome(parseBody({ jsonOnly: true }), refused).status).toBe(415);
    expect(refused.deliberate).toBe(true);
    expect(outcome(parseBody({ jsonOnly: true }), send('createThing', '{"name":"a"}', 'application/json; charset=UTF-8')).calls).toBe(1);
    expect(outcome(parseBody({ jsonOnly: false }), send('token', '{"grant_type":"password"}', 'application/json')).status).toBe(415);
  });
});
