/**
 * Dredd hooks: auth, ids of resources created at run time, and cleanup.
 *
 * Dredd is the second, independent runner (contract-tests/README.md). It
 * sends one request per documented response and compares the answer with the
 * spec's example for it. These hooks:
 * - skip every transaction whose expected status is not 2xx (Dredd 14 runs
 *   them for OpenAPI 3 and they cannot be produced without fault injection),
 *   and operations the run excludes (read-only mode, x-mock-only, --only/--skip);
 * - add `Authorization: Bearer <CONTRACT_TOKEN>`;
 * - create a client, project, task, time entry and quote before the run
 *   (or, read-only, find existing ones) and put their ids into the paths and
 *   bodies in place of the spec's example ids; each destructive operation gets
 *   its own throwaway resource;
 * - undo what each transaction did (stop timers, delete entries, archive
 *   projects, move stock back) and write one result per transaction to
 *   CONTRACT_DREDD_RESULTS for `npm run contract`.
 *
 * CommonJS because Dredd loads hook files with require(). Settings come from
 * the environment and from the plan file the runner writes (CONTRACT_DREDD_PLAN).
 */
/* eslint-disable */
const hooks = require('hooks');
const fs = require('fs');
const crypto = require('crypto');

const env = process.env;
const plan = env.CONTRACT_DREDD_PLAN ? JSON.parse(fs.readFileSync(env.CONTRACT_DREDD_PLAN, 'utf8')) : standalonePlan();

/**
 * Without the runner (`CONTRACT_TOKEN=tt_... npx dredd`): the same plan,
 * read from the spec and the environment, with the same write rule
 * (loopback, or CONTRACT_ALLOW_WRITES) and no results file.
 */
function standalonePlan() {
  const path = require('path');
  const YAML = require('yaml');
  const cfg = hooks.configuration || {};
  const endpoint = String(env.CONTRACT_BASE_URL || cfg.endpoint || (cfg.options && cfg.options.endpoint) || 'http://127.0.0.1:4010').replace(/\/+$/, '');
  const specFile = env.CONTRACT_SPEC || path.join(__dirname, '..', 'openapi.yaml');
  const doc = YAML.parse(fs.readFileSync(specFile, 'utf8'));
  const operations = [];
  for (const [p, item] of Object.entries(doc.paths || {})) {
    for (const [m, op] of Object.entries(item)) {
      if (!op || typeof op !== 'object' || !op.operationId) continue;
      const security = Array.isArray(op.security) ? op.security : doc.security || [];
      operations.push({ operationId: op.operationId, method: m.toUpperCase(), path: p, safe: m === 'get', mockOnly: op['x-mock-only'] === true, authenticated: security.length > 0, hasBody: !!op.requestBody });
    }
  }
  const host = new URL(endpoint).hostname.replace(/^\[|\]$/g, '');
  const loopback = host === 'localhost' || host.endsWith('.localhost') || /^127\./.test(host) || host === '::1';
  const truthy = (v) => /^(1|true|yes|on)$/i.test(String(v || ''));
  const readOnly = truthy(env.CONTRACT_READ_ONLY);
  const list = (v) => String(v || '').split(',').map((x) => x.trim()).filter(Boolean);
  return {
    baseUrl: endpoint,
    writes: !readOnly && (loopback || truthy(env.CONTRACT_ALLOW_WRITES)),
    readOnlyReason: readOnly ? 'read-only mode (CONTRACT_READ_ONLY)' : `read-only mode: ${host} is not loopback; set CONTRACT_ALLOW_WRITES=1`,
    includeMockOnly: truthy(env.CONTRACT_INCLUDE_MOCK_ONLY),
    only: list(env.CONTRACT_ONLY),
    skip: list(env.CONTRACT_SKIP),
    entryDate: env.CONTRACT_ENTRY_DATE || new Date(Date.now() - 86400000).toISOString().slice(0, 10),
    resultsFile: env.CONTRACT_DREDD_RESULTS || '',
    operations,
  };
}
const BASE = plan.baseUrl;
const TOKEN = env.CONTRACT_TOKEN;
const RUN = crypto.randomBytes(3).toString('hex');
const GHOST = 2147480001;
const opsByKey = new Map(plan.operations.map((o) => [`${o.method} ${o.path}`, o]));
const results = [];
const fixtures = {};
const fixtureProblems = {};
const globalCleanups = [];
let counter = 0;
let slotCursor = crypto.randomBytes(2).readUInt16BE(0) % 120;

