import { describe, expect, it } from 'vitest';
import type { OperationDef } from '../spec-model.js';
import { specModel } from '../spec-model.js';
import { validate } from './validate.js';
import { exchange, op, outcome, req } from '../../../test/support/pipeline.js';

const list = (search: string) => exchange(req('GET', `/api/items?${search}`), { op: op('listItems') });

describe('validate stage', () => {
  it('coerces declared query parameters, ignores others and empty values, collects arrays', () => {
    const x = list('page=2&per_page=&junk=1&tag=a&tag=b');
    expect(outcome(validate(), x).calls).toBe(1);
    expect(x.query).toEqual({ page: 2, tag: ['a', 'b'] });
  });
  it('caps x-clamp parameters at their maximum instead of refusing them', () => {
    const x = list('per_page=500');
    expect(outcome(validate(), x).calls).toBe(1);
    expect(x.query.per_page).toBe(100);
  });
  it('400 validation_error with field errors for a bad query; 404 for a malformed path parameter', () => {
    const o = outcome(validate(), list('page=0'));
    expect(o.status).toBe(400);
    expect(o.error?.extra.errors).toHaveProperty('page');
    expect(outcome(validate(), exchange(req('GET', '/api/items/abc'), { op: op('getItem'), pathParams: { item_id: 'abc' } })).status).toBe(404);
  });
  it('checks JSON bodies without coercion', () => {
    const bad = exchange(req('POST', '/api/items'), { op: op('createItem'), body: { name: 1 }, contentType: 'application/json' });
    expect(outcome(validate(), bad).error?.extra.errors).toHaveProperty('name');
    const extra = exchange(req('POST', '/api/items'), { op: op('createItem'), body: { name: 'a', x: 1 }, contentType: 'application/json' });
    expect(outcome(validate(), extra).error?.extra.errors).toHaveProperty('x');
    const good = exchange(req('POST', '/api/items'), { op: op('createItem'), body: { name: 'a' }, contentType: 'application/json' });
    expect(outcome(validate(), good).calls).toBe(1);
  });
});

describe('validate stage: form bodies', () => {
  it("checks a form body against its media type's schema", () => {
    const content = { 'application/x-www-form-urlencoded': { type: 'object', properties: { n: { type: 'string', pattern: '^[0-9]+$' } } } };
    const at = (body: unknown) => exchange(req('POST', '/api/items'), { op: { ...op('createItem'), requestBody: { required: true, content } }, body, contentType: 'application/x-www-form-urlencoded' });
    expect(outcome(validate(), at({ n: '12' })).calls).toBe(1);
    expect(outcome(validate(), at({ n: 'twelve' })).error?.extra.errors).toHaveProperty('n');
  });
  it('leaves body errors to the handler of an operation whose documented 400 is an HTML page', () => {
    const content = { 'application/x-www-form-urlencoded': { type: 'object', required: ['csrf_token'] } };
    const page: OperationDef = { ...op('createItem'), requestBody: { required: true, content }, responses: { '400': { headers: {}, examples: {}, page: true } } };
    const at = (o: OperationDef) => exchange(req('POST', '/login'), { op: o, body: {}, contentType: 'application/x-www-form-urlencoded' });
    expect(outcome(validate(), at(page)).calls).toBe(1);
    expect(outcome(validate(), at({ ...page, responses: { '400': { headers: {}, examples: {} } } })).error?.status).toBe(400);
  });
});

describe('validate stage: JSON-valued parameters and form bodies', () => {
  const model = specModel({
    openapi: '3.0.3',
    info: { title: 'json-params', version: '1' },
    paths: {
      '/v1/things': {
        get: {
          operationId: 'listThings',
          parameters: [
            { name: 'where', in: 'query', content: { 'application/json': { schema: { type: 'object', maxProperties: 2 } } } },
            { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 0 } },
          ],
          responses: { '200': { description: 'ok' } },
        },
      },
      '/oauth2/token': {
        post: {
          operationId: 'token',
          requestBody: {
            required: true,
            content: { 'application/x-www-form-urlencoded': { schema: { type: 'object', required: ['grant_type'], properties: { grant_type: { type: 'string', enum: ['password'] }, n: { type: 'integer' } } } } },
          },
          responses: { '200': { description: 'ok' } },
        },
      },
    },
  });
  const things = (search: string) => exchange(req('GET', `/v1/things?${search}`), { op: model.byId.get('listThings')! });
  it('parses a content: application/json parameter and validates the value against its schema', () => {
    const x = things(`where=${encodeURIComponent('{"day":{">=":"2026-01-01"},"user":"4"}')}&limit=5`);
    expect(outcome(validate(), x).calls).toBe(1);
    expect(x.query).toEqual({ where: { day: { '>=': '2026-01-01' }, user: '4' }, limit: 5 });
    expect(model.byId.get('listThings')!.params[0]).toMatchObject({ json: true, schema: { type: 'object' } });
  });
  it('400 naming the parameter for text that is not JSON, for a value its schema refuses, for nesting too deep', () => {
    for (const bad of ['{day:1}', '[1', '{"a":1,"b":2,"c":3}', '"x"', `${'['.repeat(40)}${']'.repeat(40)}`]) {
      const o = outcome(validate(), things(`where=${encodeURIComponent(bad)}`));
      expect(o.status, bad).toBe(400);
      expect(o.error?.extra.errors, bad).toHaveProperty('where');
    }
  });
  it('form bodies are converted with the strict parameter syntax and validated', () => {
    const token = model.byId.get('token')!;
    const good = exchange(req('POST', '/oauth2/token'), { op: token, body: { grant_type: 'password', n: '3' }, contentType: 'application/x-www-form-urlencoded' });
    expect(outcome(validate(), good).calls).toBe(1);
    expect(good.body).toEqual({ grant_type: 'password', n: 3 });
    const bad = exchange(req('POST', '/oauth2/token'), { op: token, body: { grant_type: 'magic', n: '0x10' }, contentType: 'application/x-www-form-urlencoded' });
    const o = outcome(validate(), bad);
    expect(o.status).toBe(400);
    expect(Object.keys(o.error?.extra.errors as object).sort()).toEqual(['grant_type', 'n']);
  });
});
