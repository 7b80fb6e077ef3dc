/**
 * Loads openapi.yaml once and turns it into the operation table the router,
 * the validators and the handlers share. Dereferencing is done here, in
 * memory and synchronously (the spec has only internal `#/components` refs),
 * so `createEngine()` and `createHandlers()` need no `await`.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

export type JsonSchema = Record<string, unknown>;

export interface ParamDef {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required: boolean;
  schema: JsonSchema;
}

export interface ResponseDef {
  schema?: JsonSchema;
  /** Named examples of the JSON body (`Prefer: example=<name>`). */
  examples?: Record<string, unknown>;
  /** Declared header names (lower-cased) -> required. */
  headers: Record<string, boolean>;
}

export interface OperationDef {
  operationId: string;
  method: string;
  /** Spec path template, e.g. `/api/v1/projects/{project_id}`. */
  path: string;
  tags: string[];
  /** Any one of these scopes suffices; empty means no scope check. */
  scopes: string[];
  /** No token needed (`security: []`). */
  public: boolean;
  /** Session-cookie routes that also take a token (web JSON under /api). */
  sessionRoute: boolean;
  requiredRole: string | null;
  mockOnly: boolean;
  params: ParamDef[];
  /** Content type -> schema. */
  requestBody: { required: boolean; content: Record<string, JsonSchema> } | null;
  responses: Record<string, ResponseDef>;
}

export interface SpecModel {
  document: Record<string, unknown>;
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

export const SPEC_PATH = fileURLToPath(new URL('../../openapi.yaml', import.meta.url));

let cached: SpecModel | undefined;

/** The parsed spec (cached per process). Pass a document to use another spec. */
export function loadSpec(document?: Record<string, unknown>): SpecModel {
  if (!document && cached) return cached;
  const raw = document ?? (parse(readFileSync(SPEC_PATH, 'utf8')) as Record<string, unknown>);
  const doc = dereference(raw);
  const model = buildModel(doc);
  if (!document) cached = model;
  return model;
}

function buildModel(doc: Record<string, unknown>): SpecModel {
  const operations: OperationDef[] = [];
  const paths = doc.paths as Record<string, Record<string, unknown>>;
  const globalSecurity = (doc.security as unknown[]) ?? [];
  for (const [path, item] of Object.entries(paths)) {
    const shared = (item.parameters as Record<string, unknown>[]) ?? [];
    for (const method of METHODS) {
      const op = item[method] as Record<string, unknown> | undefined;
      if (!op) continue;
      const security = (op.security as Record<string, unknown>[] | undefined) ?? (globalSecurity as Record<string, unknown>[]);
      const params = [...shared, ...((op.parameters as Record<string, unknown>[]) ?? [])].map(
        (p): ParamDef => ({
          name: String(p.name),
          in: p.in as ParamDef['in'],
          required: Boolean(p.required),
          schema: (p.schema as JsonSchema) ?? {},
        }),
      );
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
        responses[status] = { schema: json?.schema as JsonSchema | undefined, headers, examples };
      }
      operations.push({
        operationId: String(op.operationId),
        method: method.toUpperCase(),
        path,
        tags: (op.tags as string[]) ?? [],
        scopes: (op['x-required-scopes'] as string[]) ?? [],
        public: security.length === 0,
        sessionRoute: security.some((s) => 'sessionCookie' in s),
        requiredRole: (op['x-required-role'] as string) ?? null,
        mockOnly: Boolean(op['x-mock-only']),
        params,
        requestBody: body ? { required: Boolean(body.required), content } : null,
        responses,
      });
    }
  }
  return { document: doc, operations, byId: new Map(operations.map((o) => [o.operationId, o])) };
}