const name = (kind) => `contract ${RUN} dredd ${kind} ${++counter}`;

/** Time entries of Dredd go between 12:00 and 18:00 of the entry day (suites: 00:00-12:00). */
function slot(minutes) {
  const bandStart = Date.parse(`${plan.entryDate}T12:00:00Z`);
  if (slotCursor + minutes + 1 > 360) slotCursor = 0;
  const start = bandStart + slotCursor * 60000;
  slotCursor += minutes + 1;
  const iso = (ms) => new Date(ms).toISOString().slice(0, 19);
  return { start: iso(start), end: iso(start + minutes * 60000) };
}

/**
 * Per-token rate limit: remember what the server said about the budget and
 * wait for the window to reset before it runs out, so Dredd's own
 * transactions are not answered 429 (Dredd does not retry).
 */
const MAX_WAIT_S = Number(env.CONTRACT_MAX_RATE_WAIT || 65);
let budget = { remaining: Infinity, resetAt: 0 };
function noteRateHeaders(get) {
  const remaining = Number(get('x-ratelimit-remaining'));
  const reset = Number(get('x-ratelimit-reset'));
  if (Number.isFinite(remaining) && Number.isFinite(reset)) budget = { remaining, resetAt: reset * 1000 };
}
async function pace() {
  if (budget.remaining > 2) return;
  const wait = budget.resetAt - Date.now() + 250;
  if (wait > 0 && wait <= MAX_WAIT_S * 1000) await new Promise((r) => setTimeout(r, wait));
  budget = { remaining: Infinity, resetAt: 0 };
}

async function api(method, path, body) {
  // Read-only mode: never send anything but GET, whatever a hook asks for.
  if (!plan.writes && method !== 'GET') throw new Error(plan.readOnlyReason);
  await pace();
  const headers = { Accept: 'application/json', Authorization: `Bearer ${TOKEN}` };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const res = await fetch(BASE + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), signal: AbortSignal.timeout(15000) });
  noteRateHeaders((h) => res.headers.get(h));
  const text = await res.text();
  let json;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  if (res.status === 429) {
    const wait = Number(res.headers.get('retry-after'));
    if (Number.isFinite(wait) && wait <= MAX_WAIT_S) {
      await new Promise((r) => setTimeout(r, wait * 1000 + 250));
      return api(method, path, body);
    }
  }
  return { status: res.status, json, text };
}

/** A prerequisite call: 2xx or throw. */
async function must(method, path, body) {
  const r = await api(method, path, body);
  if (r.status < 200 || r.status >= 300) throw new Error(`prerequisite ${method} ${path} answered ${r.status}: ${r.text.slice(0, 160)}`);
  return r.json || {};
}

const quiet = (method, path, body) => api(method, path, body).catch(() => undefined);

