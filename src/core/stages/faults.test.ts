import { describe, expect, it } from 'vitest';
import { FaultInjector } from '../faults.js';
import { faults } from './faults.js';
import { answer, exchange, op, outcome, req } from '../../../test/support/pipeline.js';

describe('faults stage', () => {
  it('Prefer: code= answers the injected error instead of the handler, deliberately', () => {
    const x = exchange(req('GET', '/api/items', { headers: { prefer: 'code=503' } }), { op: op('listItems') });
    const o = outcome(faults(new FaultInjector({}, 1)), x);
    expect(o).toMatchObject({ status: 503, calls: 0 });
    expect(x.deliberate && x.note).toBe('status:503');
  });
  it('latency changes the answer of the handler', () => {
    const x = exchange(req('GET', '/api/items?__latency=20'), { op: op('listItems') });
    const o = outcome(faults(new FaultInjector({}, 1)), x, () => answer(200));
    expect(o.calls).toBe(1);
    expect(o.res?.delayMs).toBe(20);
  });
  it('a rule with rate 0 never fires; no fault calls on unchanged', () => {
    const x = exchange(req('GET', '/api/items'), { op: op('listItems') });
    expect(outcome(faults(new FaultInjector({ rules: [{ kind: 'status', rate: 0 }] }, 1)), x).calls).toBe(1);
    expect(x.deliberate).toBe(false);
  });
});
