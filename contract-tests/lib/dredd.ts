/**
 * Dredd's hooks, written against the kit (contract-tests/dredd-hooks.cjs is
 * only the CommonJS shim Dredd require()s). Dredd sends one request per
 * documented response and compares the answer with the spec; this module
 * makes those requests meaningful on any target, with the same pieces the
 * suites use:
 *
 * - the configuration and the write rule (lib/config.ts, lib/loopback.ts),
 *   the spec walk (lib/spec.ts) and the selection (lib/select.ts);
 * - the fixtures and the resource factory (lib/fixtures.ts, lib/factory.ts)
 *   and each operation's valid request and cleanup (contract-tests/cases);
 * - the room for time entries and timers (lib/room.ts);
 * - the rate-limit pacing (lib/pacing.ts): Dredd cannot retry, so requests
 *   wait for the reported window before it runs out, and a 429 is waited out
 *   and sent again before Dredd validates the answer.
 *
 * Transactions whose expected status is not 2xx are skipped (Dredd 14 makes
 * them for OpenAPI 3, and only fault injection could produce them). A
 * prerequisite that fails is a failure of that transaction's setup (the
 * request is not sent), never a silent skip. One result per transaction goes
 * to `CONTRACT_DREDD_RESULTS` for `npm run contract`.
 */
import { writeFileSync } from 'node:fs';
import { CASES } from '../cases/index.js';
import type { OperationCase } from './case.js';
import { SetupError, SkipCheck } from './checks.js';
import { pinFromEnv } from './clock.js';
import { UsageError, buildConfig, withEnv, type ContractConfig } from './config.js';
import { GHOST_ID, Ctx, sessionOnly } from './context.js';
import { Fixtures } from './fixtures.js';
import { authorizationOf, type Exchange, type OpRequest } from './http.js';
import { headerGetter } from './pacing.js';
import { operationSkip } from './select.js';
import { DEFAULT_SPEC, loadSpec, responseFor, type Operation, type Spec } from './spec.js';

/** The parts of a Dredd 14 transaction the hooks read and change. */
export interface DreddTransaction {
  name: string;
  origin: { resourceName: string };
  request: { method: string; uri: string; headers: Record<string, string>; body: string };
  expected: { statusCode: string | number; headers?: Record<string, string> };
  real?: { statusCode: number; headers: Record<string, string>; body: string; bodyEncoding?: string };
  fullPath: string;
  skip?: boolean;
  fail?: boolean | string;
  test?: { status?: string; message?: string };
}

/** Dredd's `hooks` object as far as the kit uses it. */
export interface DreddHooksApi {
  configuration?: { endpoint?: string; options?: { endpoint?: string } };
}

export interface DreddResult {
  operationId: string;
  name: string;
  outcome: 'pass' | 'fail' | 'skip';
  message: string;
}

/** What the hooks write for the runner. */
export interface DreddResultsFile {
  results: DreddResult[];
  fixtures: Record<string, unknown>;
  /** Time spent waiting on rate limits (pacing and 429s), ms. */
  waitedMs: number;
  warnings: string[];
  /** How many transactions the hooks will report (the 2xx ones), known from the first hook. */
  expected?: number;
  complete?: boolean;
}

export interface DreddKit {
  beforeAll(transactions: DreddTransaction[]): Promise<void>;
  beforeEach(t: DreddTransaction): Promise<void>;
  beforeEachValidation(t: DreddTransaction): Promise<void>;
  afterEach(t: DreddTransaction): Promise<void>;
  afterAll(transactions: DreddTransaction[]): Promise<void>;
}

/**
 * The configuration Dredd's hooks run with: the `CONTRACT_*` environment
 * (the runner sets it; standalone `npx dredd` reads it too), the target
 * defaulting to Dredd's own `endpoint`. The write rule is the suites' one.
 */
export function dreddConfig(env: NodeJS.ProcessEnv, hooksApi: DreddHooksApi = {}): ContractConfig {
  const cfg = hooksApi.configuration ?? {};
  const endpoint = env.CONTRACT_BASE_URL || cfg.endpoint || cfg.options?.endpoint || 'http://127.0.0.1:4010';
  const values = withEnv({}, env);
  values['base-url'] ??= endpoint;
  return buildConfig(values, DEFAULT_SPEC);
}

interface TxState {
  /** A transaction the hooks do not report (non-2xx expectation). */
  ignore?: boolean;
  c?: Ctx;
  k?: OperationCase;
  skip?: string;
  setupFailure?: string;
}

const errorText = (e: unknown): string => (e instanceof SetupError || e instanceof SkipCheck ? e.reason : e instanceof Error ? e.message : String(e));

/** A Dredd transaction's answer as an Exchange, for the cases' cleanups. */
function exchangeOf(t: DreddTransaction): Exchange {
  const real = t.real ?? { statusCode: 0, headers: {}, body: '' };
  let json: unknown;
  try {
    json = real.body ? JSON.parse(real.body) : undefined;
  } catch {
    json = undefined;
  }
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(real.headers ?? {})) headers[k.toLowerCase()] = String(v);
  return { request: { method: t.request.method, url: t.fullPath, headers: t.request.headers, body: t.request.body }, response: { status: real.statusCode, headers, text: real.body ?? '', json }, ms: 0, rateLimitRetries: 0 };
}