/** DELETE a client; one that still has (archived) projects answers 400 and is set inactive instead. */
async function removeClient(id) {
  const r = await api('DELETE', `/api/v1/clients/${id}`).catch(() => undefined);
  if (r && r.status === 400) await quiet('PUT', `/api/v1/clients/${id}`, { status: 'inactive' });
}
async function createClient(cleanups) {
  const b = await must('POST', '/api/v1/clients', { name: name('client'), email: 'dredd@example.com' });
  const id = b.client.id;
  cleanups.push(() => removeClient(id));
  return id;
}
async function createProject(cleanups, clientId) {
  const b = await must('POST', '/api/v1/projects', { name: name('project'), client_id: clientId });
  const id = b.project.id;
  cleanups.push(() => quiet('DELETE', `/api/v1/projects/${id}`));
  return id;
}
async function createTask(cleanups, projectId) {
  const b = await must('POST', '/api/v1/tasks', { name: name('task'), project_id: projectId });
  const id = b.task.id;
  cleanups.push(() => quiet('DELETE', `/api/v1/tasks/${id}`));
  return id;
}
function entryBody(projectId) {
  const s = slot(10);
  return { project_id: projectId, start_time: s.start, end_time: s.end, notes: name('entry'), billable: true };
}
async function createEntry(cleanups, projectId) {
  for (let i = 0; ; i++) {
    const r = await api('POST', '/api/v1/time-entries', entryBody(projectId));
    if (r.status === 400 && /overlap/i.test(r.text) && i < 3) continue;
    if (r.status < 200 || r.status >= 300) throw new Error(`prerequisite POST /api/v1/time-entries answered ${r.status}: ${r.text.slice(0, 160)}`);
    const id = r.json.time_entry.id;
    cleanups.push(() => quiet('DELETE', `/api/v1/time-entries/${id}`));
    return id;
  }
}
async function createQuote(cleanups, clientId) {
  const b = await must('POST', '/api/v1/quotes', { client_id: clientId, title: name('quote'), items: [{ description: 'Consulting', quantity: 1, unit_price: 10 }] });
  const id = b.quote.id;
  cleanups.push(() => quiet('DELETE', `/api/v1/quotes/${id}`));
  return id;
}
async function idleTimer() {
  const s = await must('GET', '/api/v1/timer/status');
  if (s.active) throw new Error('a timer is already running for this user; not touching it');
}
async function startTimer(cleanups) {
  await idleTimer();
  const b = await must('POST', '/api/v1/timer/start', { project_id: need('project'), notes: name('timer') });
  const id = b.timer.id;
  cleanups.push(async () => {
    const s = await api('GET', '/api/v1/timer/status');
    if (s.json && s.json.timer && s.json.timer.id === id) await quiet('POST', '/api/v1/timer/stop');
    await quiet('DELETE', `/api/v1/time-entries/${id}`);
  });
  return id;
}
async function openWorkday(cleanups) {
  const s = await must('GET', '/api/v1/workday/status');
  if (s.work_active) throw new Error('a workday is already open for this user; not touching it');
  await must('POST', '/api/v1/workday/start', { notes: name('workday') });
  cleanups.push(async () => {
    const st = await api('GET', '/api/v1/workday/status');
    if (st.json && st.json.work_active) await quiet('POST', '/api/v1/workday/end');
  });
}
function transferBody(reverse) {
  const s = fixtures.stock;
  return { stock_item_id: s.itemId, from_warehouse_id: reverse ? s.to : s.from, to_warehouse_id: reverse ? s.from : s.to, quantity: 1, notes: name('transfer') };
}
function need(key) {
  if (fixtures[key] === undefined) throw new Error(fixtureProblems[key] || `no ${key} available on the target`);
  return fixtures[key];
}

async function attempt(key, fn) {
  try {
    fixtures[key] = await fn();
  } catch (e) {
    fixtureProblems[key] = `fixture ${key} unavailable: ${e.message}`;
  }
}
async function firstOf(path, key, field) {
  const b = await must('GET', `${path}?per_page=1`);
  const first = Array.isArray(b[key]) ? b[key][0] : undefined;
  if (!first) throw new Error(`${path} lists nothing`);
  return first[field || 'id'];
}

/**
 * Per operation: prepare the request (params, query, body) and say what to undo.
 * Returns { params, query, body, contentType, rawBody } ; throws to skip.
 */
