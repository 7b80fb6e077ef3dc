import { describe, expect, it } from 'vitest';
import { dereference, specModel } from './spec-model.js';
import { MINI_SPEC, op } from '../../test/support/pipeline.js';

describe('specModel', () => {
  it('reads every operation with its markers', () => {
    expect(op('listItems')).toMatchObject({ method: 'GET', path: '/api/items', cacheable: true, idempotent: false, scopes: ['read:items'], public: false, security: ['bearer'] });
    expect(op('createItem')).toMatchObject({ idempotent: true, cacheable: false, requestBody: { required: true } });
    expect(op('getItem').requiredRole).toBe('admin');
    expect(op('ping').public).toBe(true);
    expect(op('listItems').params.find((p) => p.name === 'per_page')?.clamp).toBe(true);
    expect(op('listItems').responses['200'].headers).toEqual({ 'x-total': true });
  });
  it('builds one model per document object', () => {
    expect(specModel(MINI_SPEC)).toBe(specModel(MINI_SPEC));
  });
  it('dereferences internal refs, sharing targets, and refuses cycles and external refs', () => {
    const doc = { a: { $ref: '#/defs/x' }, b: { $ref: '#/defs/x' }, defs: { x: { type: 'string' } } };
    const out = dereference(doc);
    expect(out.a).toEqual({ type: 'string' });
    expect(out.a).toBe(out.b);
    expect(() => dereference({ a: { $ref: '#/a' } })).toThrow(/circular/);
    expect(() => dereference({ a: { $ref: 'other.yaml#/x' } })).toThrow(/internal/);
  });
});

describe('parameters of a path and of its operations', () => {
  it('an operation parameter replaces the path one with the same name and location', () => {
    const m = specModel({
      openapi: '3.0.3',
      info: { title: 't', version: '1' },
      paths: {
        '/things/{id}': {
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'integer' }, example: 1 }],
          get: { operationId: 'getThing', responses: { '200': { description: 'ok' } } },
          delete: { operationId: 'deleteThing', parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'integer', minimum: 5 } }], responses: { '200': { description: 'ok' } } },
        },
      },
    });
    expect(m.byId.get('getThing')!.params.map((p) => p.schema)).toEqual([{ type: 'integer' }]);
    expect(m.byId.get('deleteThing')!.params.map((p) => p.schema)).toEqual([{ type: 'integer', minimum: 5 }]);
  });
});
