/**
 * /api/docs: Swagger UI from the swagger-ui-dist package (no CDN), pointed at
 * /api/openapi.json, a copy of openapi.yaml whose `servers` is the mock itself
 * so "Try it out" calls it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { SPEC_PATH } from '../core/spec.js';
import type { CoreRequest, CoreResponse } from '../core/types.js';

const require = createRequire(import.meta.url);
const distDir = dirname(require.resolve('swagger-ui-dist/package.json'));
const ASSETS = new Map([
  ['swagger-ui.css', 'text/css; charset=utf-8'],
  ['swagger-ui-bundle.js', 'application/javascript; charset=utf-8'],
  ['swagger-ui-standalone-preset.js', 'application/javascript; charset=utf-8'],
  ['favicon-32x32.png', 'image/png'],
]); // a Map: `/api/docs/constructor` must not find Object.prototype.constructor
const cache = new Map<string, Buffer | string>();

function asset(name: string): Buffer {
  let b = cache.get(name) as Buffer | undefined;
  if (!b) cache.set(name, (b = readFileSync(join(distDir, name))));
  return b;
}

function specJson(origin: string): string {
  const key = `spec:${origin}`;
  let s = cache.get(key) as string | undefined;
  if (!s) {
    const doc = parse(readFileSync(SPEC_PATH, 'utf8')) as Record<string, unknown>;
    doc.servers = [{ url: origin, description: 'this mock' }];
    cache.set(key, (s = JSON.stringify(doc)));
  }
  return s;
}

const PAGE = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>TimeTracker API v1 - mock docs</title>
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

/** Answer the docs routes, or null. */
export function handleDocs(req: CoreRequest): CoreResponse | null {
  if (req.method !== 'GET' && req.method !== 'HEAD') return null;
  const p = req.path;
  if (p === '/api/docs' || p === '/api/docs/') return { status: 200, headers: { 'content-type': 'text/html; charset=utf-8' }, body: PAGE };
  if (p === '/api/docs/init.js') return { status: 200, headers: { 'content-type': 'application/javascript; charset=utf-8' }, body: INIT };
  if (p.startsWith('/api/docs/')) {
    const name = p.slice('/api/docs/'.length);
    const type = ASSETS.get(name);
    if (type) return { status: 200, headers: { 'content-type': type, 'cache-control': 'max-age=3600' }, body: asset(name) };
    return null;
  }
  if (p === '/api/openapi.json') {
    const origin = `http://${req.headers.host ?? '127.0.0.1'}`;
    return { status: 200, headers: { 'content-type': 'application/json', 'access-control-allow-origin': '*' }, body: specJson(origin) };
  }
  if (p === '/api/openapi.yaml') {
    return { status: 200, headers: { 'content-type': 'application/yaml; charset=utf-8', 'access-control-allow-origin': '*' }, body: readFileSync(SPEC_PATH, 'utf8') };
  }
  return null;
}
