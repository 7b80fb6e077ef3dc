/**
 * Bad requests generated from an API's spec (openapi.yaml for TimeTracker,
 * specs/<id>.yaml for the others) with fast-check: for every
 * operation, a valid request (path ids, query values and a body built from
 * the schemas and their examples) and mutations of it — wrong types,
 * out-of-range and non-finite numbers, bad percent-escapes, prototype keys,
 * deep and huge bodies, bad dates, other and unknown methods, bad headers,
 * oversized URLs and headers. Deterministic under a seed. Shared by the MSW
 * and the HTTP runs (bad-input.test.ts), so both see the same requests.
 *
 * Reads the spec on its own (YAML + internal `$ref`s): the test depends on
 * the file, not on the engine's internals.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { parse } from 'yaml';

type Schema = Record<string, unknown>;

export interface FuzzOperation {
  operationId: string;
  method: string;
  /** Spec template, e.g. `/api/v1/projects/{project_id}`. */
  path: string;
  pathParams: string[];
  query: { name: string; schema: Schema }[];
  /** Content type -> schema of the request body (none: no body). */
  body: Record<string, Schema>;
  public: boolean;
  /** A session route that redirects to the login page without a session (its spec documents a 302). */
  redirectsWithoutSession: boolean;
  /** Statuses whose documented body is an HTML page (the web login form), not the JSON error body. */
  htmlStatuses: string[];
  /** The 5xx statuses the operation documents (the AI helper's 503 while it is off). */
  serverStatuses: string[];
}

export interface FuzzRequest {
  operationId: string;
  /** What was mutated, for the report and failure messages. */
  kind: string;
  method: string;
  /** Path and query, percent-encoded as sent (may hold deliberately malformed escapes). */
  url: string;
  headers: Record<string, string>;
  body?: string;
  /** A request the node server must refuse before any handler runs, with this status (414/431/405). */
  expectStatus?: number;
  /** The credentials were replaced by unusable ones: a non-public operation must answer 401 (no auth bypass). */
  badCredentials?: boolean;
}

/** TimeTracker's spec, the default. */
export const SPEC = new URL('../../openapi.yaml', import.meta.url);

function resolver(doc: Schema) {
  const lookup = (ref: string): unknown =>
    ref
      .slice(2)
      .split('/')
      .reduce<unknown>((node, key) => (node as Schema)[key.replace(/~1/g, '/').replace(/~0/g, '~')], doc);
  const deref = <T>(node: T): T => {
    let n: unknown = node;
    for (let i = 0; i < 20 && n && typeof n === 'object' && typeof (n as Schema).$ref === 'string'; i++) n = lookup((n as Schema).$ref as string);
    return n as T;
  };
  return deref;
}

/** The operations of a spec (default: openapi.yaml). */
export function loadOperations(spec: URL | string = SPEC): { operations: FuzzOperation[]; deref: <T>(node: T) => T } {
  const doc = parse(readFileSync(spec, 'utf8')) as Schema;
  const deref = resolver(doc);
  const operations: FuzzOperation[] = [];
  for (const [path, item] of Object.entries(doc.paths as Record<string, Schema>)) {
    const shared = ((item.parameters as Schema[]) ?? []).map(deref);
    for (const method of ['get', 'post', 'put', 'patch', 'delete']) {
      const op = item[method] as Schema | undefined;
      if (!op) continue;
      const params = [...shared, ...((op.parameters as Schema[]) ?? []).map(deref)];
      const body: Record<string, Schema> = {};
      const rb = deref(op.requestBody as Schema | undefined);
      for (const [type, media] of Object.entries((rb?.content as Record<string, Schema>) ?? {})) body[type] = deref(media.schema as Schema) ?? {};
      operations.push({
        operationId: String(op.operationId),
        method: method.toUpperCase(),
        path,
        pathParams: params.filter((p) => p.in === 'path').map((p) => String(p.name)),
        query: params.filter((p) => p.in === 'query').map((p) => ({ name: String(p.name), schema: deref(p.schema as Schema) ?? {} })),
        body,
        public: Array.isArray(op.security) && op.security.length === 0,
        redirectsWithoutSession: '302' in ((op.responses as Schema) ?? {}) && JSON.stringify(op.security ?? []).includes('sessionCookie'),
        htmlStatuses: Object.entries((op.responses as Record<string, Schema>) ?? {})
          .filter(([, r]) => 'text/html' in ((deref(r).content as Schema | undefined) ?? {}))
          .map(([s]) => s),
        serverStatuses: Object.keys((op.responses as Schema) ?? {}).filter((s) => s.startsWith('5')),
      });
    }
  }
  return { operations, deref };
}

