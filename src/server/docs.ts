/**
 * /api/docs: Swagger UI from the swagger-ui-dist package (no CDN), pointed at
 * /api/openapi.json, a copy of the served API's spec (openapi.yaml, or
 * specs/harvest-classic.yaml with `--api harvest-classic`) whose `servers`
 * is the mock itself so "Try it out" calls it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { ApiId } from '../apis/index.js';
import { loadDocument, specPath } from '../node.js';
import type { CoreRequest, CoreResponse } from '../core/types.js';

const require = createRequire(import.meta.url);
const distDir = dirname(require.resolve('swagger-ui-dist/package.json'));
const ASSETS: Record<string, string> = {
  'swagger-ui.css': 'text/css; charset=utf-8',
  'swagger-ui-bundle.js': 'application/javascript; charset=utf-8',
  'swagger-ui-standalone-preset.js': 'application/javascript; charset=utf-8',
  'favicon-32x32.png': 'image/png',
};
const cache = new Map<string, Buffer | string>();

function asset(name: string): Buffer {
  let b = cache.get(name) as Buffer | undefined;
  if (!b) cache.set(name, (b = readFileSync(join(distDir, name))));
  return b;
}

function specJson(api: ApiId, origin: string): string {
  const key = `spec:${api}:${origin}`;
  let s = cache.get(key) as string | undefined;
  if (!s) {
    cache.set(key, (s = JSON.stringify({ ...loadDocument(api), servers: [{ url: origin, description: 'this mock' }] })));
  }
  return s;
}

const escapeHtml = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const titleOf = (api: ApiId): string => String((loadDocument(api).info as { title?: unknown } | undefined)?.title ?? api);

const page = (api: ApiId) => `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>${escapeHtml(titleOf(api))} - mock docs</title>
  <link rel="stylesheet" href="/api/docs/swagger-ui.css">
  <link rel="icon" href="/api/docs/favicon-32x32.png">
</head>
<body>
  <div id="swagger-ui"></div>
  <script src="/api/docs/swagger-ui-bundle.js"></script>
  <script src="/api/docs/swagger-ui-standalone-preset.js"></script>
  <script src="/api/docs/init.js"></script>
</body>
</html>`;

const INIT = `window.ui = SwaggerUIBundle({
  url: '/api/openapi.json',
  dom_id: '#swagger-ui',
  deepLinking: true,
  displayOperationId: true,
  tryItOutEnabled: true,
  persistAuthorization: true,
  presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
  layout: 'StandaloneLayout',
});`;

/** Answer the docs routes of the served API, or null. */
export function handleDocs(req: CoreRequest, api: ApiId = 'timetracker'): CoreResponse | null {
  if (req.method !== 'GET') return null;
  const p = req.path;
  if (p === '/api/docs' || p === '/api/docs/') return { status: 200, headers: { 'content-type': 'text/html; charset=utf-8' }, body: page(api) };
  if (p === '/api/docs/init.js') return { status: 200, headers: { 'content-type': 'application/javascript; charset=utf-8' }, body: INIT };
  if (p.startsWith('/api/docs/')) {
    const name = p.slice('/api/docs/'.length);
    const type = ASSETS[name];
    if (type) return { status: 200, headers: { 'content-type': type, 'cache-control': 'max-age=3600' }, body: asset(name) };
    return null;
  }
  if (p === '/api/openapi.json') {
    const origin = `http://${req.headers.host ?? '127.0.0.1'}`;
    return { status: 200, headers: { 'content-type': 'application/json', 'access-control-allow-origin': '*' }, body: specJson(api, origin) };
  }
  if (p === '/api/openapi.yaml') {
    return { status: 200, headers: { 'content-type': 'application/yaml; charset=utf-8', 'access-control-allow-origin': '*' }, body: readFileSync(specPath(api), 'utf8') };
  }
  return null;
}
