/**
 * The spec, loaded once per process through the kit's one loader
 * (`loadDocument`, dereferenced by the engine's `specModel`), turned into a
 * small operation table the cases, checks and runner share. Nothing here
 * knows about the mock; it reads only the document.
 */
import { specModel } from '../../src/core/spec-model.js';
import { loadDocument, specPath } from '../../src/spec-files.js';

export type JsonObject = { [key: string]: unknown };
export const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The kit's own spec, found from the package root (works from src/ and dist/). */
export const DEFAULT_SPEC = specPath('timetracker');

export const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;
export const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export interface HeaderDef {
  required: boolean;
  schema?: JsonObject;
  /** `x-header-group`: headers of one group are sent all together or not at all. */
  group?: string;
}

export interface ResponseDef {
  status: string;
  description: string;
  headers: Record<string, HeaderDef>;
  /** Media type -> schema (may be undefined when the media type has none). */
  content: Record<string, JsonObject | undefined>;
}

export interface ParameterDef {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required: boolean;
  schema?: JsonObject;
}

export interface Operation {
  operationId: string;
  /** Upper-case. */
  method: string;
  /** Path template, e.g. /api/v1/projects/{project_id}. */
  path: string;
  summary: string;
  tags: string[];
  /** Needs a token (effective `security` is not empty). */
  authenticated: boolean;
  /** `x-required-scopes` (any-of); empty = no scope. */
  requiredScopes: string[];
  /** `x-required-role`, e.g. "admin". */
  requiredRole?: string;
  mockOnly: boolean;
  /** `x-real-server: absent` — documented, but the real server lacks it. */
  realServerAbsent: boolean;
  parameters: ParameterDef[];
  requestBody?: { required: boolean; content: Record<string, JsonObject | undefined> };
  responses: Record<string, ResponseDef>;
  /** GET/HEAD/OPTIONS, and not marked `x-writes` (a GET that changes state: read-only runs never send it). */
  safe: boolean;
}

export interface Spec {
  document: JsonObject;
  operations: Operation[];
  byId: Map<string, Operation>;
  op(operationId: string): Operation;
}

const cache = new Map<string, Promise<Spec>>();

/** Load, validate and dereference the spec (once per path and process). */
export function loadSpec(path: string = DEFAULT_SPEC): Promise<Spec> {
  let p = cache.get(path);
  if (!p) {
    p = (async () => buildSpec(specModel(loadDocument('timetracker', path)).document))();
    cache.set(path, p);
  }
  return p;
}

function asStringArray(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

export function buildSpec(document: JsonObject): Spec {
  const operations: Operation[] = [];
  const rootSecurity = Array.isArray(document.security) ? document.security : [];
  const paths = isObject(document.paths) ? document.paths : {};
  for (const [path, itemRaw] of Object.entries(paths)) {
    if (!isObject(itemRaw)) continue;
    const shared = Array.isArray(itemRaw.parameters) ? itemRaw.parameters : [];
    for (const method of METHODS) {
      const opRaw = itemRaw[method];
      if (!isObject(opRaw) || typeof opRaw.operationId !== 'string') continue;
      const security = Array.isArray(opRaw.security) ? opRaw.security : rootSecurity;
      const params = new Map<string, ParameterDef>();
      for (const p of [...shared, ...(Array.isArray(opRaw.parameters) ? opRaw.parameters : [])]) {
        if (!isObject(p) || typeof p.name !== 'string' || typeof p.in !== 'string') continue;
        params.set(`${p.in}:${p.name}`, {
          name: p.name,
          in: p.in as ParameterDef['in'],
          required: p.required === true,
          schema: isObject(p.schema) ? p.schema : undefined,
        });
      }
      const responses: Record<string, ResponseDef> = {};
      for (const [status, r] of Object.entries(isObject(opRaw.responses) ? opRaw.responses : {})) {
        if (!isObject(r)) continue;
        const headers: Record<string, HeaderDef> = {};
        for (const [name, h] of Object.entries(isObject(r.headers) ? r.headers : {})) {
          if (!isObject(h)) continue;
          headers[name] = {
            required: h.required === true,
            schema: isObject(h.schema) ? h.schema : undefined,
            ...(typeof h['x-header-group'] === 'string' ? { group: h['x-header-group'] } : {}),
          };
        }
        const content: Record<string, JsonObject | undefined> = {};
        for (const [mt, m] of Object.entries(isObject(r.content) ? r.content : {})) {
          content[mt] = isObject(m) && isObject(m.schema) ? m.schema : undefined;
        }
        responses[status] = { status, description: typeof r.description === 'string' ? r.description : '', headers, content };
      }
      let requestBody: Operation['requestBody'];
      if (isObject(opRaw.requestBody)) {
        const content: Record<string, JsonObject | undefined> = {};
        for (const [mt, m] of Object.entries(isObject(opRaw.requestBody.content) ? opRaw.requestBody.content : {})) {
          content[mt] = isObject(m) && isObject(m.schema) ? m.schema : undefined;
        }
        requestBody = { required: opRaw.requestBody.required === true, content };
      }
      const upper = method.toUpperCase();
      operations.push({
        operationId: opRaw.operationId,
        method: upper,
        path,
        summary: typeof opRaw.summary === 'string' ? opRaw.summary : '',
        tags: asStringArray(opRaw.tags),
        authenticated: security.length > 0,
        requiredScopes: asStringArray(opRaw['x-required-scopes']),
        requiredRole: typeof opRaw['x-required-role'] === 'string' ? opRaw['x-required-role'] : undefined,
        mockOnly: opRaw['x-mock-only'] === true,
        realServerAbsent: opRaw['x-real-server'] === 'absent',
        parameters: [...params.values()],
        requestBody,
        responses,
        safe: SAFE_METHODS.has(upper) && opRaw['x-writes'] !== true,
      });
    }
  }
  const byId = new Map(operations.map((o) => [o.operationId, o]));
  return {
    document,
    operations,
    byId,
    op(id: string): Operation {
      const o = byId.get(id);
      if (!o) throw new Error(`operation "${id}" is not in the spec`);
      return o;
    },
  };
}

/** The documented success status codes of an operation, ascending. */
export function successStatuses(op: Operation): number[] {
  return Object.keys(op.responses)
    .filter((s) => /^2\d\d$/.test(s))
    .map(Number)
    .sort((a, b) => a - b);
}

/** The response definition for a status: exact code, then `4XX`-style range, then `default`. */
export function responseFor(op: Operation, status: number): ResponseDef | undefined {
  return op.responses[String(status)] ?? op.responses[`${String(status)[0]}XX`] ?? op.responses.default;
}

/** Fill a path template: `/projects/{project_id}` + {project_id: 3}. */
export function fillPath(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const v = params[name];
    if (v === undefined) throw new Error(`path parameter "${name}" missing for ${template}`);
    return encodeURIComponent(String(v));
  });
}

/** Is this a paginated list (its 2xx JSON schema requires `pagination`)? */
export function isPaginatedList(op: Operation): boolean {
  const ok = op.responses['200'];
  const schema = ok?.content['application/json'];
  return op.method === 'GET' && isObject(schema) && Array.isArray(schema.required) && schema.required.includes('pagination');
}

/** The array property of a list response (`projects`, `time_entries`, ...). */
export function listKey(op: Operation): string | undefined {
  const schema = op.responses['200']?.content['application/json'];
  if (!isObject(schema) || !isObject(schema.properties)) return undefined;
  for (const [k, v] of Object.entries(schema.properties)) {
    if (k !== 'pagination' && isObject(v) && v.type === 'array') return k;
  }
  return undefined;
}