/** A value that satisfies `schema`, from its example where it has one. */
export function sampleOf(schema: Schema | undefined, deref: <T>(node: T) => T, depth = 0): unknown {
  const s = deref(schema) ?? {};
  if (s.example !== undefined) return structuredClone(s.example);
  if (Array.isArray(s.allOf)) return Object.assign({}, ...s.allOf.map((p) => sampleOf(p as Schema, deref, depth + 1)));
  for (const k of ['oneOf', 'anyOf'] as const) if (Array.isArray(s[k])) return sampleOf((s[k] as Schema[])[0], deref, depth + 1);
  if (Array.isArray(s.enum)) return s.enum[0];
  switch (s.type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      const props = (s.properties as Record<string, Schema>) ?? {};
      for (const name of (s.required as string[]) ?? []) if (depth < 6) out[name] = sampleOf(props[name], deref, depth + 1);
      return out;
    }
    case 'array':
      return (s.minItems as number) > 0 && depth < 6 ? [sampleOf(s.items as Schema, deref, depth + 1)] : [];
    case 'integer':
    case 'number':
      return typeof s.minimum === 'number' ? Math.max(1, s.minimum) : 1;
    case 'boolean':
      return true;
    case 'string':
      if (s.format === 'date' || s.format === 'date-or-date-time') return '2026-11-10';
      return 'fuzz';
    default:
      return undefined;
  }
}

export const PROTO_KEYS = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'prototype', '__defineGetter__'];

/** Query and path values as sent (already percent-encoded): what a buggy client puts in a URL. */
const BAD_TEXT = [
  '1e309', '-1e309', 'Infinity', 'NaN', '0x10', '0b11', '0o7', '9007199254740993', '2147483648', '-2147483649', '99999999999999999999',
  '-1', '0', '1.5', '1e3', '+1', '%201', '1%20', '', 'abc', 'null', 'undefined', 'true', '[]', '%7B%7D',
  '%E0%A4%A', '%', '%zz', '%00', '%C0%AF', '%FF%FE', '..', '%2e%2e', '%2F',
  '2026-13-45', '2026-02-30', 'now', 'yesterday', '2026-11-16T25:61:00', '0000-00-00', '99999-01-01', '2026-11-16T10:00:00%2B99:99',
  ...PROTO_KEYS,
  'x'.repeat(3000), '%F0%9F%92%A9'.repeat(50), "'%20OR%201=1--", '%3Cscript%3E',
].map((v) => ({ raw: v }));

const badText = fc.constantFrom(...BAD_TEXT).map((v) => v.raw);

/**
 * A raw JSON text to splice into a body where this marker string stands:
 * JSON.stringify cannot write `1e309`, and would overflow on a 6,000-deep value.
 */
const rawTokens: string[] = [];
const RAW = (token: string) => {
  rawTokens.push(token);
  return `\u0000RAW:${rawTokens.length - 1}\u0000`;
};
const spliceRaw = (text: string) => text.replace(/"\\u0000RAW:(\d+)\\u0000"/g, (_, i: string) => rawTokens[Number(i)]);

