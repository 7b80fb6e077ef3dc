/**
 * A route table compiled once from the spec: static paths in a Map (one
 * lookup), templated paths bucketed by segment count and matched segment by
 * segment, a literal segment before a parameter at the same place (so
 * `/daily/show/{id}` wins over `/daily/{day_of_year}/{year}`, as OpenAPI
 * says concrete paths match first). Never tries handlers one by one.
 *
 * Operations marked `x-path-pairs` (spec-model.ts) also match with
 * key/value segments after their path, CodeIgniter-style:
 * `/tasks/format/json/task_id/7` is `/tasks` with the pairs
 * `format=json, task_id=7` (an even number of segments, a trailing slash
 * ignored), tried only when no path matches exactly, longest path first.
 *
 * With `caseInsensitive` (Sails' routes), literal segments match in any case;
 * parameter values keep theirs.
 */
import { decodeComponent } from './input.js';
import type { OperationDef } from './spec-model.js';

export interface RouteMatch {
  op: OperationDef;
  params: Record<string, string>;
  /** Key/value segments after the operation's path (`x-path-pairs`), decoded, in order. */
  pairs?: [string, string][];
  /** The request path without those segments. */
  base?: string;
}

interface Template {
  op: OperationDef;
  /** Literal segment, or null for a parameter. */
  segments: (string | null)[];
  names: string[];
}

export interface Router {
  /**
   * The operation for method + path, or `null` with the methods the path allows
   * (for 405). HEAD matches the GET operation (the adapters send no body).
   */
  match(method: string, path: string): RouteMatch | { op: null; allowed: string[] };
}

export function compileRouter(operations: OperationDef[], options: { caseInsensitive?: boolean } = {}): Router {
  const fold = options.caseInsensitive ? (s: string) => s.toLowerCase() : (s: string) => s;
  const templateOf = (op: OperationDef): Template => {
    const parts = op.path.split('/');
    return {
      op,
      segments: parts.map((p) => (p.startsWith('{') ? null : fold(p))),
      names: parts.filter((p) => p.startsWith('{')).map((p) => p.slice(1, -1)),
    };
  };
  /** Do the template's segments match the first segments of `parts` (a parameter: any non-empty segment)? */
  const prefixMatches = (t: Template, parts: string[]): boolean => {
    for (let i = 0; i < t.segments.length; i++) {
      const seg = t.segments[i];
      if (seg === null ? parts[i] === '' : seg !== fold(parts[i])) return false;
    }
    return true;
  };
  const staticRoutes = new Map<string, Map<string, OperationDef>>(); // path -> method -> op
  const templates = new Map<number, Template[]>(); // segment count -> templates
  const pairRoutes: Template[] = [];
  for (const op of operations) {
    if (op.pathPairs) pairRoutes.push(templateOf(op));
    if (!op.path.includes('{')) {
      let byMethod = staticRoutes.get(fold(op.path));
      if (!byMethod) staticRoutes.set(fold(op.path), (byMethod = new Map()));
      byMethod.set(op.method, op);
      continue;
    }
    const t = templateOf(op);
    const list = templates.get(t.segments.length) ?? [];
    list.push(t);
    templates.set(t.segments.length, list);
  }
  // Longest path first: `/client/task/client_id/5` is `/client/task` with a pair, not `/client` with three segments.
  pairRoutes.sort((a, b) => b.segments.length - a.segments.length);

  // Literal segments sort before parameters, position by position.
  const shape = (t: Template) => t.segments.map((seg) => (seg === null ? '1' : '0')).join('');
  for (const list of templates.values()) list.sort((a, b) => (shape(a) < shape(b) ? -1 : shape(a) > shape(b) ? 1 : 0));

  const exact = (method: string, path: string): RouteMatch | { op: null; allowed: string[] } => {
    const byMethod = staticRoutes.get(fold(path));
    if (byMethod) {
      const op = byMethod.get(method);
      return op ? { op, params: {} } : { op: null, allowed: [...byMethod.keys()] };
    }
    const parts = path.split('/');
    const allowed: string[] = [];
    for (const t of templates.get(parts.length) ?? []) {
      if (!prefixMatches(t, parts)) continue;
      if (t.op.method !== method) {
        allowed.push(t.op.method);
        continue;
      }
      const params = paramsOf(t, parts);
      // A segment that is not valid percent-encoding names no resource: no route (404).
      return params ? { op: t.op, params } : { op: null, allowed: [] };
    }
    return { op: null, allowed };
  };

  const withPairs = (method: string, path: string, allowed: string[]): RouteMatch | { op: null; allowed: string[] } => {
    const parts = path.split('/');
    for (const t of pairRoutes) {
      const n = t.segments.length;
      if (parts.length <= n || !prefixMatches(t, parts)) continue;
      const rest = parts.slice(n);
      if (rest[rest.length - 1] === '') rest.pop();
      if (rest.length % 2 !== 0 || rest.some((seg, i) => seg === '' && i % 2 === 0)) continue;
      if (t.op.method !== method) {
        allowed.push(t.op.method);
        continue;
      }
      const params = paramsOf(t, parts);
      const pairs: [string, string][] = [];
      for (let i = 0; params && i < rest.length; i += 2) {
        const key = decodeComponent(rest[i]);
        const value = decodeComponent(rest[i + 1]);
        if (key === null || value === null) return { op: null, allowed: [] };
        pairs.push([key, value]);
      }
      return params ? { op: t.op, params, pairs, base: parts.slice(0, n).join('/') } : { op: null, allowed: [] };
    }
    return { op: null, allowed };
  };

  return {
    match(asked, path) {
      const method = asked === 'HEAD' ? 'GET' : asked;
      const found = exact(method, path);
      if (found.op !== null) return found;
      const tried = pairRoutes.length === 0 ? found : withPairs(method, path, [...found.allowed]);
      return tried.op !== null ? tried : { op: null, allowed: withHead([...new Set(tried.allowed)]) };
    },
  };
}

/** The template's decoded parameters, or null for a malformed percent-escape. */
function paramsOf(t: Template, parts: string[]): Record<string, string> | null {
  const params: Record<string, string> = {};
  let n = 0;
  for (let i = 0; i < t.segments.length; i++) {
    if (t.segments[i] !== null) continue;
    const value = decodeComponent(parts[i]);
    if (value === null) return null;
    params[t.names[n++]] = value;
  }
  return params;
}

const withHead = (methods: string[]): string[] => (methods.includes('GET') ? [...methods, 'HEAD'] : methods);
