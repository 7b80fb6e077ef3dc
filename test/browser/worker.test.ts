/**
 * The kit in a browser: examples/browser/ (the demo page a client developer
 * copies) bundled with esbuild from the browser entry, MSW's worker script as
 * `msw init` writes it, a static server on a free loopback port, and Debian's
 * Chromium driven by playwright-core. The page lists projects, creates one
 * and starts and stops a timer; every /api/v1 call is answered by the service
 * worker (the static server has no such route and must see none of them).
 * The same seed gives the same data as the Node entry, for two seeds and two
 * "nows".
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClock } from '../../src/core/clock.js';
import { createEngine } from '../../src/node.js';
import { launchChromium } from '../support/chromium.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8' };

let dir: string;
let server: Server;
let base: string;
let browser: Browser;
const apiHits: string[] = [];

beforeAll(async () => {
  browser = await launchChromium();
  dir = mkdtempSync(join(tmpdir(), 'tt-worker-'));
  // The page as a client developer builds it: their bundler, the package's browser entry (here: its source).
  await build({
    entryPoints: [join(ROOT, 'examples/browser/main.js')],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    outfile: join(dir, 'main.js'),
    alias: { 'timetracker-mock-kit/browser': join(ROOT, 'src/browser.ts') },
    logLevel: 'error',
  });
  copyFileSync(join(ROOT, 'examples/browser/index.html'), join(dir, 'index.html'));
  const init = spawnSync(process.execPath, [join(ROOT, 'node_modules/msw/cli/index.js'), 'init', dir, '--no-save'], { cwd: ROOT, encoding: 'utf8' });
  if (init.status !== 0 || !existsSync(join(dir, 'mockServiceWorker.js'))) throw new Error(`msw init failed: ${init.stdout}${init.stderr}`);

  server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path.startsWith('/api/')) apiHits.push(`${req.method} ${path}`);
    const file = join(dir, path === '/' ? 'index.html' : path.slice(1));
    if (!file.startsWith(dir) || !existsSync(file) || path.includes('..')) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' }).end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function open(seed: number, now: string): Promise<Page> {
  const context = await browser.newContext(); // its own service worker registration
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${base}/?seed=${seed}&now=${encodeURIComponent(now)}`);
  await expect.poll(async () => `${await page.locator('#status').textContent()}${errors.join(' ')}`, { timeout: 20_000 }).toBe('ready');
  return page;
}

/** What the Node entry answers for the same seed and clock. */
function nodeAnswer(seed: number, now: string, path: string, search: string): unknown {
  const engine = createEngine({ seed, clock: createClock({ frozenAt: Date.parse(now) }) });
  const admin = engine.tokens().find((t) => t.is_active && t.scopes.includes('admin:all'))!.token;
  const { body } = engine.handle({ method: 'GET', path, search, headers: { authorization: `Bearer ${admin}` } }) as { body: unknown };
  // Data-only reads come back encoded (the read cache), others as objects.
  if (body instanceof Uint8Array) return JSON.parse(new TextDecoder().decode(body));
  return typeof body === 'string' ? JSON.parse(body) : body;
}

/** The same GET from the page, through the service worker, with the mock's admin token. */
function pageAnswer(page: Page, path: string, search: string): Promise<unknown> {
  return page.evaluate(async ([p, s]) => {
    const mock = (window as unknown as { mock: { tokens(): { token: string; is_active: boolean; scopes: string[] }[] } }).mock;
    const admin = mock.tokens().find((t) => t.is_active && t.scopes.includes('admin:all'))!.token;
    return (await fetch(`${p}?${s}`, { headers: { authorization: `Bearer ${admin}` } })).json();
  }, [path, search] as const);
}

describe('the demo page in Chromium, answered by the service worker', () => {
  it('lists projects, creates one, starts and stops a timer', async () => {
    const now = '2026-11-16T10:00:00Z';
    const page = await open(1, now);
    const expected = (nodeAnswer(1, now, '/api/v1/projects', 'status=active&per_page=100') as { projects: { name: string }[] }).projects.map((p) => p.name);
    expect(expected.length).toBeGreaterThan(3);
    expect(await page.locator('#projects li').allTextContents()).toEqual(expected);

    await page.fill('#project-name', 'Browser project');
    await page.click('#create-project');
    await expect.poll(() => page.locator('#projects li').allTextContents(), { timeout: 10_000 }).toContain('Browser project');
    expect(await page.locator('#projects li').count()).toBe(expected.length + 1);

    await page.selectOption('#timer-project', { label: 'Browser project' });
    await page.click('#start-timer');
    await expect.poll(() => page.locator('#timer-status').textContent(), { timeout: 10_000 }).toBe('running on Browser project since 2026-11-16T10:00:00');
    await page.evaluate(() => (window as unknown as { mock: { clock: { advance(ms: number): void } } }).mock.clock.advance(90_000));
    await page.click('#stop-timer');
    await expect.poll(() => page.locator('#timer-status').textContent(), { timeout: 10_000 }).toBe('stopped: 90 s on Browser project');
    expect(await page.locator('#status').textContent()).toBe('ready');
    await page.screenshot({ path: join(tmpdir(), 'tt-worker-demo.png') });
    await page.context().close();
    // Every API call was answered in the browser.
    expect(apiHits).toEqual([]);
  }, 90_000);

  for (const [seed, now] of [
    [1, '2026-11-16T10:00:00Z'],
    [7, '2027-02-27T23:30:00Z'],
  ] as const) {
    it(`gives the same data as Node for seed ${seed} at ${now}`, async () => {
      const page = await open(seed, now);
      for (const [path, search] of [
        ['/api/v1/clients', 'per_page=100'],
        ['/api/v1/projects', 'per_page=100'],
        ['/api/v1/tasks', 'per_page=100'],
        ['/api/v1/time-entries', 'per_page=100'],
        ['/api/v1/quotes', 'per_page=100'],
      ] as const) {
        expect(await pageAnswer(page, path, search), path).toEqual(nodeAnswer(seed, now, path, search));
      }
      await page.context().close();
      expect(apiHits).toEqual([]);
    }, 60_000);
  }
});
