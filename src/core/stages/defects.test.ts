import { describe, expect, it } from 'vitest';
import { defects } from './defects.js';
import { answer, exchange, op, req, runStage } from '../../../test/support/pipeline.js';

describe('defects stage', () => {
  it('applies every active defect to the answer, in order', () => {
    const stage = defects([
      { targets: 'all', apply: (_o, r) => ({ ...r, status: r.status + 1 }) },
      { targets: 'all', skipsScopes: true },
      { targets: 'all', apply: (o, r) => ({ ...r, body: { op: o.operationId } }) },
    ]);
    const { res } = runStage(stage, exchange(req('GET', '/api/ping'), { op: op('ping') }), () => answer(200));
    expect(res).toMatchObject({ status: 201, body: { op: 'ping' } });
  });
});
