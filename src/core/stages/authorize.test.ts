import { describe, expect, it } from 'vitest';
import { authorize } from './authorize.js';
import { exchange, miniApi, op, outcome, req } from '../../../test/support/pipeline.js';

const reader = { name: 'reader', admin: false, scopes: ['read:items'] };

describe('authorize stage', () => {
  it('passes a caller holding the scope', () => {
    expect(outcome(authorize(miniApi(), false), exchange(req('GET', '/api/items'), { op: op('listItems'), auth: reader })).calls).toBe(1);
  });
  it('403 for a missing scope or role', () => {
    expect(outcome(authorize(miniApi(), false), exchange(req('POST', '/api/items'), { op: op('createItem'), auth: reader })).status).toBe(403);
    expect(outcome(authorize(miniApi(), false), exchange(req('GET', '/api/items/1'), { op: op('getItem'), auth: reader })).status).toBe(403);
  });
  it('the scope-not-enforced defect skips scopes, not roles', () => {
    expect(outcome(authorize(miniApi(), true), exchange(req('POST', '/api/items'), { op: op('createItem'), auth: reader })).calls).toBe(1);
    expect(outcome(authorize(miniApi(), true), exchange(req('GET', '/api/items/1'), { op: op('getItem'), auth: reader })).status).toBe(403);
  });
});