/** Path with the given params (an unknown id where none is given) and the given query, nothing else. */
function pathOf(op: Operation, req: OpRequest): string {
  const path = op.path.replace(/\{([^}]+)\}/g, (_, k: string) => encodeURIComponent(String(req.params?.[k] ?? GHOST_ID)));
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(req.query ?? {})) if (v !== undefined) qs.set(k, String(v));
  const q = qs.toString();
  return q ? `${path}?${q}` : path;
}

function dropHeader(headers: Record<string, string>, name: string): void {
  for (const k of Object.keys(headers)) if (k.toLowerCase() === name.toLowerCase()) delete headers[k];
}

export async function createDreddKit(hooksApi: DreddHooksApi, env: NodeJS.ProcessEnv = process.env): Promise<DreddKit> {
  let config: ContractConfig | undefined;
  let broken: string | undefined;
  try {
    config = dreddConfig(env, hooksApi);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    broken = `the Dredd hooks cannot run: ${error.message}`;
    console.error(`[contract] ${broken}`);
  }
  if (config) pinFromEnv(config.now, env);
  const spec: Spec | undefined = config ? await loadSpec(config.specPath) : undefined;
  const resultsFile = env.CONTRACT_DREDD_RESULTS ?? '';
  const root = config && spec ? Ctx.create(config, spec, { pace: true, userAgent: 'timetracker-contract-tests (dredd)' }) : undefined;
  const fx = root ? new Fixtures(root) : undefined;
  const opsByKey = new Map((spec?.operations ?? []).map((o) => [`${o.method} ${o.path}`, o]));
  const results: DreddResult[] = [];
  let expected: number | undefined;
  const state = new WeakMap<DreddTransaction, TxState>();

  const opOf = (t: DreddTransaction): Operation | undefined => opsByKey.get(`${t.request.method} ${t.origin.resourceName}`);

  /**
   * The transactions the hooks report: a documented success answer (Dredd
   * can only send the example request, which yields it), and the one the
   * operation's case names when it names one (the web login's 302 rather
   * than its "wrong credentials" 200; a new favourite's 201 rather than
   * "already one" 200).
   */
  const reported = (t: DreddTransaction): boolean => {
    const status = String(t.expected.statusCode);
    const op = opOf(t);
    const named = op ? CASES.get(op.operationId)?.expectStatus : undefined;
    return named !== undefined ? status === String(named) : status.startsWith('2');
  };

  function write(complete: boolean): void {
    if (!resultsFile) return;
    const file: DreddResultsFile = {
      results,
      fixtures: fx ? fx.describe() : {},
      waitedMs: Math.round(root?.http.pacer.waitedMs ?? 0),
      warnings: root?.warnings ?? [],
      ...(expected !== undefined ? { expected } : {}),
      ...(complete ? { complete } : {}),
    };
    try {
      writeFileSync(resultsFile, JSON.stringify(file, null, 1));
    } catch {
      /* the runner reports a missing file */
    }
  }

  function record(t: DreddTransaction, outcome: DreddResult['outcome'], message: string): void {
    const op = opOf(t);
    results.push({ operationId: op ? op.operationId : `${t.request.method} ${t.origin.resourceName}`, name: t.name, outcome, message });
    if (!resultsFile && outcome === 'fail') console.error(`[contract] FAIL ${op?.operationId ?? t.name}: ${message}`);
    write(false);
  }

  /** Put the case's request into Dredd's transaction (a session route gets the web session's cookie instead of a token). */
  function apply(t: DreddTransaction, op: Operation, req: OpRequest, http: Ctx['http']): void {
    t.fullPath = pathOf(op, req);
    t.request.uri = t.fullPath;
    const headers = t.request.headers;
    dropHeader(headers, 'Idempotency-Key');
    if (op.authenticated) {
      dropHeader(headers, 'Authorization');
      dropHeader(headers, 'Cookie');
      if (sessionOnly(op) && http.sessionCookie) headers.Cookie = http.sessionCookie;
      else {
        const token = http.tokenFor(req.auth ?? 'admin');
        if (token) headers.Authorization = authorizationOf(token);
      }
    }
    Object.assign(headers, req.headers ?? {});
    if (req.json !== undefined) {
      t.request.body = JSON.stringify(req.json);
      dropHeader(headers, 'Content-Type');
      headers['Content-Type'] = 'application/json';
    } else if (req.body !== undefined) {
      t.request.body = req.body;
      dropHeader(headers, 'Content-Type');
      if (req.contentType) headers['Content-Type'] = req.contentType;
    } else if (op.requestBody && t.request.body === '') {
      // An optional body the spec gives no example for: send none.
      dropHeader(headers, 'Content-Type');
    }
  }

  /**
   * Declared headers of one `x-header-group` come all together or not at
   * all: an answer without any of them (no rate limit in force) is not held
   * to them; one with some but not all still is, so Dredd reports the gap.
   */
  function unexpectAbsentGroups(t: DreddTransaction, op: Operation): void {
    const expected = t.expected.headers;
    const real = t.real;
    const def = responseFor(op, Number(t.expected.statusCode));
    if (!expected || !real || !def) return;
    const get = headerGetter(real.headers ?? {});
    const groups = new Map<string, string[]>();
    for (const [name, h] of Object.entries(def.headers)) if (h.group) groups.set(h.group, [...(groups.get(h.group) ?? []), name]);
    for (const names of groups.values()) {
      if (names.some((n) => get(n.toLowerCase()) !== undefined)) continue;
      for (const n of names) dropHeader(expected, n);
    }
  }

  return {
    async beforeAll(transactions) {
      expected = transactions.filter(reported).length;
      write(false);
      if (!root || !fx) return;
      await fx.setup();
    },

    async beforeEach(t) {
      if (!reported(t)) {
        t.skip = true;
        state.set(t, { ignore: true });
        return;
      }
      const op = opOf(t);
      if (!root || !fx || !config || !op) {
        t.skip = true;
        state.set(t, broken ? { setupFailure: broken } : { skip: 'no operation in the spec matches this transaction' });
        return;
      }
      const k = CASES.get(op.operationId);
      const expectedType = Object.entries(t.expected.headers ?? {}).find(([h]) => h.toLowerCase() === 'content-type')?.[1] ?? '';
      const notJson = expectedType !== '' && !expectedType.includes('json') ? `Dredd compares a ${expectedType} body byte for byte with the spec's example (the page carries a fresh CSRF token): checked by the suites` : undefined;
      const why = operationSkip(config, op) ?? k?.skip ?? notJson;
      if (why || !k?.valid) {
        t.skip = true;
        state.set(t, why || k ? { skip: why ?? 'no valid input defined for this operation' } : { setupFailure: `no case for ${op.operationId} in contract-tests/cases` });
        return;
      }
      const c = root.child();
      const s: TxState = { c, k };
      state.set(t, s);
      try {
        if (sessionOnly(op)) await c.session();
        let req = await k.valid({ c, fx });
        const mediaType = Object.entries(t.request.headers).find(([h]) => h.toLowerCase() === 'content-type')?.[1] ?? '';
        if (k.encode && mediaType && !mediaType.includes('json')) req = k.encode(req, mediaType);
        apply(t, op, req, root.http);
        await root.http.pacer.pace();
      } catch (error) {
        t.skip = true;
        if (error instanceof SkipCheck) s.skip = error.reason;
        else s.setupFailure = error instanceof SetupError ? error.message : `setup failed: ${errorText(error)}`;
      }
    },

    async beforeEachValidation(t) {
      const real = t.real;
      const op = opOf(t);
      if (!real || !root) return;
      const pacer = root.http.pacer;
      pacer.note(headerGetter(real.headers ?? {}));
      if (op) unexpectAbsentGroups(t, op);
      // A 429 is the server's rate limit, not the operation's answer: wait, send again, let Dredd validate that.
      if (real.statusCode !== 429 || String(t.expected.statusCode) === '429') return;
      const send: Record<string, string> = {};
      for (const [k, v] of Object.entries(t.request.headers)) if (!['content-length', 'host'].includes(k.toLowerCase())) send[k] = v;
      for (let attempt = 0; attempt < 3 && t.real?.statusCode === 429; attempt++) {
        if (!(await pacer.backOff(headerGetter(t.real.headers ?? {})))) return;
        const res = await fetch(root.http.baseUrl + t.fullPath, { method: t.request.method, headers: send, body: t.request.body || undefined, signal: AbortSignal.timeout(root.config.timeoutMs) });
        const headers: Record<string, string> = {};
        res.headers.forEach((v, k) => (headers[k] = v));
        t.real = { statusCode: res.status, headers, body: await res.text(), bodyEncoding: 'utf-8' };
        pacer.note(headerGetter(headers));
      }
      if (op) unexpectAbsentGroups(t, op);
    },

    async afterEach(t) {
      const s = state.get(t) ?? {};
      if (s.ignore) return;
      try {
        if (t.skip) {
          if (s.setupFailure !== undefined) record(t, 'fail', s.setupFailure);
          else record(t, 'skip', s.skip ?? 'skipped');
          return;
        }
        const test = t.test ?? {};
        const outcome = test.status === 'pass' && !t.fail ? 'pass' : 'fail';
        const msg = outcome === 'fail' ? (test.message || String(t.fail || 'failed')).trim() : '';
        if (s.k?.after && s.c && fx && t.real) {
          try {
            await s.k.after({ c: s.c, fx }, exchangeOf(t));
          } catch (error) {
            s.c.warnings.push(`dredd ${t.name}: cleanup after the request failed: ${errorText(error)}`);
          }
        }
        const statusNote = outcome === 'fail' && t.real ? ` (got ${t.real.statusCode} for ${t.request.method} ${t.fullPath})` : '';
        record(t, outcome, msg.split('\n').filter(Boolean).join('; ') + statusNote);
      } finally {
        await s.c?.close();
      }
    },

    async afterAll() {
      await fx?.teardown();
      write(true);
    },
  };
}
