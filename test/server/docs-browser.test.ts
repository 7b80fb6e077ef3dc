/**
 * /api/docs in a real headless Chromium (Debian's package, driven by
 * playwright-core; no browser download): the page lists the operations and a
 * "Try it out" call against the mock succeeds.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/chromium.js';
import { startCli, type Proc } from './process.js';

let mock: Proc;
let browser: Browser;

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
    const summaries = await page.locator('.opblock-summary-path').allTextContents();
    expect(summaries.length).toBeGreaterThanOrEqual(40);
    expect(summaries.join(' ')).toContain('/api/v1/projects');
    await page.screenshot({ path: join(tmpdir(), 'tt-docs.png') });

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
    await op.locator('.opblock-summary').click();
    const editor = op.locator('textarea.body-param__text');
    await expect.poll(async () => (await editor.inputValue()).includes('"project_id": 1'), { timeout: 15_000 }).toBe(true);
    expect(await editor.inputValue()).not.toContain('user_id'); // Swagger's generated sample sent user_id: 0 ("Invalid user")
    await op.locator('button.execute').click();
    const status = op.locator('.live-responses-table tbody td.response-col_status').first();
    await expect.poll(async () => (await status.textContent())?.trim(), { timeout: 15_000 }).toBe('201');
  }, 90_000);
});