/** JSON text nested `depth` levels, objects and arrays alternating. */
const deepText = (depth: number): string => {
  let open = '';
  let close = '';
  for (let i = 0; i < depth; i++) {
    open += i % 2 ? '{"a":' : '[';
    close = (i % 2 ? '}' : ']') + close;
  }
  return `${open}1${close}`;
};

/** A JSON value a field should not take. */
const badJsonValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(
    null, true, false, 0, -1, 1.5, -0.0000001, 2147483648, 9007199254740993, -9007199254740993, 1e300,
    RAW('1e309'), RAW('-1e309'), RAW('1E400'), RAW('-0'),
    '', ' ', 'x'.repeat(20_000), '1e309', '0x10', 'NaN', '2026-13-45', 'now', '2026-02-30T10:00:00', '2026-11-16T24:00:00', '9999-99-99',
    [], [null], [1, 'a', {}], {}, JSON.parse('{"__proto__":null}'), { constructor: { prototype: 1 } },
    '%E0%A4%A', '\u0000', '\ud800', '💩',
  ),
  fc.integer({ min: 33, max: 6000 }).map((d) => RAW(deepText(d))),
  fc.jsonValue({ maxDepth: 3 }),
);

/** Body texts that are not a (valid) object. */
const badBodyText = fc.oneof(
  fc.constantFrom('{', '{"a":', '[1,2', '}', 'nul', 'undefined', '{"a":1,}', "{'a':1}", '{"a":1}{"b":2}', '\u0000', '', ' ', 'null', '"text"', '123', '[]', '[{}]', 'true',
    '{"__proto__":{"polluted":1}}', '{"constructor":{"prototype":{"polluted":1}}}', RAW('1e309')),
  fc.integer({ min: 33, max: 20_000 }).map((d) => '['.repeat(d) + ']'.repeat(d)),
  fc.integer({ min: 33, max: 20_000 }).map((d) => '{"a":'.repeat(d) + '1' + '}'.repeat(d)),
  fc.constantFrom(1.1, 2.5).map((mib) => JSON.stringify({ name: 'x'.repeat(Math.round(mib * 1024 * 1024)) })),
).map(spliceRaw);

const METHODS_OTHER = ['FOO', 'PROPFIND', 'PURGE', 'LINK', 'HEAD', 'OPTIONS', 'DELETE', 'PUT', 'PATCH', 'POST', 'GET', 'get', 'M-SEARCH'];

/** Credentials that name no valid token (each must be a 401 on a non-public operation). */
const BAD_CREDENTIALS: Record<string, string>[] = [
  { authorization: 'Bearer' },
  { authorization: 'Bearer tt_%E0%A4%A' },
  { authorization: 'Basic YWRtaW46YWRtaW4=' },
  { authorization: `Bearer tt_${'x'.repeat(4000)}` },
  { authorization: 'Bearer tt_constructor' },
  { authorization: '', 'x-api-key': 'constructor' },
  { authorization: '', 'x-api-key': '__proto__' },
  { authorization: '', cookie: 'session=%E0%A4%A' },
  { authorization: '', cookie: 'session=__proto__; session=tt_x' },
];
const badCredentials = fc.constantFrom(...BAD_CREDENTIALS);

const badHeaders = fc.constantFrom<Record<string, string>>(
  { 'idempotency-key': 'k'.repeat(5000) },
  { 'idempotency-key': '__proto__' },
  { 'content-type': 'application/json; charset=%E0' },
  { accept: 'application/xml' },
  { prefer: 'respond-async' },
  { 'x-request-id': '%E0%A4%A' },
  { origin: 'null' },
  JSON.parse('{"constructor":"1","__proto__":"1","hasownproperty":"1"}') as Record<string, string>,
);

function fill(op: FuzzOperation, values: Record<string, string> = {}): string {
  return op.path.replace(/\{([^}]+)\}/g, (_, name: string) => values[name] ?? '1');
}

