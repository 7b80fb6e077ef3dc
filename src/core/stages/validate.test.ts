import { describe, expect, it } from 'vitest';
import type { OperationDef } from '../spec-model.js';
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
  it('leaves body errors to the handler of an operation whose documented 400 is a page (no JSON schema)', () => {
    const content = { 'application/x-www-form-urlencoded': { type: 'object', required: ['csrf_token'] } };
    const page: OperationDef = { ...op('createItem'), requestBody: { required: true, content }, responses: { '400': { headers: {}, examples: {} } } };
    const at = (o: OperationDef) => exchange(req('POST', '/login'), { op: o, body: {}, contentType: 'application/x-www-form-urlencoded' });
    expect(outcome(validate(), at(page)).calls).toBe(1);
    expect(outcome(validate(), at({ ...page, responses: { '400': { schema: { type: 'object' }, headers: {}, examples: {} } } })).error?.status).toBe(400);
  });
});
