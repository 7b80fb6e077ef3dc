/**
 * The same seed and `--now` give the same bytes on any day: two "processes"
 * configured by the CLI's own parser (`--now`, `--seed`) whose clocks read
 * real time on different wall-clock days (`createClock({ realNow })`, which is
 * all a machine's date can change) answer a full listing (every read, a
 * login and what it issues, a write and its stamps, the tokens) byte for
 * byte alike. Their clocks run (they tick the same way), so this also holds
 * for the default running clock of `--now`, not only `--freeze`. Without
 * `--now` the data follows the day, which is what `--now` is for.
 */
import { describe, expect, it } from 'vitest';
import { parseConfig, type CliConfig } from '../../src/server/cli.js';
import { createEngine } from '../../src/node.js';

/** A wall clock on `day` that moves 1 ms each time it is read. */
const wallClock = (day: string) => {
  let t = Date.parse(day);
  return () => t++;
};

function engineOn(day: string, args: string[]) {
  const config = parseConfig(['--seed', '7', ...args], {}, { realNow: wallClock(day) }) as CliConfig;
  return createEngine(config.engine);
}

async function listing(engine: ReturnType<typeof engineOn>): Promise<string> {
  const admin = engine.tokens().find((t) => t.scopes.includes('admin:all'))!.token;
  const out: unknown[] = [];
  const call = async (method: string, url: string, token: string | null, body?: unknown) => {
    const [path, search = ''] = url.split('?');
    const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
    if (body !== undefined) headers['content-type'] = 'application/json';
    const res = await engine.handle({ method, path, search, headers, body: body === undefined ? undefined : JSON.stringify(body), remoteAddress: '127.0.0.1' });
    const text = res.body instanceof Uint8Array ? new TextDecoder().decode(res.body) : typeof res.body === 'string' ? res.body : JSON.stringify(res.body);
    out.push([method, url, res.status, res.headers, text]);
    return text;
  };
  for (const op of engine.operations) {
    if (op.method !== 'GET' || op.params.some((p) => p.required && p.in === 'query')) continue;
    await call('GET', `${op.path.replace(/\{[^}]+\}/g, '1')}?per_page=100`, admin);
  }
  await call('GET', '/api/v1/search?q=a', admin);
  const login = JSON.parse(await call('POST', '/api/v1/auth/login', null, { username: 'alice', password: 'alice' })) as { token: string };
  await call('GET', '/api/v1/users/me', login.token);
  await call('POST', '/api/v1/time-entries', admin, { project_id: 1, start_time: '2026-01-10T09:00:00', end_time: '2026-01-10T10:00:00', notes: 'same bytes' });
  await call('POST', '/api/v1/timer/start', login.token, { project_id: 1 });
  await call('GET', '/api/v1/timer/status', login.token);
  await call('GET', '/api/v1/time-entries?per_page=100&page=1', admin);
  out.push(engine.tokens());
  return JSON.stringify(out);
}

describe('same seed and --now, same bytes on any day', () => {
  it('two processes on different wall-clock days answer a full listing alike, with a running clock and with --freeze', async () => {
    for (const extra of [[], ['--freeze']]) {
      const args = ['--now', '2026-01-15T09:00:00', ...extra];
      const monday = await listing(engineOn('2026-03-02T08:00:00Z', args));
      const later = await listing(engineOn('2027-07-19T21:30:00Z', args));
      expect(monday.length).toBeGreaterThan(100_000);
      expect(later === monday, `${extra.join(' ')}: the listings differ`).toBe(true);
      expect(monday).toContain('"token":"tt_'); // the login's token is in it, and it is the same
    }
  });
  it('the bytes do depend on --now and --seed, and without --now on the day', async () => {
    const base = await listing(engineOn('2026-03-02T08:00:00Z', ['--now', '2026-01-15T09:00:00']));
    expect(await listing(engineOn('2026-03-02T08:00:00Z', ['--now', '2026-01-16T09:00:00']))).not.toBe(base);
    expect(await listing(engineOn('2026-03-02T08:00:00Z', ['--now', '2026-01-15T09:00:00', '--seed', '8']))).not.toBe(base);
    expect(await listing(engineOn('2026-03-02T08:00:00Z', []))).not.toBe(await listing(engineOn('2026-03-03T08:00:00Z', [])));
  });
});
