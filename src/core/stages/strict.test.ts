import { describe, expect, it } from 'vitest';
import { strict, type Violation } from './strict.js';
import { answer, exchange, op, req, runStage } from '../../../test/support/pipeline.js';

const list = () => exchange(req('GET', '/api/items'), { op: op('listItems') });

describe('strict stage', () => {
  it('passes an answer that matches the spec', () => {
    const violations: Violation[] = [];
    const { res } = runStage(strict(violations, (v) => v), list(), () => answer(200, { items: [] }, { 'X-Total': '0' }));
    expect(res.status).toBe(200);
    expect(violations).toEqual([]);
  });
  it('turns an undocumented status, a bad body or a missing required header into a 500 and records it', () => {
    const violations: Violation[] = [];
    const stage = strict(violations, (v) => ({ problems: v.problems }));
    expect(runStage(stage, list(), () => answer(418, {})).res.status).toBe(500);
    expect(runStage(stage, list(), () => answer(200, { items: 'no' }, { 'X-Total': '1' })).res.status).toBe(500);
    expect(runStage(stage, list(), () => answer(200, { items: [] })).res.body).toEqual({ problems: ['missing header x-total'] });
    expect(violations.map((v) => v.status)).toEqual([418, 200, 200]);
  });
  it('leaves deliberate answers alone', () => {
    const violations: Violation[] = [];
    const x = Object.assign(list(), { deliberate: true });
    expect(runStage(strict(violations, (v) => v), x, () => answer(503, {})).res.status).toBe(503);
    expect(violations).toEqual([]);
  });
});