const PREPARE = {
  search: async () => ({ query: { q: 'contract' } }),
  webSearch: async () => ({ query: { q: 'contract' } }),
  login: async () => {
    if (!env.CONTRACT_USERNAME) throw new Error('no --username/--password given (a valid login issues a new token)');
    return { body: { username: env.CONTRACT_USERNAME, password: env.CONTRACT_PASSWORD || '' }, noAuth: true };
  },
  dismissVersion: async () => ({ body: { latest_version: '0.0.1' } }),
  listProjects: async () => ({ query: { status: 'all' } }),
  createProject: async (u) => ({ body: { name: name('project'), client_id: need('client') }, undo: (j) => j && j.project && u.push(() => quiet('DELETE', `/api/v1/projects/${j.project.id}`)) }),
  getProject: async () => ({ params: { project_id: need('project') } }),
  updateProject: async () => ({ params: { project_id: need('project') }, body: { description: 'updated by dredd' } }),
  patchProject: async () => ({ params: { project_id: need('project') }, body: { billing_ref: 'DREDD-1' } }),
  archiveProject: async (u) => ({ params: { project_id: await createProject(u, need('client')) } }),
  addFavoriteProject: async (u) => {
    const id = need('project');
    u.push(() => quiet('DELETE', `/api/v1/users/me/favorites/projects/${id}`));
    return { body: { project_id: id } };
  },
  removeFavoriteProject: async () => {
    const id = need('project');
    await must('POST', '/api/v1/users/me/favorites/projects', { project_id: id });
    return { params: { project_id: id } };
  },
  createTimeEntry: async (u) => ({ body: entryBody(need('project')), undo: (j) => j && j.time_entry && u.push(() => quiet('DELETE', `/api/v1/time-entries/${j.time_entry.id}`)) }),
  importTimeEntriesCsv: async (u, t) => {
    const project = need('project');
    const s = slot(10);
    const note = name('imported');
    const csv = `project_id,start_time,end_time,notes\n${project},${s.start},${s.end},${note}\n`;
    u.push(async () => {
      const l = await api('GET', `/api/v1/time-entries?project_id=${project}&start_date=${plan.entryDate}&end_date=${plan.entryDate}&per_page=100`);
      for (const e of (l.json && l.json.time_entries) || []) if (e.notes === note) await quiet('DELETE', `/api/v1/time-entries/${e.id}`);
    });
    const ct = String(t.request.headers['Content-Type'] || '');
    if (ct.startsWith('multipart/form-data')) {
      const boundary = `dredd${RUN}`;
      return { rawBody: `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="entries.csv"\r\nContent-Type: text/csv\r\n\r\n${csv}\r\n--${boundary}--\r\n`, contentType: `multipart/form-data; boundary=${boundary}` };
    }
    if (ct.startsWith('text/csv')) return { rawBody: csv, contentType: 'text/csv' };
    return { body: { csv } };
  },
  bulkTimeEntries: async (u) => ({ body: { entry_ids: [await createEntry(u, need('project'))], action: 'set_billable', value: false } }),
  getTimeEntry: async () => ({ params: { entry_id: need('entry') } }),
  updateTimeEntry: async () => ({ params: { entry_id: need('entry') }, body: { notes: 'updated by dredd' } }),
  patchTimeEntry: async () => ({ params: { entry_id: need('entry') }, body: { tags: 'dredd' } }),
  deleteTimeEntry: async (u) => ({ params: { entry_id: await createEntry(u, need('project')) } }),
  startTimer: async (u) => {
    await idleTimer();
    return {
      body: { project_id: need('project'), notes: name('timer') },
      undo: (j) =>
        j && j.timer && u.push(async () => {
          await quiet('POST', '/api/v1/timer/stop');
          await quiet('DELETE', `/api/v1/time-entries/${j.timer.id}`);
        }),
    };
  },
  stopTimer: async (u) => (await startTimer(u), {}),
  pauseTimer: async (u) => (await startTimer(u), {}),
  resumeTimer: async (u) => {
    await startTimer(u);
    await must('POST', '/api/v1/timer/pause');
    return {};
  },
  createTask: async (u) => ({ body: { name: name('task'), project_id: need('project') }, undo: (j) => j && j.task && u.push(() => quiet('DELETE', `/api/v1/tasks/${j.task.id}`)) }),
  getTask: async () => ({ params: { task_id: need('task') } }),
  updateTask: async () => ({ params: { task_id: need('task') }, body: { description: 'updated by dredd' } }),
  patchTask: async () => ({ params: { task_id: need('task') }, body: { status: 'in_progress' } }),
  deleteTask: async (u) => ({ params: { task_id: await createTask(u, need('project')) } }),
  createClient: async (u) => ({ body: { name: name('client') }, undo: (j) => j && j.client && u.push(() => removeClient(j.client.id)) }),
  getClient: async () => ({ params: { client_id: need('client') } }),
  updateClient: async () => ({ params: { client_id: need('client') }, body: { phone: '+1-555-0100' } }),
  deleteClient: async (u) => ({ params: { client_id: await createClient(u) } }),
  createQuote: async (u) => ({
    body: { client_id: need('client'), title: name('quote'), items: [{ description: 'Consulting', quantity: 1, unit_price: 10 }] },
    undo: (j) => j && j.quote && u.push(() => quiet('DELETE', `/api/v1/quotes/${j.quote.id}`)),
  }),
  getQuote: async () => ({ params: { quote_id: need('quote') } }),
  updateQuote: async () => ({ params: { quote_id: need('quote') }, body: { title: name('quote') } }),
  patchQuote: async () => ({ params: { quote_id: need('quote') }, body: { description: 'patched by dredd' } }),
  deleteQuote: async (u) => ({ params: { quote_id: await createQuote(u, need('client')) } }),
  createTransfer: async (u) => {
    need('stock');
    return { body: transferBody(false), undo: (j) => j && u.push(() => quiet('POST', '/api/v1/inventory/transfers', transferBody(true))) };
  },
  getTransfer: async (u) => {
    if (fixtures.transfer !== undefined) return { params: { reference_id: fixtures.transfer } };
    if (!plan.writes) throw new Error(fixtureProblems.transfer || 'no transfer on the target');
    need('stock');
    const b = await must('POST', '/api/v1/inventory/transfers', transferBody(false));
    u.push(() => quiet('POST', '/api/v1/inventory/transfers', transferBody(true)));
    return { params: { reference_id: b.reference_id } };
  },
  getMovementHistoryReport: async () => ({ query: { page: 1, per_page: 10 } }),
  getSummaryReport: async () => ({ query: { start_date: plan.entryDate, end_date: `${plan.entryDate}T23:59:59` } }),
  startWorkday: async (u) => {
    const s = await must('GET', '/api/v1/workday/status');
    if (s.work_active) throw new Error('a workday is already open for this user; not touching it');
    u.push(() => quiet('POST', '/api/v1/workday/end'));
    return { body: { notes: name('workday') } };
  },
  endWorkday: async (u) => (await openWorkday(u), {}),
  startBreak: async (u) => {
    await openWorkday(u);
    u.push(() => quiet('POST', '/api/v1/attendance/break/end'));
    return { body: { break_type: 'rest' } };
  },
  endBreak: async (u) => {
    await openWorkday(u);
    await must('POST', '/api/v1/attendance/break/start', { break_type: 'rest' });
    return {};
  },
};

