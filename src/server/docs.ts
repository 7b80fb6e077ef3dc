/**
 * /api/docs: Swagger UI from the swagger-ui-dist package (no CDN), pointed at
 * /api/openapi.json, a copy of the served API's spec (openapi.yaml, or
 * specs/harvest-classic.yaml with `--api harvest-classic`) whose `servers`
 * is the mock itself so "Try it out" calls it. swagger-ui-dist is an optional
 * peer dependency: without it /api/docs answers one line saying how to add
 * it, and the spec routes work as before.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { ApiId } from '../apis/index.js';
import { loadDocument, specPath } from '../node.js';
import type { CoreRequest, CoreResponse } from '../core/types.js';

/** Where swagger-ui-dist is installed, or null (looked up once, on first use). */
let distDir: string | null | undefined;
function swaggerUiDir(): string | null {
  if (distDir === undefined) {
    try {
      distDir = dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));
    } catch {
      distDir = null;
    }
  }
  return distDir;
}

/** The one line /api/docs answers when swagger-ui-dist is not installed. */
export const DOCS_MISSING = 'The interactive docs need the optional package swagger-ui-dist: npm install --save-dev swagger-ui-dist (the spec itself: /api/openapi.json, /api/openapi.yaml)';

/** Whether /api/docs can serve Swagger UI. */
export const docsAvailable = (): boolean => swaggerUiDir() !== null;
const ASSETS = new Map([
  ['swagger-ui.css', 'text/css; charset=utf-8'],
  ['swagger-ui-bundle.js', 'application/javascript; charset=utf-8'],
  ['swagger-ui-standalone-preset.js', 'application/javascript; charset=utf-8'],
  ['favicon-32x32.png', 'image/png'],
]); // a Map: `/api/docs/constructor` must not find Object.prototype.constructor
const assets = new Map<string, Buffer>(); // at most ASSETS.size entries

function asset(dir: string, name: string): Buffer {
  let b = assets.get(name);
  if (!b) assets.set(name, (b = readFileSync(join(dir, name))));
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
  // The browser's own request for the docs and inspector pages: not a client's call, so not in the request log.
  if (p === '/favicon.ico') {
    const dir = swaggerUiDir();
    return dir ? { status: 200, headers: { 'content-type': 'image/png', 'cache-control': 'max-age=3600' }, body: asset(dir, 'favicon-32x32.png') } : { status: 204, headers: {} };
  }
  if (p === '/api/docs' || p.startsWith('/api/docs/')) {
    const dir = swaggerUiDir();
    if (dir === null) return { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: `${DOCS_MISSING}\n` };
    if (p === '/api/docs' || p === '/api/docs/') return { status: 200, headers: { 'content-type': 'text/html; charset=utf-8' }, body: page(api) };
    if (p === '/api/docs/init.js') return { status: 200, headers: { 'content-type': 'application/javascript; charset=utf-8' }, body: INIT };
    const name = p.slice('/api/docs/'.length);
    const type = ASSETS.get(name);
    if (type) return { status: 200, headers: { 'content-type': type, 'cache-control': 'max-age=3600' }, body: asset(dir, name) };
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
