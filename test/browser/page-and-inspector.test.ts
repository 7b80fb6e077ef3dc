/**
 * The mock from a real page in Chromium (Debian's package, driven by
 * playwright-core), as a client app on another origin calls it:
 * - CORS: every documented credential (Bearer, the `Token` scheme,
 *   `X-API-Key`, the session cookie with `credentials: 'include'`) and
 *   `Idempotency-Key` pass preflight, the page reads the exposed headers;
 *   `--no-cors` blocks the page;
 * - the request inspector at /__mock/: the requests the page made, filters by
 *   operation, status, text and "no route", a request's masked headers and
 *   bodies, live updates; a screenshot goes to reports/inspector.png
 *   (git-ignored).
 */
import { mkdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/chromium.js';
import { REPO, startCli, type Proc } from '../server/process.js';

let mock: Proc;
let noCors: Proc;
let browser: Browser;
let app: Server;
let appOrigin: string;
let page: Page;
let admin: string;
let alice: string;

interface PageAnswer {
  status: number;
  body: any;
  headers: Record<string, string | null>;
  error?: string;
}

/** fetch from the page (another origin than the mock's), reading the named answer headers. */
function pageFetch(url: string, init: RequestInit & { read?: string[] } = {}): Promise<PageAnswer> {
  return page.evaluate(
    async ({ url, init }) => {
      try {
        const res = await fetch(url, init);
        const text = await res.text();
        const headers: Record<string, string | null> = {};
        for (const h of init.read ?? []) headers[h] = res.headers.get(h);
        return { status: res.status, body: text ? JSON.parse(text) : null, headers };
      } catch (e) {
        return { status: 0, body: null, headers: {}, error: String(e) };
      }
    },
    { url, init },
  );
}

beforeAll(async () => {
  [mock, noCors, browser] = await Promise.all([
    startCli(['-p', '0', '--log', 'off', '--now', '2026-01-15T09:00:00Z']),
    startCli(['-p', '0', '--log', 'off', '--no-cors']),
    launchChromium(),
  ]);
  app = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>client app</title><h1>client app</h1>'));
  await new Promise<void>((resolve) => app.listen(0, '127.0.0.1', resolve));
  const port = (app.address() as { port: number }).port;
  appOrigin = `http://127.0.0.1:${port}`;
  const tokens = ((await (await fetch(`${mock.baseUrl}/__mock/tokens`)).json()) as { tokens: { token: string; username: string; scopes: string[]; is_active: boolean; purpose: string }[] }).tokens;
  admin = tokens.find((t) => t.scopes.includes('admin:all'))!.token;
  alice = tokens.find((t) => t.username === 'alice' && t.purpose.startsWith('regular user'))!.token;
  page = await browser.newPage();
  await page.goto(appOrigin);
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await Promise.all([mock?.stop(), noCors?.stop()]);
  await new Promise((resolve) => app?.close(resolve));
});

describe('CORS from a page on another origin', () => {
  it('Bearer: a GET, and the page reads the rate-limit headers', async () => {
    const res = await pageFetch(`${mock.baseUrl}/api/v1/projects?per_page=2`, { headers: { Authorization: `Bearer ${admin}` }, read: ['x-ratelimit-remaining', 'x-ratelimit-limit'] });
    expect(res.error).toBeUndefined();
    expect(res.status).toBe(200);
    expect(res.body.projects).toHaveLength(2);
    expect(Number(res.headers['x-ratelimit-limit'])).toBeGreaterThan(0);
    expect(res.headers['x-ratelimit-remaining']).not.toBeNull();
  });
  it('the Token scheme and X-API-Key', async () => {
    const token = await pageFetch(`${mock.baseUrl}/api/v1/users/me`, { headers: { Authorization: `Token ${alice}` } });
    expect([token.error, token.status, token.body?.user?.username]).toEqual([undefined, 200, 'alice']);
    const key = await pageFetch(`${mock.baseUrl}/api/v1/users/me`, { headers: { 'X-API-Key': alice } });
    expect([key.error, key.status, key.body?.user?.username]).toEqual([undefined, 200, 'alice']);
  });
  it("the session cookie with credentials: 'include' (Access-Control-Allow-Credentials for the page's exact origin)", async () => {
    await page.context().addCookies([{ name: 'session', value: admin, url: mock.baseUrl }]);
    try {
      const withCookie = await pageFetch(`${mock.baseUrl}/api/version/check`, { credentials: 'include' });
      expect([withCookie.error, withCookie.status]).toEqual([undefined, 200]);
      const without = await pageFetch(`${mock.baseUrl}/api/version/check`, { credentials: 'omit' });
      expect(without.status).toBe(401); // the cookie is what authenticated the call
    } finally {
      await page.context().clearCookies();
    }
  });
  it('Idempotency-Key on a POST with a JSON body: the repeat is the same entry', async () => {
    const init = {
      method: 'POST',
      headers: { Authorization: `Bearer ${admin}`, 'Content-Type': 'application/json', 'Idempotency-Key': 'page-sync-1' },
      body: JSON.stringify({ project_id: 1, start_time: '2026-01-10T09:00:00', end_time: '2026-01-10T10:00:00' }),
    };
    const first = await pageFetch(`${mock.baseUrl}/api/v1/time-entries`, init);
    const again = await pageFetch(`${mock.baseUrl}/api/v1/time-entries`, init);
    expect([first.error, first.status, again.status]).toEqual([undefined, 201, 201]);
    expect(again.body.time_entry.id).toBe(first.body.time_entry.id);
  });
  it('Prefer from a page, and Preference-Applied read back', async () => {
    const res = await pageFetch(`${mock.baseUrl}/api/v1/projects`, { headers: { Authorization: `Bearer ${admin}`, Prefer: 'example=empty' }, read: ['preference-applied'] });
    expect([res.error, res.status, res.body?.projects, res.headers['preference-applied']]).toEqual([undefined, 200, [], 'example=empty']);
  });
  it('--no-cors: the page cannot read the answer', async () => {
    const res = await pageFetch(`${noCors.baseUrl}/api/v1/info`);
    expect(res.status).toBe(0);
    expect(res.error).toMatch(/TypeError/);
  });
});

describe('the request inspector at /__mock/', () => {
  let inspector: Page;
  const rows = () => inspector.locator('#rows tr');

  beforeAll(async () => {
    await pageFetch(`${mock.baseUrl}/api/v1/no-such-route`, { headers: { Authorization: `Bearer ${admin}` } });
    inspector = await browser.newPage({ viewport: { width: 1400, height: 800 } });
    await inspector.goto(`${mock.baseUrl}/__mock/`);
  }, 60_000);

  it('lists the requests the page made, newest first, with operation, status and latency', async () => {
    await expect.poll(() => rows().count(), { timeout: 10_000 }).toBeGreaterThanOrEqual(8);
    const first = await rows().first().locator('td').allTextContents();
    expect(first.slice(1, 5)).toEqual(['GET', '/api/v1/no-such-route', 'no route', '404']);
    expect(first[5]).toMatch(/^\d+\.\d ms$/);
    expect(await inspector.locator('#count').textContent()).toMatch(/shown of \d+ requests/);
  });
  it('filters by operation, status, text and "no route only"', async () => {
    const ops = async () => new Set(await rows().locator('td:nth-child(4)').allTextContents());
    await inspector.selectOption('#f-op', 'createTimeEntry');
    await expect.poll(ops).toEqual(new Set(['createTimeEntry']));
    expect(await rows().count()).toBe(2);
    await inspector.selectOption('#f-op', '');
    await inspector.fill('#f-status', '4xx');
    await expect.poll(async () => (await rows().locator('td:nth-child(5)').allTextContents()).every((s) => s.startsWith('4'))).toBe(true);
    expect(await rows().count()).toBeGreaterThanOrEqual(2); // the 401 without a cookie and the 404
    await inspector.fill('#f-status', '');
    await inspector.check('#f-unmatched');
    await expect.poll(ops).toEqual(new Set(['no route']));
    await inspector.uncheck('#f-unmatched');
    await inspector.fill('#f-text', 'page-sync-1');
    await expect.poll(() => rows().count()).toBe(0); // the key is a header, not in a path or body
    await inspector.fill('#f-text', 'start_time');
    await expect.poll(ops).toEqual(new Set(['createTimeEntry']));
    await inspector.fill('#f-text', '');
  });
  it("a request's headers and bodies, with the token masked", async () => {
    await inspector.selectOption('#f-op', 'createTimeEntry');
    await rows().first().click();
    const detail = inspector.locator('#detail');
    await expect.poll(() => detail.textContent()).toContain('request headers');
    const text = (await detail.textContent())!;
    expect(text).toContain(`authorization: Bearer ${admin.slice(0, 8)}…(masked)`);
    expect(text).toContain('idempotency-key: page-sync-1');
    expect(text).toContain('"project_id": 1');
    expect(text).toContain('"time_entry"');
    expect(await inspector.content()).not.toContain(admin);
    mkdirSync(join(REPO, 'reports'), { recursive: true });
    await inspector.screenshot({ path: join(REPO, 'reports', 'inspector.png') });
    await inspector.selectOption('#f-op', '');
  });
  it('updates live: a new request appears without a reload', async () => {
    await fetch(`${mock.baseUrl}/api/v1/info?live=1`);
    await expect.poll(async () => (await rows().first().locator('td:nth-child(3)').textContent()) ?? '', { timeout: 10_000 }).toBe('/api/v1/info?live=1');
  });
  it('POST /__mock/requests/count verifies what the page did ("called once")', async () => {
    const count = async (matcher: unknown) =>
      ((await (await fetch(`${mock.baseUrl}/__mock/requests/count`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(matcher) })).json()) as { count: number }).count;
    expect(await count({ operationId: 'createTimeEntry', status: 201, body: { project_id: 1 } })).toBe(2);
    expect(await count({ method: 'GET', path: '/api/version/check', status: 200 })).toBe(1);
    expect(await count({ unmatched: true })).toBe(1);
    const bad = await fetch(`${mock.baseUrl}/__mock/requests/count`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"colour":"red"}' });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { errors: Record<string, string[]> }).errors.matcher[0]).toBe('unknown matcher field(s): colour');
  });
});
