/**
 * The control API under /__mock/ (described in control-api.yaml): tokens,
 * reset, snapshots, the request log (and its inspector page at /__mock/, and
 * `POST /__mock/requests/count` to verify calls), the clock, faults and throttling.
 * Bad input is a 400 with the documented error shape, never a stack trace.
 */
import { ClockRangeError } from '../core/clock.js';
import { UnknownSnapshotError, type EngineInternals } from '../core/engine.js';
import { ApiError, type FieldErrors } from '../core/errors.js';
import { FaultError } from '../core/faults.js';
import { decodeComponent, parseJsonBody } from '../core/input.js';
import { toFieldErrors, validatorFor } from '../core/schema.js';
import { specModel, type SpecModel } from '../core/spec-model.js';
import { loadDocument, PACKAGE_ROOT } from '../node.js';
import { isoNaive, parseIsoTime } from '../core/time.js';
import { THROTTLE_PROFILES, type ThrottleProfile } from '../core/throttle.js';
import { matcherProblem, type RequestMatcher } from '../core/request-match.js';
import type { CoreRequest, CoreResponse } from '../core/types.js';
import { inspectorPage } from './inspector.js';

const PREFIX = '/__mock/';
const CORS = {
  'Access-Control-Allow-Methods': 'GET, POST, PUT, DELETE, OPTIONS',
  'Access-Control-Allow-Headers': 'Content-Type',
};

const json = (status: number, body: unknown): CoreResponse => ({ status, headers: {}, body });
const problem = (status: number, message: string, code: string) => json(status, { error: message, message, error_code: code });
/** 400 `validation_error`, always with field-level `errors`. */
const invalid = (field: string, message: string, errors: FieldErrors = { [field]: [message] }) =>
  json(400, { error: message, message, error_code: 'validation_error', errors });

const CONTROL_SPEC_PATH = `${PACKAGE_ROOT}control-api.yaml`;
let controlSpec: SpecModel | undefined;

/** The body checked against its schema in control-api.yaml: a 400 with field errors, or null when it conforms. */
function checkBody(operationId: string, body: unknown): CoreResponse | null {
  controlSpec ??= specModel(loadDocument('timetracker', CONTROL_SPEC_PATH));
  const schema = controlSpec.byId.get(operationId)?.requestBody?.content['application/json'];
  if (!schema) throw new Error(`control-api.yaml has no JSON body for ${operationId}`);
  const validate = validatorFor(schema);
  if (validate(body)) return null;
  const errors = toFieldErrors(validate.errors);
  const [field, messages] = Object.entries(errors)[0];
  return invalid(field, `${field}: ${messages[0]}`, errors);
}

function bodyOf(req: CoreRequest): Record<string, unknown> {
  if (req.body === undefined) return {};
  const text = typeof req.body === 'string' ? req.body : Buffer.from(req.body).toString('utf8');
  if (!text.trim()) return {};
  const parsed = parseJsonBody(text, typeof req.body === 'string' ? text.length : req.body.byteLength);
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new ApiError(400, 'Invalid JSON', 'bad_request', { message: 'the body must be a JSON object' });
  }
  return parsed as Record<string, unknown>;
}

function clockState(engine: EngineInternals) {
  return { now: isoNaive(engine.clock.now()), epoch_ms: engine.clock.now(), frozen: engine.clock.frozen };
}

function throttleState(engine: EngineInternals) {
  const o = engine.throttle.options;
  return { profile: o.profile, per_minute: o.perMinute, per_hour: o.perHour, harvest: o.harvest, timecamp: o.timecamp };
}

export interface ControlOptions {
  /** Answer any caller, from any Host and Origin (`--control-open`). Default: loopback only. */
  open?: boolean;
}

