/**
 * Which logged requests a test or the inspector asks about: "was
 * `createTimeEntry` called once with `project_id: 3`?" (WireMock's
 * `verify(1, postRequestedFor(...))`, Mockoon's log filters). One matcher
 * for `POST /__mock/requests/count`, `GET /__mock/requests?...` and
 * `mock.count()` / `mock.requests()` in MSW tests. Every given field must
 * match; an empty matcher matches every request.
 *
 * @example
 * countRequests(log.recent(), { operationId: 'createTimeEntry', body: { project_id: 3 } }); // 1
 */
import { PREFLIGHT } from './stages/cors.js';
import type { RequestLogEntry } from './types.js';

export interface RequestMatcher {
  /** HTTP method, any case. */
  method?: string;
  /** The path exactly, or a pattern with `*` (any characters but `/`) and `**` (anything), e.g. `/api/v1/projects/*`. */
  path?: string;
  operationId?: string;
  /** A status, a list of them, or a class like `4xx`. */
  status?: number | number[] | string;
  /** Fields the JSON request body must have, compared deeply (objects: a subset; arrays and values: equal). */
  body?: Record<string, unknown>;
  /** Query parameters that must have these values. */
  query?: Record<string, string>;
  /** Request headers (names any case) that must have these values; credentials are compared masked. */
  headers?: Record<string, string>;
  /** Only requests that matched no operation of the spec (true; CORS preflights are not among them), or only those that did (false). */
  unmatched?: boolean;
  /** Text found (any case) in the method, path, query, operationId or either body. */
  text?: string;
  /** Only entries after this sequence number (the inspector's polling cursor). */
  after?: number;
}

/** What is wrong with a matcher that arrived as JSON, or null. */
export function matcherProblem(input: unknown): string | null {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return 'the matcher must be an object';
  const m = input as Record<string, unknown>;
  const known = new Set(['method', 'path', 'operationId', 'status', 'body', 'query', 'headers', 'unmatched', 'text', 'after']);
  const unknown = Object.keys(m).filter((k) => !known.has(k));
  if (unknown.length) return `unknown matcher field(s): ${unknown.join(', ')}`;
  for (const k of ['method', 'path', 'operationId', 'text'] as const) if (m[k] !== undefined && typeof m[k] !== 'string') return `${k} must be a string`;
  const s = m.status;
  if (s !== undefined && !(Number.isInteger(s) || (Array.isArray(s) && s.every(Number.isInteger)) || (typeof s === 'string' && /^[1-5](?:\d\d|xx)$/i.test(s)))) {
    return 'status must be a status, a list of statuses or a class such as 4xx';
  }
  for (const k of ['body', 'query', 'headers'] as const) {
    const v = m[k];
    if (v !== undefined && (typeof v !== 'object' || v === null || Array.isArray(v))) return `${k} must be an object`;
  }
  for (const k of ['query', 'headers'] as const) {
    if (m[k] !== undefined && !Object.values(m[k] as object).every((v) => typeof v === 'string')) return `${k} values must be strings`;
  }
  if (m.unmatched !== undefined && typeof m.unmatched !== 'boolean') return 'unmatched must be true or false';
  if (m.after !== undefined && !(Number.isInteger(m.after) && (m.after as number) >= 0)) return 'after must be an integer >= 0';
  return null;
}

const patterns = new Map<string, RegExp>(); // bounded below: test suites use a handful

function pathPattern(pattern: string): RegExp {
  let re = patterns.get(pattern);
  if (!re) {
    const source = pattern
      .split('**')
      .map((part) => part.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('[^/]*'))
      .join('.*');
    re = new RegExp(`^${source}$`);
    if (patterns.size > 200) patterns.clear();
    patterns.set(pattern, re);
  }
  return re;
}

/** `a` contains `b`: objects by their given keys, anything else by value. */
function contains(a: unknown, b: unknown): boolean {
  if (typeof b !== 'object' || b === null) return a === b;
  if (Array.isArray(b)) return Array.isArray(a) && a.length === b.length && b.every((v, i) => contains(a[i], v));
  if (typeof a !== 'object' || a === null || Array.isArray(a)) return false;
  return Object.entries(b).every(([k, v]) => Object.hasOwn(a, k) && contains((a as Record<string, unknown>)[k], v));
}

function statusMatches(status: number, want: RequestMatcher['status']): boolean {
  if (want === undefined) return true;
  if (typeof want === 'number') return status === want;
  if (Array.isArray(want)) return want.includes(status);
  return /xx$/i.test(want) ? String(status)[0] === want[0] : status === Number(want);
}

function jsonOf(text: string | null): unknown {
  if (text === null) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Does a logged request match? */
export function matches(e: RequestLogEntry, m: RequestMatcher): boolean {
  if (m.after !== undefined && e.seq <= m.after) return false;
  if (m.method !== undefined && e.method !== m.method.toUpperCase()) return false;
  if (m.path !== undefined && !(m.path.includes('*') ? pathPattern(m.path).test(e.path) : e.path === m.path)) return false;
  if (m.operationId !== undefined && e.operationId !== m.operationId) return false;
  if (m.unmatched !== undefined && (e.operationId === null && e.fault !== PREFLIGHT) !== m.unmatched) return false;
  if (!statusMatches(e.status, m.status)) return false;
  if (m.query !== undefined) {
    const q = new URLSearchParams(e.search);
    if (!Object.entries(m.query).every(([k, v]) => q.getAll(k).includes(v))) return false;
  }
  if (m.headers !== undefined && !Object.entries(m.headers).every(([k, v]) => e.request.headers[k.toLowerCase()] === v)) return false;
  if (m.body !== undefined && (e.request.truncated || !contains(jsonOf(e.request.body), m.body))) return false;
  if (m.text !== undefined && m.text !== '') {
    const t = m.text.toLowerCase();
    const hay = [e.method, e.path, e.search, e.operationId ?? '', e.request.body ?? '', e.response.body ?? ''];
    if (!hay.some((h) => h.toLowerCase().includes(t))) return false;
  }
  return true;
}

/** The logged requests a matcher selects, oldest first. */
export const findRequests = (entries: readonly RequestLogEntry[], m: RequestMatcher = {}): RequestLogEntry[] => entries.filter((e) => matches(e, m));

/** How many logged requests a matcher selects. */
export const countRequests = (entries: readonly RequestLogEntry[], m: RequestMatcher = {}): number => findRequests(entries, m).length;
