import { describe, expect, it } from 'vitest';
import { represent } from './represent.js';
import { answer, exchange, op, outcome, req } from '../../../test/support/pipeline.js';

const text = represent({
  choose: (r) => (r.headers.accept === 'text/plain' ? 'text' : 'json'),
  render: (res, format) => (format === 'text' ? { ...res, headers: { ...res.headers, 'content-type': 'text/plain' }, body: JSON.stringify(res.body) } : res),
});

describe('represent stage', () => {
  it('renders the JSON model in the format the request chose, and tells inner stages which', () => {
    const x = exchange({ ...req('GET', '/api/items'), headers: { accept: 'text/plain' } }, { op: op('listItems') });
    const out = outcome(text, x, () => answer(200, { items: [] }));
    expect(x.format).toBe('text');
    expect(out.res).toMatchObject({ headers: { 'content-type': 'text/plain' }, body: '{"items":[]}' });
  });
  it('leaves JSON as it is and never touches transport faults', () => {
    expect(outcome(text, exchange(req('GET', '/api/items'), { op: op('listItems') }), () => answer(200, { a: 1 })).res?.body).toEqual({ a: 1 });
    const fault = outcome(text, exchange({ ...req('GET', '/api/items'), headers: { accept: 'text/plain' } }), () => ({ status: 0, headers: {}, fault: { kind: 'reset' } }));
    expect(fault.res?.body).toBeUndefined();
  });
});