const LOOPBACK_NAME = /^(?:localhost|[a-z0-9-]+\.localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i;
const LOOPBACK_ADDRESS = /^(?:127(?:\.\d{1,3}){3}|::1|::ffff:127(?:\.\d{1,3}){3})$/;

/** `localhost:4010` -> `localhost`, `[::1]:4010` -> `[::1]`. */
const hostnameOf = (host: string): string => (host.startsWith('[') ? host.slice(0, host.indexOf(']') + 1) : host.split(':')[0]);

function isLoopbackOrigin(origin: string): boolean {
  const m = /^https?:\/\/([^/?#]+)$/i.exec(origin);
  return m !== null && LOOPBACK_NAME.test(hostnameOf(m[1]));
}

/**
 * Why a caller may not use the control API, or null when it may. It hands
 * out tokens and passwords and resets data, so by default it answers only
 * a loopback peer that names a loopback Host (a DNS-rebinding page at
 * evil.example resolving to 127.0.0.1 still sends `Host: evil.example`) and,
 * from a browser, a loopback Origin (`http://localhost:5173`): no other web
 * page can read or change it.
 */
export function controlRefusal(req: CoreRequest): string | null {
  if (req.remoteAddress !== undefined && !LOOPBACK_ADDRESS.test(req.remoteAddress)) return 'the caller is not on this machine';
  const host = req.headers.host;
  if (host === undefined || !LOOPBACK_NAME.test(hostnameOf(host.trim()))) return 'the Host header does not name a loopback address';
  const origin = req.headers.origin;
  if (origin !== undefined && !isLoopbackOrigin(origin.trim())) return 'the Origin is not a loopback origin';
  return null;
}

/** Answer a /__mock/ request, or null when the path is not the control API's. */
export function handleControl(engine: EngineInternals, req: CoreRequest, options: ControlOptions = {}): CoreResponse | null {
  if (!req.path.startsWith(PREFIX) && req.path !== '/__mock') return null;
  const refusal = options.open ? null : controlRefusal(req);
  if (refusal) {
    const message = `The control API answers loopback callers only (${refusal}); start the mock with --control-open to open it`;
    return json(403, { error: 'Forbidden', message, error_code: 'forbidden' });
  }
  const res = route(engine, req);
  res.headers['Access-Control-Allow-Origin'] = req.headers.origin ?? '*';
  res.headers.Vary = 'Origin';
  Object.assign(res.headers, CORS);
  return res;
}

function route(engine: EngineInternals, req: CoreRequest): CoreResponse {
  const path = req.path.slice(PREFIX.length);
  const m = req.method;
  if (path === '' && (m === 'GET' || m === 'HEAD')) {
    return { status: 200, headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }, body: inspectorPage(engine) };
  }
  if (m === 'OPTIONS') return { status: 204, headers: { 'Access-Control-Max-Age': '600' } };
  let body: Record<string, unknown>;
  try {
    body = m === 'GET' ? {} : bodyOf(req);
  } catch (e) {
    if (e instanceof ApiError) return json(e.status, engine.api.errorBody(e));
    throw e;
  }
  if (path === 'health' && m === 'GET') {
    const mem = process.memoryUsage();
    return json(200, {
      status: 'ok',
      scenario: engine.scenario,
      seed: engine.seed,
      ...engine.api.counts(engine.store),
      memory: { rss_mb: Math.round(mem.rss / 1048576), heap_used_mb: Math.round(mem.heapUsed / 1048576) },
    });
  }
  if (path === 'tokens' && m === 'GET') return json(200, { tokens: engine.tokens(), users: engine.credentials() });
  if (path === 'reset' && m === 'POST') {
    engine.reset();
    return json(200, { message: 'Reset to the seeded state', scenario: engine.scenario, seed: engine.seed });
  }
  if (path === 'snapshots' && m === 'POST') return json(201, { id: engine.snapshot() });
  const restore = /^snapshots\/([^/]+)\/restore$/.exec(path);
  if (restore && m === 'POST') {
    const id = decodeComponent(restore[1]);
    if (id === null) return problem(404, `no snapshot "${restore[1]}"`, 'not_found');
    try {
      engine.restore(id);
      return json(200, { message: 'Snapshot restored', id: restore[1] });
    } catch (e) {
      if (e instanceof UnknownSnapshotError) return problem(404, e.message, 'not_found');
      throw e;
    }
  }
  if (path === 'requests' && m === 'GET') return listRequests(engine, req);
  if (path === 'requests' && m === 'DELETE') {
    engine.clearRequests();
    return json(200, { message: 'Request log cleared' });
  }
  if (path === 'requests/count' && m === 'POST') {
    const problemText = matcherProblem(body);
    if (problemText) return invalid('matcher', problemText);
    const found = engine.findRequests(body as RequestMatcher);
    return json(200, { count: found.length, seqs: found.map((e) => e.seq) });
  }
  if (path === 'clock' && m === 'GET') return json(200, clockState(engine));
  if (path === 'clock' && m === 'POST') return setClock(engine, body);
  if (path === 'faults' && m === 'GET') return json(200, { rules: engine.faults.rules });
  if (path === 'faults' && m === 'PUT') {
    const bad = checkBody('mockSetFaults', body);
    if (bad) return bad;
    try {
      engine.faults.setRules(body.rules as unknown[]);
    } catch (e) {
      if (e instanceof FaultError) return invalid('rules', e.message);
      throw e;
    }
    return json(200, { rules: engine.faults.rules });
  }
  if (path === 'throttle' && m === 'GET') return json(200, throttleState(engine));
  if (path === 'throttle' && m === 'PUT') return setThrottle(engine, body);
  return problem(404, `No control route ${m} ${req.path}`, 'not_found');
}

function setClock(engine: EngineInternals, body: Record<string, unknown>): CoreResponse {
  const { clock } = engine;
  if (Object.keys(body).length !== 1) return invalid('_general', 'send exactly one of: freeze, set, advance_seconds, resume');
  const bad = checkBody('mockSetClock', body);
  if (bad) return bad;
  const field = Object.keys(body)[0];
  try {
    if (body.freeze === true) clock.freeze();
    else if (typeof body.set === 'string') {
      const at = parseIsoTime(body.set);
      if (at === null) return invalid('set', 'set must be an ISO 8601 datetime');
      clock.set(at);
    } else if (typeof body.advance_seconds === 'number') clock.advance(body.advance_seconds * 1000);
    else if (body.resume === true) clock.resume();
    // Webhook retries that fell due when the clock moved go out now.
    engine.outbox.runDue();
  } catch (e) {
    // A reading out of the clock's range: refused, the clock unchanged.
    if (e instanceof ClockRangeError) return invalid(field, `${field}: ${e.message}`, { [field]: [e.message] });
    throw e;
  }
  return json(200, clockState(engine));
}

function setThrottle(engine: EngineInternals, body: Record<string, unknown>): CoreResponse {
  const bad = checkBody('mockSetThrottle', body);
  if (bad) return bad;
  const o = engine.throttle.options;
  const next = { ...o, harvest: { ...o.harvest }, timecamp: { ...o.timecamp } };
  if (body.profile !== undefined) {
    if (!THROTTLE_PROFILES.includes(body.profile as ThrottleProfile)) return invalid('profile', `profile must be ${THROTTLE_PROFILES.join(', ')}`);
    next.profile = body.profile as ThrottleProfile;
  }
  // Checked against control-api.yaml above (integers >= 1).
  const window = body.timecamp as Partial<typeof o.timecamp> | undefined;
  if (window?.maxCalls !== undefined) next.timecamp.maxCalls = window.maxCalls;
  if (window?.windowSeconds !== undefined) next.timecamp.windowSeconds = window.windowSeconds;
  const count = (v: unknown, name: string): number | string => (Number.isInteger(v) && (v as number) >= 0 ? (v as number) : `${name} must be an integer >= 0`);
  for (const [key, field] of [['per_minute', 'perMinute'], ['per_hour', 'perHour']] as const) {
    if (body[key] === undefined) continue;
    const v = count(body[key], key);
    if (typeof v === 'string') return invalid(key, v);
    next[field] = v;
  }
  engine.throttle.options = next;
  engine.throttle.reset();
  return json(200, throttleState(engine));
}

/** `GET /__mock/requests?limit=&after=&method=&path=&operationId=&status=&text=&unmatched=`: the newest matching entries, oldest first. */
function listRequests(engine: EngineInternals, req: CoreRequest): CoreResponse {
  const q = new URLSearchParams(req.search);
  const digits = (name: string, fallback: string) => {
    const raw = q.get(name) ?? fallback;
    return /^\d{1,9}$/.test(raw) ? Number(raw) : -1; // decimal digits only: not 0x10, 1e3 or 1e309
  };
  const limit = digits('limit', '100');
  if (limit < 1) return invalid('limit', 'limit must be a positive integer');
  const after = digits('after', '0');
  if (after < 0) return invalid('after', 'after must be an integer >= 0');
  const matcher: RequestMatcher = { after };
  for (const k of ['method', 'path', 'operationId', 'text'] as const) {
    const v = q.get(k);
    if (v !== null && v !== '') matcher[k] = v;
  }
  const status = q.get('status');
  if (status !== null && status !== '') {
    if (!/^[1-5](?:\d\d|xx)$/i.test(status)) return invalid('status', 'status must be a status such as 404 or a class such as 4xx');
    matcher.status = /xx$/i.test(status) ? status : Number(status);
  }
  const unmatched = q.get('unmatched');
  if (unmatched !== null) {
    if (unmatched !== 'true' && unmatched !== 'false') return invalid('unmatched', 'unmatched must be true or false');
    matcher.unmatched = unmatched === 'true';
  }
  const found = engine.findRequests(matcher);
  const seqs = engine.requestSeqs();
  return json(200, { requests: found.slice(-limit), first_seq: seqs.first, last_seq: seqs.last });
}