function opOf(t) {
  return opsByKey.get(`${t.request.method} ${t.origin.resourceName}`);
}

function gate(op) {
  if (plan.only.length && !plan.only.includes(op.operationId)) return 'not selected (--only)';
  if (plan.skip.includes(op.operationId)) return 'skipped on request (--skip)';
  if (op.mockOnly && !plan.includeMockOnly) return 'x-mock-only: exists only in the mock (pass --include-mock-only to check it)';
  if (!op.safe && !plan.writes) return plan.readOnlyReason;
  return undefined;
}

function buildPath(template, params, query) {
  let p = template.replace(/\{([^}]+)\}/g, (_, k) => encodeURIComponent(String(params && params[k] !== undefined ? params[k] : GHOST)));
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(query || {})) qs.set(k, String(v));
  const s = qs.toString();
  return s ? `${p}?${s}` : p;
}

const state = new WeakMap();

function record(t, outcome, message) {
  const op = opOf(t);
  results.push({ operationId: op ? op.operationId : `${t.request.method} ${t.origin.resourceName}`, name: t.name, outcome, message: message || '' });
  if (!plan.resultsFile) return;
  try {
    fs.writeFileSync(plan.resultsFile, JSON.stringify({ results, fixtures: { ids: fixtures, problems: fixtureProblems } }, null, 1));
  } catch {
    /* the runner reports a missing file */
  }
}

hooks.beforeAll((transactions, done) => {
  (async () => {
    const u = globalCleanups;
    if (plan.writes) {
      await attempt('client', () => createClient(u));
      await attempt('project', () => createProject(u, need('client')));
      await attempt('task', () => createTask(u, need('project')));
      await attempt('entry', () => createEntry(u, need('project')));
      await attempt('quote', () => createQuote(u, need('client')));
    } else {
      await attempt('client', () => firstOf('/api/v1/clients', 'clients'));
      await attempt('project', () => firstOf('/api/v1/projects', 'projects'));
      await attempt('task', () => firstOf('/api/v1/tasks', 'tasks'));
      await attempt('entry', () => firstOf('/api/v1/time-entries', 'time_entries'));
      await attempt('quote', () => firstOf('/api/v1/quotes', 'quotes'));
    }
    await attempt('transfer', () => firstOf('/api/v1/inventory/transfers', 'transfers', 'reference_id'));
    await attempt('stock', async () => {
      const v = await must('GET', '/api/v1/inventory/reports/valuation');
      const details = v.item_details || [];
      const warehouses = new Set(details.map((d) => d.warehouse_id));
      for (const w of Object.values(v.by_warehouse || {})) warehouses.add(w.warehouse_id);
      for (const d of details) {
        const other = [...warehouses].find((w) => w !== d.warehouse_id);
        if (d.quantity >= 2 && other !== undefined) return { itemId: d.item_id, from: d.warehouse_id, to: other };
      }
      throw new Error('the valuation report shows no item with stock (>= 2) and a second warehouse');
    });
  })().then(() => done(), (e) => {
    fixtureProblems.setup = e.message;
    done();
  });
});

