/**
 * /api/docs in a real headless Chromium (Debian's package, driven by
 * playwright-core; no browser download): the page lists the operations and a
 * "Try it out" call against the mock succeeds.
 *
 * With a spec this size (282 operations) Swagger UI renders the operation list
 * virtually: only what is near the viewport is in the DOM. So the page is
 * read the way a reader sees it, scrolling down: every tag of the spec shows
 * up on the way, and an operation far down is reached by scrolling to it.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/chromium.js';
import { startCli, type Proc } from './process.js';

let mock: Proc;
let browser: Browser;

/** Scroll down in steps until `selector` is in the DOM, collecting the tag headings passed on the way. */
async function scrollDown(page: Page, until?: string): Promise<Set<string>> {
  const tags = new Set<string>();
  let lastY = -1;
  for (let step = 0; step < 400; step++) {
    for (const t of await page.locator('.opblock-tag[data-tag]').evaluateAll((els) => els.map((e) => e.getAttribute('data-tag') ?? ''))) tags.add(t);
    if (until && (await page.locator(until).count()) > 0) break;
    const y = await page.evaluate(() => window.scrollY);
    if (y === lastY) break;
    lastY = y;
    await page.mouse.wheel(0, 500); // less than the 720 px viewport: every item passes through it
    await page.waitForTimeout(50);
  }
  return tags;
}

beforeAll(async () => {
  mock = await startCli(['--port', '0', '--log', 'off']);
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await mock?.stop();
});

describe('the interactive API reference', () => {
  it('renders the operations and runs a call against the mock', async () => {
    const page = await browser.newPage();
    const failed: string[] = [];
    page.on('requestfailed', (r) => failed.push(r.url()));
    await page.goto(`${mock.baseUrl}/api/docs`);
    await page.waitForSelector('.opblock', { timeout: 30_000 });
    await page.screenshot({ path: join(tmpdir(), 'tt-docs.png') });
    const spec = (await (await fetch(`${mock.baseUrl}/api/openapi.json`)).json()) as { paths: Record<string, Record<string, { tags?: string[] }>> };
    const specTags = new Set(Object.values(spec.paths).flatMap((item) => Object.values(item).flatMap((op) => (typeof op === 'object' && op && 'tags' in op ? (op.tags ?? []) : []))));
    // The page holds every operation of the spec, and scrolling down passes every tag's heading.
    const held = await page.evaluate(() => (window as unknown as { ui: { specSelectors: { taggedOperations(): { toJS(): Record<string, { operations: unknown[] }> } } } }).ui.specSelectors.taggedOperations().toJS());
    expect(Object.keys(held).sort()).toEqual([...specTags].sort());
    const operations = Object.values(spec.paths).reduce((n, item) => n + ['get', 'post', 'put', 'patch', 'delete'].filter((m) => item[m]).length, 0);
    expect(Object.values(held).reduce((n, t) => n + t.operations.length, 0)).toBe(operations);
    expect([...(await scrollDown(page))].sort()).toEqual([...specTags].sort());
    await page.evaluate(() => window.scrollTo(0, 0));

    // Open GET /api/v1/health and "Execute" (the page opens with "Try it out" on).
    const op = page.locator('#operations-System-getHealth');
    await op.locator('.opblock-summary').click();
    await op.locator('button.execute').click();
    const status = op.locator('.live-responses-table tbody td.response-col_status').first();
    await expect.poll(async () => (await status.textContent())?.trim(), { timeout: 15_000 }).toBe('200');
    expect(await op.locator('.live-responses-table .microlight').first().textContent()).toContain('healthy');
    expect(failed.filter((u) => u.startsWith(mock.baseUrl))).toEqual([]);
  }, 90_000);

  it('"Try it out" on createTimeEntry with the prefilled example body creates the entry (201)', async () => {
    const tokens = (await (await fetch(`${mock.baseUrl}/__mock/tokens`)).json()) as { tokens: { token: string; scopes: string[] }[] };
    const admin = tokens.tokens.find((t) => t.scopes.includes('admin:all'))!.token;
    const page = await browser.newPage();
    await page.goto(`${mock.baseUrl}/api/docs`);
    await page.waitForSelector('.opblock', { timeout: 30_000 });
    await page.evaluate((t) => (window as unknown as { ui: { preauthorizeApiKey(k: string, v: string): void } }).ui.preauthorizeApiKey('apiKeyAuth', t), admin);
    const op = page.locator('#operations-Time_Entries-createTimeEntry');
    await scrollDown(page, '#operations-Time_Entries-createTimeEntry');
    await op.locator('.opblock-summary').click();
    const editor = op.locator('textarea.body-param__text');
    await expect.poll(async () => (await editor.inputValue()).includes('"project_id": 1'), { timeout: 15_000 }).toBe(true);
    expect(await editor.inputValue()).not.toContain('user_id'); // Swagger's generated sample sent user_id: 0 ("Invalid user")
    await op.locator('button.execute').click();
    const status = op.locator('.live-responses-table tbody td.response-col_status').first();
    await expect.poll(async () => (await status.textContent())?.trim(), { timeout: 15_000 }).toBe('201');
  }, 90_000);
});
