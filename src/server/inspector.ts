/**
 * The request inspector at /__mock/ (the banner's `control:` link): the
 * recent requests with method, path, operationId, status and latency, each
 * with its request and response headers and bodies (credentials masked by
 * the log), filters by operation, status and text, the requests that matched
 * no route, live (it polls `GET /__mock/requests?after=<seq>` every second).
 * One self-contained page: no framework, no CDN, request data only ever
 * written as text (never as HTML). Served by the control API, so it answers
 * loopback callers only unless --control-open.
 */
import type { EngineInternals } from '../core/engine.js';

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const STYLE = `
  :root { font: 13px/1.4 system-ui, sans-serif; color: #1f2933; }
  body { margin: 0; display: grid; grid-template-rows: auto 1fr; height: 100vh; }
  header { padding: 8px 12px; background: #243b53; color: #fff; display: flex; gap: 10px; align-items: center; flex-wrap: wrap; }
  header h1 { font-size: 15px; margin: 0 12px 0 0; }
  header input, header select, header button { font: inherit; padding: 2px 6px; }
  header label { display: flex; gap: 4px; align-items: center; }
  #count { margin-left: auto; opacity: .85; }
  main { display: grid; grid-template-columns: minmax(420px, 1fr) 1fr; min-height: 0; }
  #list { overflow: auto; border-right: 1px solid #d9e2ec; }
  table { border-collapse: collapse; width: 100%; }
  th, td { text-align: left; padding: 3px 8px; border-bottom: 1px solid #f0f4f8; white-space: nowrap; }
  th { position: sticky; top: 0; background: #f0f4f8; }
  tbody tr { cursor: pointer; }
  tbody tr:hover { background: #f5f7fa; }
  tbody tr.selected { background: #dceefb; }
  td.path { max-width: 360px; overflow: hidden; text-overflow: ellipsis; }
  .s2 { color: #147d64; } .s3 { color: #2680c2; } .s4 { color: #cb6e17; } .s5 { color: #ba2525; font-weight: 600; }
  .unmatched { color: #9aa5b1; font-style: italic; }
  #detail { overflow: auto; padding: 8px 12px; }
  #detail h2 { font-size: 14px; margin: 8px 0 4px; }
  #detail h3 { font-size: 12px; margin: 10px 0 2px; text-transform: uppercase; color: #627d98; }
  pre { background: #f5f7fa; padding: 6px 8px; margin: 0; white-space: pre-wrap; word-break: break-all; max-height: 40vh; overflow: auto; }
  .empty { color: #9aa5b1; padding: 12px; }
`;

