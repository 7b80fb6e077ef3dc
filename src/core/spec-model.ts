/**
 * An OpenAPI document -> the operation table the router, the validators and
 * the handlers share. Pure: it receives the parsed document (the Node entry
 * reads the YAML file, the browser entry imports a JSON module) and imports
 * nothing from any environment. Dereferencing is done here, in memory and
 * synchronously (internal `#/components` refs only), so engines are created
 * without `await`. One model per document object.
 *
 * Per-operation behaviour is read from markers in the spec, never from lists
 * in code (`npm run lint:spec` checks them, see scripts/lint-spec.ts):
 * - `x-required-scopes`, `x-required-role`: access;
 * - `x-mock-only: true`: exists only in the mock (not counted, not checked on real servers);
 * - `x-mock-cache: true`: a read whose answer depends only on the stored data,
 *   the caller and the date (decisions/0004-read-cache.md);
 * - `x-mock-reads: [tables]` beside it: the store tables the answer is made of,
 *   so that only a write to one of them drops the cached answer;
 * - an `Idempotency-Key` header parameter: replays are answered from the idempotency store;
 * - `x-clamp: true` on a parameter: values above its `maximum` are capped, not refused;
 * - `x-writes: true` on a GET: it changes state (Harvest's timer toggle), so it
 *   clears the read cache like a write and read-only contract runs never send it;
 * - `x-throttle-exempt: true`: not counted by the throttle (a status endpoint that
 *   must answer during a lockout);
 * - `x-path-pairs: true` (on the document, a path or an operation): the path may be
 *   followed by key/value segments read like query parameters (TimeCamp's
 *   `/tasks/format/json/task_id/7`; router.ts).
 *
 * @example
 * const model = specModel(parse(readFileSync('openapi.yaml', 'utf8')));
 * model.byId.get('listProjects')?.path; // '/api/v1/projects'
 */

export type JsonSchema = Record<string, unknown>;

/** A parsed OpenAPI 3.0 document (JSON-compatible data). */
export type SpecDocument = Record<string, unknown>;

export interface ParamDef {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required: boolean;
  schema: JsonSchema;
  /** Values above the schema's `maximum` are capped to it (`x-clamp: true`). */
  clamp: boolean;
  /**
   * The value is JSON text (`content: {application/json: {schema}}` instead of
   * `schema`, as OpenAPI writes a Sails/Waterline `?where={...}`): parsed,
   * then validated against `schema`.
   */
  json: boolean;
}

export interface ResponseDef {
  schema?: JsonSchema;
  /** Named examples of the JSON body (`Prefer: example=<name>`). */
  examples?: Record<string, unknown>;
  /** Declared header names (lower-cased) -> required. */
  headers: Record<string, boolean>;
  /** The answer is an HTML page (only `text/html` declared: the web login form). */
  page?: boolean;
  /** Media types declared with a `{type: string, format: binary}` schema (a PDF download): the body is bytes. */
  binary?: string[];
}

export interface OperationDef {
  operationId: string;
  method: string;
  /** Spec path template, e.g. `/api/v1/projects/{project_id}`. */
  path: string;
  tags: string[];
  /** Any one of these scopes suffices; empty means no scope check. */
  scopes: string[];
  /** No credentials needed (`security: []`). */
  public: boolean;
  /** The security schemes that may authenticate the call (any one of them). */
  security: string[];
  /** Session-cookie routes that also take a token (web JSON under /api). */
  sessionRoute: boolean;
  requiredRole: string | null;
  mockOnly: boolean;
  /** `x-mock-cache: true`: its 200 depends on stored data, the caller and the date only. */
  cacheable: boolean;
  /** Changes state although its method is safe (`x-writes: true` on a GET). */
  writes: boolean;
  /** Not counted by the throttle (`x-throttle-exempt: true`, or `x-mock-only`). */
  throttleExempt: boolean;
  /** `x-mock-reads`: the store tables a cacheable answer is made of (null: unknown, any write drops it). */
  reads: string[] | null;
  /** Takes an `Idempotency-Key` header. */
  idempotent: boolean;
  /** Key/value path segments after its path are query parameters (`x-path-pairs: true`). */
  pathPairs: boolean;
  params: ParamDef[];
  /** Content type -> schema. */
  requestBody: { required: boolean; content: Record<string, JsonSchema> } | null;
  responses: Record<string, ResponseDef>;
}

export interface SpecModel {
  /** The dereferenced document. */
  document: SpecDocument;
  operations: OperationDef[];
  byId: Map<string, OperationDef>;
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

/** Replace every `{"$ref": "#/..."}` by (a shared reference to) its target. */
export function dereference<T>(doc: T): T {
  const root = doc as unknown as Record<string, unknown>;
  const resolving = new Set<string>();
  const done = new Map<string, unknown>();
  const lookup = (ref: string): unknown => {
    if (!ref.startsWith('#/')) throw new Error(`only internal $refs are supported: ${ref}`);
    return ref
      .slice(2)
      .split('/')
      .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key.replace(/~1/g, '/').replace(/~0/g, '~')], root);
  };
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(walk);
    if (node === null || typeof node !== 'object') return node;
    const obj = node as Record<string, unknown>;
    if (typeof obj.$ref === 'string') {
      const ref = obj.$ref;
      if (done.has(ref)) return done.get(ref);
      if (resolving.has(ref)) throw new Error(`circular $ref: ${ref}`);
      resolving.add(ref);
      const value = walk(lookup(ref));
      resolving.delete(ref);
      done.set(ref, value);
      return value;
    }
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(obj)) out[k] = walk(v);
    return out;
  };
  return walk(doc) as T;
}

