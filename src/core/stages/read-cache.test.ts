import { describe, expect, it } from 'vitest';
import { ReadCache } from '../read-cache.js';
import type { OperationDef } from '../spec-model.js';
import { readCache } from './read-cache.js';
import { answer, exchange, op, outcome, req } from '../../../test/support/pipeline.js';

const identity = { account: 'a', token: null };
const get = (path = '/api/items') => exchange(req('GET', path), { op: op('listItems'), identity });

describe('read-cache stage', () => {
  it('serves a cacheable read once encoded, until a write', () => {
    const stage = readCache(new ReadCache(true));
    const first = outcome(stage, get(), () => answer(200, { items: [1] }));
    expect(first.res?.body).toBeInstanceOf(Uint8Array);
    expect(outcome(stage, get(), () => answer(200, { items: [2] })).calls).toBe(0);
    outcome(stage, exchange(req('POST', '/api/items'), { op: op('createItem') }), () => answer(201));
    expect(outcome(stage, get(), () => answer(200)).calls).toBe(1);
  });
  it('never caches reads not marked x-mock-cache, deliberate answers or answers with handler headers', () => {
    const stage = readCache(new ReadCache(true));
    for (let i = 0; i < 2; i++) expect(outcome(stage, exchange(req('GET', '/api/items/1'), { op: op('getItem'), identity })).calls).toBe(1);
    for (let i = 0; i < 2; i++) expect(outcome(stage, Object.assign(get('/api/items?x'), { deliberate: true })).calls).toBe(1);
    for (let i = 0; i < 2; i++) expect(outcome(stage, get('/api/items?y'), () => answer(200, {}, { Link: 'x' })).calls).toBe(1);
  });
  it('is per caller and per day', () => {
    const stage = readCache(new ReadCache(true));
    outcome(stage, get());
    expect(outcome(stage, exchange(req('GET', '/api/items'), { op: op('listItems'), identity: { account: 'b', token: null } })).calls).toBe(1);
    expect(outcome(stage, exchange(req('GET', '/api/items'), { op: op('listItems'), identity }, Date.parse('2026-01-06T09:00:00Z'))).calls).toBe(1);
  });
  it('treats a GET marked x-writes as a write, and keeps only the JSON representation', () => {
    const stage = readCache(new ReadCache(true));
    outcome(stage, get());
    outcome(stage, exchange(req('GET', '/api/items/1'), { op: { ...op('getItem'), writes: true }, identity }));
    expect(outcome(stage, get()).calls).toBe(1);
    const xml = () => Object.assign(get('/api/items?xml'), { format: 'xml' });
    for (let i = 0; i < 2; i++) expect(outcome(stage, xml()).calls).toBe(1);
  });
  it('with write tracking, drops only the answers made of the tables written', () => {
    let written: string[] = [];
    const stage = readCache(new ReadCache(true), () => {
      const out = written;
      written = [];
      return out;
    });
    const items: OperationDef = { ...op('listItems'), reads: ['items'] };
    const ping: OperationDef = { ...op('listItems'), operationId: 'unmarked', reads: null };
    const read = (o: OperationDef, path: string) => outcome(stage, exchange(req('GET', path), { op: o, identity }), () => answer(200, { n: 1 })).calls;
    const write = (tables: string[]) => outcome(stage, exchange(req('POST', '/api/items'), { op: op('createItem') }), () => ((written = tables), answer(201)));
    expect([read(items, '/api/items'), read(ping, '/api/other')]).toEqual([1, 1]);
    expect([read(items, '/api/items'), read(ping, '/api/other')]).toEqual([0, 0]);
    write(['orders']);
    // Not made of orders: kept; an operation naming no tables: dropped by any write request.
    expect([read(items, '/api/items'), read(ping, '/api/other')]).toEqual([0, 1]);
    write(['items']);
    expect(read(items, '/api/items')).toBe(1);
    // A change outside any request (reported before the next lookup) counts too.
    written = ['items'];
    expect(read(items, '/api/items')).toBe(1);
    expect(read(items, '/api/items')).toBe(0);
  });
});
