/** CoffeeCup's rule, switched on: a body without Content-Type: application/json is refused. */
import { describe, expect, it } from 'vitest';
import { call, expectError, startMock, token } from './mock.js';

const { mock } = startMock({ jsonOnly: true });

describe('--json-only', () => {
  it('refuses a CSV body it would otherwise take, accepts JSON', async () => {
    const t = token(mock, 'user');
    expectError(await call('POST', '/api/v1/time-entries/import-csv', { token: t, raw: 'project_id,start_time,end_time\n', headers: { 'content-type': 'text/csv' } }), 415);
    expect((await call('POST', '/api/v1/time-entries/import-csv', { token: t, body: { csv: 'project_id,start_time,end_time\n' } })).status).toBe(200);
  });
  it('refuses a form body even on an operation without one', async () => {
    expectError(await call('POST', '/api/v1/timer/stop', { token: token(mock, 'user'), raw: 'a=1', headers: { 'content-type': 'application/x-www-form-urlencoded' } }), 415);
  });
});
