/**
 * `npm run size:browser`: what the browser entry costs a client app, bundled
 * and minified by esbuild for the browser, raw and gzipped:
 * - the entry alone (msw left external: the app has MSW anyway);
 * - the entry with msw/browser's setupWorker (what the demo page loads);
 * - msw/browser alone, for comparison;
 * and the largest inputs of the entry. Figures only; nothing is asserted.
 */
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { build, type Metafile } from 'esbuild';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

async function bundle(contents: string, external: string[]): Promise<{ bytes: Uint8Array; meta: Metafile }> {
  const out = await build({
    stdin: { contents, resolveDir: ROOT, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    metafile: true,
    external,
    alias: { 'timetracker-mock-kit/browser': `${ROOT}src/browser.ts` },
    logLevel: 'error',
  });
  return { bytes: out.outputFiles[0]!.contents, meta: out.metafile };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
const row = (name: string, bytes: Uint8Array) => `| ${name} | ${kb(bytes.length)} | ${kb(gzipSync(bytes, { level: 9 }).length)} |`;

const entry = await bundle(`export * from 'timetracker-mock-kit/browser';`, ['msw']);
const withMsw = await bundle(`import { setupWorker } from 'msw/browser'; import { createHandlers } from 'timetracker-mock-kit/browser'; export const start = () => setupWorker(...createHandlers({ seed: 1 }).handlers).start();`, []);
const mswOnly = await bundle(`import { setupWorker } from 'msw/browser'; import { http } from 'msw'; export const start = () => setupWorker(http.get('/x', () => undefined)).start();`, []);

console.log('| bundle (esbuild, minified, browser) | raw | gzip -9 |');
console.log('|---|---|---|');
console.log(row('`timetracker-mock-kit/browser` alone (msw external)', entry.bytes));
console.log(row('the entry + `msw/browser` setupWorker (the demo page)', withMsw.bytes));
console.log(row('`msw/browser` setupWorker alone', mswOnly.bytes));

const byPart = new Map<string, number>();
for (const [input, { bytesInOutput }] of Object.entries(Object.values(entry.meta.outputs)[0]!.inputs)) {
  const part = input.startsWith('node_modules/') ? input.split('/').slice(0, input.includes('/@') ? 3 : 2).join('/') : input.split('/').slice(0, 3).join('/');
  byPart.set(part, (byPart.get(part) ?? 0) + bytesInOutput);
}
console.log('\nlargest parts of the entry (minified bytes):');
for (const [part, bytes] of [...byPart].sort((a, b) => b[1] - a[1]).slice(0, 8)) console.log(`  ${kb(bytes).padStart(9)}  ${part}`);
