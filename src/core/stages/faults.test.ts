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

describe('faults stage: preferences', () => {
  it('an example of the success status waits for validation (set on the exchange), and is named in Preference-Applied', () => {
    const x = exchange(req('GET', '/api/items', { headers: { prefer: 'dynamic=true' } }), { op: op('listItems') });
    const o = outcome(faults(new FaultInjector({}, 1)), x, () => x.preferred ?? answer(500));
    expect(o.calls).toBe(1);
    expect(x.preferred?.status).toBe(200);
    expect(o.res?.headers['Preference-Applied']).toBe('dynamic=true');
    expect(x.deliberate).toBe(true);
  });
  it('code= of the success status runs the handler as usual (not deliberate); an undocumented 4xx is refused', () => {
    const x = exchange(req('GET', '/api/items?__code=200'), { op: op('listItems') });
    const o = outcome(faults(new FaultInjector({}, 1)), x, () => answer(200));
    expect([o.calls, o.res?.headers['Preference-Applied'], x.deliberate]).toEqual([1, 'code=200', false]);
    const refused = outcome(faults(new FaultInjector({}, 1)), exchange(req('GET', '/api/items?__code=418'), { op: op('listItems') }));
    expect([refused.status, refused.calls]).toEqual([404, 0]);
  });
});