function queryString(pairs: [string, string][]): string {
  return pairs.length ? `?${pairs.map(([k, v]) => `${k}=${v}`).join('&')}` : '';
}

/** A valid query value for a parameter's schema (encoded). */
function validQueryValue(schema: Schema, deref: <T>(node: T) => T): string {
  const v = sampleOf(schema, deref);
  return encodeURIComponent(Array.isArray(v) ? String(v[0] ?? 'x') : String(v ?? 'x'));
}

/**
 * Mutations of one operation's valid request. Every request carries the
 * given token unless the mutation replaces the credentials.
 */
export function mutationsOf(op: FuzzOperation, deref: <T>(node: T) => T, token: string): fc.Arbitrary<FuzzRequest> {
  const jsonType = Object.keys(op.body).find((t) => t === 'application/json');
  const validBody = jsonType ? sampleOf(op.body[jsonType], deref) : undefined;
  const auth = { authorization: `Bearer ${token}` };
  const base = (kind: string, url: string, extra: Partial<FuzzRequest> = {}): FuzzRequest => ({
    operationId: op.operationId,
    kind,
    method: op.method,
    url,
    headers: { ...auth, ...(jsonType ? { 'content-type': 'application/json' } : {}) },
    body: validBody === undefined ? undefined : JSON.stringify(validBody),
    ...extra,
  });
  const names = [...op.query.map((q) => q.name), ...PROTO_KEYS, 'page', 'per_page'];
  const kinds: fc.Arbitrary<FuzzRequest>[] = [
    // One query parameter (declared, or a prototype name) with a bad value, the rest valid.
    fc.tuple(fc.constantFrom(...names), badText).map(([name, value]) => {
      const pairs = op.query.filter((q) => q.name !== name).map((q): [string, string] => [q.name, validQueryValue(q.schema, deref)]);
      return base('query-value', fill(op) + queryString([...pairs, [name, value]]));
    }),
    // Every declared parameter bad at once, some repeated.
    fc.array(badText, { minLength: op.query.length + 1, maxLength: op.query.length + 3 }).map((values) =>
      base('query-many', fill(op) + queryString(values.map((v, i): [string, string] => [op.query[i % Math.max(1, op.query.length)]?.name ?? 'q', v]))),
    ),
    // Headers: keys, content types, odd names.
    badHeaders.map((h) => {
      const r = base('header', fill(op));
      return { ...r, headers: { ...r.headers, ...h } };
    }),
    // Credentials that name no valid token.
    badCredentials.map((h) => {
      const r = base('credentials', fill(op));
      return { ...r, headers: { ...r.headers, ...h }, badCredentials: true };
    }),
    // Another or an unknown method on the operation's path (llhttp refuses unknown tokens: 405 before any handler).
    fc.constantFrom(...METHODS_OTHER).map((method) => ({ ...base('method', fill(op)), method, ...(method === 'FOO' ? { expectStatus: 405 } : {}) })),
    // Oversized request line or header block (node:http: 414 / 431; MSW has no such limit).
    fc.constantFrom('url', 'header').map((what) =>
      what === 'url'
        ? base('oversize-url', `${fill(op)}?pad=${'a'.repeat(20_000)}`, { expectStatus: 414 })
        : { ...base('oversize-header', fill(op)), headers: { ...auth, 'x-pad': 'a'.repeat(20_000) }, expectStatus: 431 },
    ),
  ];
  if (op.pathParams.length > 0) {
    kinds.push(
      fc.tuple(fc.constantFrom(...op.pathParams), badText.filter((v) => v !== '' && !v.includes('/') && !v.startsWith('..') && v !== '%2e%2e')).map(([name, value]) =>
        base('path-value', fill(op, { [name]: value })),
      ),
    );
  }
  if (jsonType) {
    const schema = deref(op.body[jsonType]);
    const props = Object.keys((deref(schema.properties as Schema | undefined) as Schema | undefined) ?? {});
    const targets = [...props, ...PROTO_KEYS, 'custom_fields'];
    kinds.push(
      // One field set to a bad value, on top of the valid body.
      fc.tuple(fc.constantFrom(...targets), badJsonValue).map(([field, value]) => {
        const body = { ...(validBody && typeof validBody === 'object' ? (validBody as Record<string, unknown>) : {}) };
        Object.defineProperty(body, field, { value, enumerable: true, configurable: true, writable: true }); // an own `__proto__` too
        return base('body-field', fill(op), { body: spliceRaw(JSON.stringify(body)) });
      }),
      // A body that is not a valid object at all: malformed, another type, deep, over the size limit.
      badBodyText.map((text) => base('body-shape', fill(op), { body: text })),
      // The valid body with a wrong or missing content type.
      fc.constantFrom('text/plain', 'application/xml', 'application/x-www-form-urlencoded', 'multipart/form-data', 'application/json-seq', '').map((type) => {
        const r = base('content-type', fill(op));
        const headers: Record<string, string> = { ...r.headers };
        if (type) headers['content-type'] = type;
        else delete headers['content-type'];
        return { ...r, headers };
      }),
    );
  }
  return fc.oneof(...kinds);
}