const models = new WeakMap<object, SpecModel>();

/** The operation table of a document (built once per document object). */
export function specModel(document: SpecDocument): SpecModel {
  let model = models.get(document);
  if (!model) {
    model = buildModel(dereference(document));
    models.set(document, model);
  }
  return model;
}

function buildModel(doc: SpecDocument): SpecModel {
  const operations: OperationDef[] = [];
  const paths = doc.paths as Record<string, Record<string, unknown>>;
  const globalSecurity = (doc.security as Record<string, unknown>[] | undefined) ?? [];
  const flag = (...values: unknown[]): boolean => values.find((v) => typeof v === 'boolean') === true;
  for (const [path, item] of Object.entries(paths)) {
    const shared = (item.parameters as Record<string, unknown>[]) ?? [];
    for (const method of METHODS) {
      const op = item[method] as Record<string, unknown> | undefined;
      if (!op) continue;
      const security = (op.security as Record<string, unknown>[] | undefined) ?? globalSecurity;
      // An operation's parameter replaces the path item's of the same name and location (OpenAPI 3.0 "Path Item Object").
      const byKey = new Map<string, Record<string, unknown>>();
      for (const p of [...shared, ...((op.parameters as Record<string, unknown>[]) ?? [])]) byKey.set(`${String(p.in)}:${String(p.name)}`, p);
      const params = [...byKey.values()].map((p): ParamDef => {
        const jsonContent = (p.content as Record<string, { schema?: JsonSchema }> | undefined)?.['application/json'];
        return {
          name: String(p.name),
          in: p.in as ParamDef['in'],
          required: Boolean(p.required),
          schema: (p.schema as JsonSchema) ?? jsonContent?.schema ?? {},
          clamp: p['x-clamp'] === true,
          json: jsonContent !== undefined && p.schema === undefined,
        };
      });
      const body = op.requestBody as Record<string, unknown> | undefined;
      const content: Record<string, JsonSchema> = {};
      for (const [type, media] of Object.entries((body?.content as Record<string, Record<string, unknown>>) ?? {})) {
        content[type] = (media.schema as JsonSchema) ?? {};
      }
      const responses: Record<string, ResponseDef> = {};
      for (const [status, r] of Object.entries(op.responses as Record<string, Record<string, unknown>>)) {
        const json = (r.content as Record<string, Record<string, unknown>> | undefined)?.['application/json'];
        const headers: Record<string, boolean> = {};
        for (const [name, h] of Object.entries((r.headers as Record<string, Record<string, unknown>>) ?? {})) {
          headers[name.toLowerCase()] = Boolean(h.required);
        }
        const examples: Record<string, unknown> = {};
        for (const [name, ex] of Object.entries((json?.examples as Record<string, { value?: unknown }>) ?? {})) examples[name] = ex.value;
        if (json?.example !== undefined) examples.default = json.example;
        const types = Object.keys((r.content as Record<string, unknown> | undefined) ?? {});
        const page = types.length > 0 && types.every((t) => t === 'text/html');
        const media = (r.content as Record<string, { schema?: JsonSchema }> | undefined) ?? {};
        const binary = types.filter((t) => media[t]?.schema?.type === 'string' && media[t]?.schema?.format === 'binary');
        responses[status] = { schema: json?.schema as JsonSchema | undefined, headers, examples, ...(page ? { page } : {}), ...(binary.length > 0 ? { binary } : {}) };
      }
      operations.push({
        operationId: String(op.operationId),
        method: method.toUpperCase(),
        path,
        tags: (op.tags as string[]) ?? [],
        scopes: (op['x-required-scopes'] as string[]) ?? [],
        public: security.length === 0,
        security: [...new Set(security.flatMap((s) => Object.keys(s)))],
        sessionRoute: security.some((s) => 'sessionCookie' in s),
        requiredRole: (op['x-required-role'] as string) ?? null,
        mockOnly: Boolean(op['x-mock-only']),
        cacheable: op['x-mock-cache'] === true,
        writes: op['x-writes'] === true,
        throttleExempt: op['x-throttle-exempt'] === true || Boolean(op['x-mock-only']),
        reads: Array.isArray(op['x-mock-reads']) ? (op['x-mock-reads'] as unknown[]).map(String) : null,
        idempotent: params.some((p) => p.in === 'header' && p.name.toLowerCase() === 'idempotency-key'),
        pathPairs: flag(op['x-path-pairs'], item['x-path-pairs'], doc['x-path-pairs']),
        params,
        requestBody: body ? { required: Boolean(body.required), content } : null,
        responses,
      });
    }
  }
  return { document: doc, operations, byId: new Map(operations.map((o) => [o.operationId, o])) };
}
