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
const ASSETS = new Map([
  ['swagger-ui.css', 'text/css; charset=utf-8'],
  ['swagger-ui-bundle.js', 'application/javascript; charset=utf-8'],
  ['swagger-ui-standalone-preset.js', 'application/javascript; charset=utf-8'],
  ['favicon-32x32.png', 'image/png'],
]); // a Map: `/api/docs/constructor` must not find Object.prototype.constructor
const assets = new Map<string, Buffer>(); // at most ASSETS.size entries

function asset(name: string): Buffer {
  let b = assets.get(name);
  if (!b) assets.set(name, (b = readFileSync(join(distDir, name))));
  return b;
}

const SERVER_MARK = '\u0000server-url\u0000';
/** Per API (at most one entry per API of SPECS). */
const specParts = new Map<ApiId, [string, string]>();

/**
 * The API's spec as JSON with `servers[0].url` set. Parsed and serialized
 * once per API; each answer only splices the URL in, so no Host value grows
 * a cache.
 */
function specJson(api: ApiId, serverUrl: string): string {
  let parts = specParts.get(api);
  if (!parts) {
    const text = JSON.stringify({ ...loadDocument(api), servers: [{ url: SERVER_MARK, description: 'this mock' }] });
    const mark = JSON.stringify(SERVER_MARK);
    const at = text.indexOf(mark);
    specParts.set(api, (parts = [text.slice(0, at), text.slice(at + mark.length)]));
  }
  return `${parts[0]}${JSON.stringify(serverUrl)}${parts[1]}`;
}

const LOOPBACK_HOST = /^(?:localhost|127(?:\.\d{1,3}){3}|\[::1\])(?::\d{1,5})?$/i;

/** The mock's own URL when the Host header names a loopback address; otherwise the relative `/` (never an arbitrary Host reflected). */
function serverUrlOf(host: string | undefined): string {
  return host !== undefined && LOOPBACK_HOST.test(host) ? `http://${host.toLowerCase()}` : '/';
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
  if (req.method !== 'GET' && req.method !== 'HEAD') return null;
  const p = req.path;
  if (p === '/api/docs' || p === '/api/docs/') return { status: 200, headers: { 'content-type': 'text/html; charset=utf-8' }, body: page(api) };
  if (p === '/api/docs/init.js') return { status: 200, headers: { 'content-type': 'application/javascript; charset=utf-8' }, body: INIT };
  if (p.startsWith('/api/docs/')) {
    const name = p.slice('/api/docs/'.length);
    const type = ASSETS.get(name);
    if (type) return { status: 200, headers: { 'content-type': type, 'cache-control': 'max-age=3600' }, body: asset(name) };
    return null;
  }
  if (p === '/api/openapi.json') {
    return { status: 200, headers: { 'content-type': 'application/json', 'access-control-allow-origin': '*' }, body: specJson(api, serverUrlOf(req.headers.host)) };
  }
  if (p === '/api/openapi.yaml') {
    return { status: 200, headers: { 'content-type': 'application/yaml; charset=utf-8', 'access-control-allow-origin': '*' }, body: readFileSync(specPath(api), 'utf8') };
  }
  return null;
}