hooks.beforeEach((t, done) => {
  const op = opOf(t);
  if (!String(t.expected.statusCode).startsWith('2')) {
    t.skip = true;
    state.set(t, { ignore: true });
    return done();
  }
  if (!op) {
    t.skip = true;
    state.set(t, { reason: 'no operation in the spec matches this transaction' });
    return done();
  }
  const why = gate(op);
  if (why) {
    t.skip = true;
    state.set(t, { reason: why });
    return done();
  }
  const cleanups = [];
  const s = { cleanups };
  state.set(t, s);
  const prepare = PREPARE[op.operationId] || (async () => ({}));
  prepare(cleanups, t)
    .then(async (p) => {
      await pace();
      return p;
    })
    .then((p) => {
      s.undo = p.undo;
      t.fullPath = buildPath(op.path, p.params, p.query);
      t.request.uri = t.fullPath;
      delete t.request.headers['Idempotency-Key'];
      if (op.authenticated && !p.noAuth) t.request.headers.Authorization = `Bearer ${TOKEN}`;
      if (p.body !== undefined) {
        t.request.body = JSON.stringify(p.body);
        t.request.headers['Content-Type'] = 'application/json';
      } else if (p.rawBody !== undefined) {
        t.request.body = p.rawBody;
        t.request.headers['Content-Type'] = p.contentType;
      } else if (op.hasBody && t.request.body === '') {
        // An optional body the spec gives no example for: send none.
        delete t.request.headers['Content-Type'];
      }
      done();
    })
    .catch((e) => {
      t.skip = true;
      s.reason = `prerequisite failed: ${e.message}`;
      done();
    });
});

/**
 * A 429 is the server's rate limit, not the operation's answer: wait out
 * Retry-After, send the same request again, and let Dredd validate that.
 */
hooks.beforeEachValidation((t, done) => {
  if (!t.real) return done();
  const header = (name) => {
    for (const [k, v] of Object.entries(t.real.headers || {})) if (k.toLowerCase() === name) return v;
    return undefined;
  };
  noteRateHeaders(header);
  if (t.real.statusCode !== 429 || String(t.expected.statusCode) === '429') return done();
  const sendHeaders = {};
  for (const [k, v] of Object.entries(t.request.headers)) if (!['content-length', 'host'].includes(k.toLowerCase())) sendHeaders[k] = v;
  (async () => {
    for (let attempt = 0; attempt < 3; attempt++) {
      const wait = Number(header('retry-after'));
      if (!Number.isFinite(wait) || wait > MAX_WAIT_S) return;
      await new Promise((r) => setTimeout(r, wait * 1000 + 250));
      const res = await fetch(BASE + t.fullPath, { method: t.request.method, headers: sendHeaders, body: t.request.body || undefined, signal: AbortSignal.timeout(15000) });
      const headers = {};
      res.headers.forEach((v, k) => (headers[k] = v));
      t.real = { statusCode: res.status, headers, body: await res.text(), bodyEncoding: 'utf-8' };
      noteRateHeaders((h) => headers[h]);
      if (res.status !== 429) return;
    }
  })().then(() => done(), () => done());
});

hooks.afterEach((t, done) => {
  const s = state.get(t) || {};
  if (s.ignore) return done();
  const finish = () => {
    const cleanups = s.cleanups || [];
    (async () => {
      for (const c of cleanups.reverse()) await c();
    })().then(() => done(), () => done());
  };
  if (t.skip) {
    record(t, 'skip', s.reason || 'skipped');
    return finish();
  }
  const test = t.test || {};
  const outcome = test.status === 'pass' && !t.fail ? 'pass' : 'fail';
  const msg = outcome === 'fail' ? (test.message || String(t.fail || 'failed')).trim() : '';
  let json;
  try {
    json = t.real && t.real.body ? JSON.parse(t.real.body) : undefined;
  } catch {
    json = undefined;
  }
  if (s.undo && t.real && t.real.statusCode < 300) s.undo(json);
  const statusNote = outcome === 'fail' && t.real ? ` (got ${t.real.statusCode} for ${t.request.method} ${t.fullPath})` : '';
  record(t, outcome, msg.split('\n').filter(Boolean).join('; ') + statusNote);
  finish();
});

hooks.afterAll((transactions, done) => {
  (async () => {
    for (const c of globalCleanups.reverse()) await c();
  })().then(
    () => {
      if (plan.resultsFile) fs.writeFileSync(plan.resultsFile, JSON.stringify({ results, fixtures: { ids: fixtures, problems: fixtureProblems }, complete: true }, null, 1));
      done();
    },
    () => done(),
  );
});
