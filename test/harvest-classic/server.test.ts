/**
 * `npm start -- --api harvest-classic` (and MOCK_API): the banner, bad
 * flags, the docs page of the Harvest spec, and the control API, over
 * real loopback HTTP. TimeTracker stays the default API.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, startCli, type Proc } from '../server/process.js';

describe('the mock CLI serving Harvest classic', () => {
  let mock: Proc;
  beforeAll(async () => {
    mock = await startCli(['--port', '0', '--host', '127.0.0.1', '--log', 'off'], { MOCK_API: 'harvest-classic' });
  }, 60_000);
  afterAll(async () => {
    await mock?.stop();
  });

  it('says what it serves and how to log in', () => {
    const out = mock.output();
    expect(out).toMatch(/^Harvest classic .* mock listening on http:\/\/127\.0\.0\.1:\d+/m);
    expect(out).toMatch(/throttle: harvest/);
    expect(out).toMatch(/admin@example\.com\/admin .*HTTP Basic/);
  });

  it('refuses bad flags in one line with exit 2', async () => {
    for (const args of [['--api', 'nosuch'], ['--api', 'harvest-classic', '--scenario', 'large'], ['--api', 'harvest-classic', '--single-active-timer', 'off'], ['--api', 'harvest-classic', '--defect', 'wrong-type']]) {
      const r = await runCli(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr.split('\n')[0]).toMatch(/^timetracker-mock: /);
      expect(r.stderr).not.toMatch(/\bat \w+ \(/);
    }
    const help = await runCli(['--help']);
    expect(help.stdout).toMatch(/--api <name> +timetracker \| harvest-classic/);
    expect(help.stdout).toMatch(/unwrapped-resource/);
  });

  it('serves the docs page and the spec of the API it serves', async () => {
    const page = await (await fetch(`${mock.baseUrl}/api/docs`)).text();
    expect(page).toMatch(/<title>Harvest classic API/);
    const spec = (await (await fetch(`${mock.baseUrl}/api/openapi.json`)).json()) as { info: { title: string }; servers: { url: string }[]; paths: Record<string, unknown> };
    expect(spec.info.title).toMatch(/^Harvest classic/);
    expect(spec.servers[0].url).toBe(mock.baseUrl);
    expect(Object.keys(spec.paths)).toContain('/daily/add');
    expect(await (await fetch(`${mock.baseUrl}/api/openapi.yaml`)).text()).toMatch(/^openapi: 3\.0\.3/);
  });

  it('has the control API: tokens and logins, clock, snapshots, reset, request log', async () => {
    const ctl = (path: string, init?: RequestInit) => fetch(`${mock.baseUrl}/__mock/${path}`, init).then((r) => r.json() as Promise<Record<string, unknown>>);
    const { tokens, users } = (await ctl('tokens')) as { tokens: { username: string; role: string }[]; users: { username: string; role: string }[] };
    expect(users.map((u) => u.role)).toEqual(expect.arrayContaining(['admin', 'project_manager', 'regular']));
    expect(tokens.find((t) => t.username === 'manager@example.com')?.role).toBe('project_manager');
    const auth = { authorization: `Basic ${Buffer.from('admin@example.com:admin').toString('base64')}`, 'content-type': 'application/json' };
    const { id } = (await ctl('snapshots', { method: 'POST' })) as { id: string };
    const made = await fetch(`${mock.baseUrl}/tasks`, { method: 'POST', headers: auth, body: JSON.stringify({ task: { name: 'control test' } }) });
    expect(made.status).toBe(201);
    const location = made.headers.get('location')!;
    await ctl(`snapshots/${id}/restore`, { method: 'POST' });
    expect((await fetch(`${mock.baseUrl}${location}`, { headers: auth })).status).toBe(404);
    await ctl('clock', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ set: '2026-03-02T09:00:00Z' }) });
    const daily = (await (await fetch(`${mock.baseUrl}/daily`, { headers: auth })).json()) as { for_day: string };
    expect(daily.for_day).toBe('2026-03-02');
    const { requests } = (await ctl('requests?limit=3')) as { requests: { operationId: string }[] };
    expect(requests.map((r) => r.operationId)).toContain('getDaily');
    expect(await ctl('reset', { method: 'POST' })).toMatchObject({ scenario: 'default', seed: 1 });
    expect(await ctl('health')).toMatchObject({ status: 'ok', projects: 5 });
  });
});
