/** The TimeTracker throttle profile through MSW: windows fill and recover on the clock, without sleeping. */
import { describe, expect, it } from 'vitest';
import { call, expectError, startMock, token } from './mock.js';

const { mock, clock } = startMock({ throttle: 'timetracker', rateLimitPerMinute: 5, rateLimitPerHour: 8 });

describe('timetracker throttle: per token, sliding minute and hour windows', () => {
  it('fills the minute window, answers 429 with Retry-After and the documented body, recovers when the clock moves', async () => {
    const t = token(mock, 'admin');
    for (let i = 0; i < 5; i++) {
      const res = await call('GET', '/api/v1/health', {}); // public: not counted
      expect(res.status).toBe(200);
    }
    for (let i = 0; i < 5; i++) {
      const res = await call('GET', '/api/v1/projects', { token: t });
      expect(res.status).toBe(200);
      expect(res.headers.get('x-ratelimit-remaining')).toBe(String(4 - i));
      clock.advance(1000);
    }
    const limited = await call('GET', '/api/v1/projects', { token: t });
    expectError(limited, 429, 'rate_limited');
    expect(limited.body).toMatchObject({ limit_per_minute: 5, limit_per_hour: 8, remaining_per_minute: 0 });
    // The first request leaves the window 60 s after it was made: 55 s from now.
    expect(limited.headers.get('retry-after')).toBe('55');
    expect(limited.headers.get('x-ratelimit-remaining')).toBe('0');
    // Another token is independent.
    expect((await call('GET', '/api/v1/projects', { token: token(mock, 'user') })).status).toBe(200);
    clock.advance(55_000);
    expect((await call('GET', '/api/v1/projects', { token: t })).status).toBe(200);
  });
  it('the hour window limits too, and reset() clears the windows', async () => {
    const t = token(mock, 'admin');
    for (let i = 0; i < 8; i++) {
      expect((await call('GET', '/api/v1/projects', { token: t })).status).toBe(200);
      clock.advance(61_000);
    }
    const limited = await call('GET', '/api/v1/projects', { token: t });
    expectError(limited, 429, 'rate_limited');
    expect(limited.body.remaining_per_hour).toBe(0);
    mock.reset();
    expect((await call('GET', '/api/v1/projects', { token: t })).status).toBe(200);
  });
});