const SCRIPT = `
const MAX = 1000;
let entries = [];
let last = 0;
let selected = null;
let paused = false;
const $ = (id) => document.getElementById(id);
const filters = { op: $('f-op'), status: $('f-status'), text: $('f-text'), unmatched: $('f-unmatched') };

function statusOk(s, want) {
  want = want.trim().toLowerCase();
  if (!want) return true;
  return want.split(',').some((w) => (w.trim().endsWith('xx') ? String(s)[0] === w.trim()[0] : String(s) === w.trim()));
}
function shown(e) {
  if (filters.op.value && e.operationId !== filters.op.value) return false;
  if (filters.unmatched.checked && (e.operationId !== null || e.fault === 'cors-preflight')) return false;
  if (!statusOk(e.status, filters.status.value)) return false;
  const t = filters.text.value.trim().toLowerCase();
  if (t && ![e.method, e.path, e.search, e.operationId || '', e.request.body || '', e.response.body || ''].some((h) => h.toLowerCase().includes(t))) return false;
  return true;
}
function cell(tr, text, cls) {
  const td = document.createElement('td');
  td.textContent = text;
  if (cls) td.className = cls;
  tr.appendChild(td);
}
function render() {
  const rows = entries.filter(shown).reverse();
  const body = $('rows');
  body.replaceChildren();
  for (const e of rows) {
    const tr = document.createElement('tr');
    tr.dataset.seq = e.seq;
    if (selected === e.seq) tr.className = 'selected';
    cell(tr, new Date(e.at).toISOString().slice(11, 23));
    cell(tr, e.method);
    cell(tr, e.path + (e.search ? '?' + e.search : ''), 'path');
    const preflight = e.fault === 'cors-preflight';
    cell(tr, e.operationId ?? (preflight ? 'CORS preflight' : 'no route'), e.operationId ? '' : 'unmatched');
    cell(tr, String(e.status) + (e.fault && !preflight ? ' (' + e.fault + ')' : ''), 's' + String(e.status)[0]);
    cell(tr, e.duration_ms.toFixed(1) + ' ms');
    tr.onclick = () => { selected = e.seq; render(); };
    body.appendChild(tr);
  }
  $('count').textContent = rows.length + ' shown of ' + entries.length + ' requests';
  $('empty').hidden = rows.length > 0;
  detail(entries.find((e) => e.seq === selected));
}
function pretty(text) {
  if (text === null) return '(no body)';
  try { return JSON.stringify(JSON.parse(text), null, 2); } catch { return text; }
}
function section(parent, title, text) {
  const h = document.createElement('h3');
  h.textContent = title;
  const pre = document.createElement('pre');
  pre.textContent = text;
  parent.append(h, pre);
}
function detail(e) {
  const d = $('detail');
  d.replaceChildren();
  if (!e) { const p = document.createElement('p'); p.className = 'empty'; p.textContent = 'Select a request to see its headers and bodies.'; d.appendChild(p); return; }
  const h = document.createElement('h2');
  h.textContent = '#' + e.seq + ' ' + e.method + ' ' + e.path + (e.search ? '?' + e.search : '') + ' -> ' + e.status;
  d.appendChild(h);
  section(d, 'operation', (e.operationId ?? 'no route matched') + '   ' + e.duration_ms + ' ms' + (e.token_prefix ? '   token ' + e.token_prefix + '…' : '') + (e.fault ? '   ' + e.fault : ''));
  const heads = (o) => Object.entries(o).map(([k, v]) => k + ': ' + v).join('\\n') || '(none)';
  section(d, 'request headers', heads(e.request.headers));
  section(d, 'request body' + (e.request.truncated ? ' (cut)' : ''), pretty(e.request.body));
  section(d, 'response headers', heads(e.response.headers));
  section(d, 'response body' + (e.response.truncated ? ' (cut)' : ''), pretty(e.response.body));
}
async function poll() {
  if (!paused) {
    try {
      const res = await fetch('/__mock/requests?limit=' + MAX + '&after=' + last);
      const data = await res.json();
      entries = entries.filter((e) => e.seq >= data.first_seq).concat(data.requests).slice(-MAX); // a reset or Clear drops older ones
      last = data.last_seq;
      $('state').textContent = 'live';
      render();
    } catch (err) {
      $('state').textContent = 'mock unreachable';
    }
  }
  setTimeout(poll, 1000);
}
for (const f of Object.values(filters)) f.addEventListener('input', render);
$('pause').onclick = () => { paused = !paused; $('pause').textContent = paused ? 'Resume' : 'Pause'; };
$('clear').onclick = async () => { await fetch('/__mock/requests', { method: 'DELETE' }); entries = []; selected = null; render(); };
render();
poll();
`;

/** The inspector page of an engine (its operations fill the filter). */
export function inspectorPage(engine: EngineInternals): string {
  const options = engine.operations.map((o) => `<option value="${escapeHtml(o.operationId)}">${escapeHtml(o.operationId)}</option>`).join('');
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>${escapeHtml(engine.api.title)} mock - requests</title>
  <style>${STYLE}</style>
</head>
<body>
  <header>
    <h1>${escapeHtml(engine.api.title)} mock: requests</h1>
    <label>operation <select id="f-op"><option value="">any</option>${options}</select></label>
    <label>status <input id="f-status" size="8" placeholder="4xx,201"></label>
    <label>text <input id="f-text" size="16" placeholder="path, body..."></label>
    <label><input type="checkbox" id="f-unmatched"> no route only</label>
    <button id="pause">Pause</button>
    <button id="clear">Clear</button>
    <span id="state">…</span>
    <span id="count"></span>
  </header>
  <main>
    <section id="list">
      <table>
        <thead><tr><th>time</th><th>method</th><th>path</th><th>operation</th><th>status</th><th>latency</th></tr></thead>
        <tbody id="rows"></tbody>
      </table>
      <p id="empty" class="empty">No requests yet: call the API and they appear here.</p>
    </section>
    <section id="detail"></section>
  </main>
  <script>${SCRIPT}</script>
</body>
</html>`;
}