/** `runs` requests per operation of `spec` (default: openapi.yaml), the same list for the same seed. */
export function generateRequests(tokens: { admin: string }, runs: number, seed: number, spec: URL | string = SPEC): FuzzRequest[] {
  const { operations, deref } = loadOperations(spec);
  const out: FuzzRequest[] = [];
  operations.forEach((op, i) => {
    out.push(...fc.sample(mutationsOf(op, deref, tokens.admin), { seed: seed + i, numRuns: runs }));
  });
  return out;
}

/** What a TimeTracker 4xx body must be (the documented error shape); null when it is. */
export function errorBodyProblem(status: number, body: unknown): string | null {
  if (status < 400 || status >= 500) return null;
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return `a ${status} without a JSON object body`;
  const b = body as Record<string, unknown>;
  for (const k of ['error', 'message', 'error_code']) if (typeof b[k] !== 'string' || !b[k]) return `a ${status} without a string ${k}`;
  if (b.error_code === 'validation_error') {
    const e = b.errors;
    if (typeof e !== 'object' || e === null || Array.isArray(e) || Object.keys(e).length === 0) return 'a validation_error without field-level errors';
    for (const [field, messages] of Object.entries(e)) {
      if (!Array.isArray(messages) || messages.length === 0 || !messages.every((m) => typeof m === 'string')) return `errors.${field} is not a list of messages`;
    }
  }
  return null;
}

/**
 * What a TimeCamp 4xx body must be: `{"message": <text>, "code": <status>}`
 * in the format asked for (JSON, or the XML and CSV renderings of the same
 * object when a mutation changed `format` or `Accept`); null when it is.
 */
export function timecampErrorBodyProblem(status: number, body: unknown): string | null {
  if (status < 400 || status >= 500) return null;
  if (typeof body === 'string') {
    const xml = /^<\?xml version="1\.0" encoding="utf-8"\?>\n<xml><message>([^<]+)<\/message><code>(\d+)<\/code><\/xml>\n?$/.exec(body);
    const csv = /^message,code\r?\n([\s\S]+),(\d+)\r?\n?$/.exec(body);
    const m = xml ?? csv;
    if (!m) return `a ${status} neither JSON nor the XML or CSV {message, code}`;
    return Number(m[2]) === status ? null : `a ${status} whose code is ${m[2]}`;
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return `a ${status} without a {message, code} body`;
  const b = body as Record<string, unknown>;
  if (typeof b.message !== 'string' || !b.message) return `a ${status} without a string message`;
  if (b.code !== status) return `a ${status} whose code is ${JSON.stringify(b.code)}`;
  return null;
}
