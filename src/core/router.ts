/**
 * A route table compiled once from the spec: static paths in a Map (one
 * lookup), templated paths bucketed by segment count and matched segment by
 * segment, a literal segment before a parameter at the same place (so
 * `/daily/show/{id}` wins over `/daily/{day_of_year}/{year}`, as OpenAPI
 * says concrete paths match first). Never tries handlers one by one.
 * With `caseInsensitive` (Sails' routes), literal segments match in any case;
 * parameter values keep theirs.
 */
import { decodeComponent } from './input.js';
import type { OperationDef } from './spec-model.js';

export interface RouteMatch {
  op: OperationDef;
  params: Record<string, string>;
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
  const staticRoutes = new Map<string, Map<string, OperationDef>>(); // path -> method -> op
  const templates = new Map<number, Template[]>(); // segment count -> templates
  for (const op of operations) {
    if (!op.path.includes('{')) {
      let byMethod = staticRoutes.get(fold(op.path));
      if (!byMethod) staticRoutes.set(fold(op.path), (byMethod = new Map()));
      byMethod.set(op.method, op);
      continue;
    }
    const parts = op.path.split('/');
    const t: Template = {
      op,
      segments: parts.map((p) => (p.startsWith('{') ? null : fold(p))),
      names: parts.filter((p) => p.startsWith('{')).map((p) => p.slice(1, -1)),
    };
    const list = templates.get(parts.length) ?? [];
    list.push(t);
    templates.set(parts.length, list);
  }

  // Literal segments sort before parameters, position by position.
  const shape = (t: Template) => t.segments.map((seg) => (seg === null ? '1' : '0')).join('');
  for (const list of templates.values()) list.sort((a, b) => (shape(a) < shape(b) ? -1 : shape(a) > shape(b) ? 1 : 0));

  return {
    match(asked, path) {
      const method = asked === 'HEAD' ? 'GET' : asked;
      const byMethod = staticRoutes.get(fold(path));
      if (byMethod) {
        const op = byMethod.get(method);
        return op ? { op, params: {} } : { op: null, allowed: withHead([...byMethod.keys()]) };
      }
      const parts = path.split('/');
      const allowed: string[] = [];
      for (const t of templates.get(parts.length) ?? []) {
        let ok = true;
        for (let i = 0; i < parts.length; i++) {
          const seg = t.segments[i];
          if (seg === null ? parts[i] === '' : seg !== fold(parts[i])) {
            ok = false;
            break;
          }
        }
        if (!ok) continue;
        if (t.op.method !== method) {
          allowed.push(t.op.method);
          continue;
        }
        const params: Record<string, string> = {};
        let n = 0;
        let malformed = false;
        for (let i = 0; i < parts.length && !malformed; i++) {
          if (t.segments[i] !== null) continue;
          const value = decodeComponent(parts[i]);
          if (value === null) malformed = true;
          else params[t.names[n++]] = value;
        }
        // A segment that is not valid percent-encoding names no resource: no route (404).
        if (malformed) return { op: null, allowed: [] };
        return { op: t.op, params };
      }
      return { op: null, allowed: withHead(allowed) };
    },
  };
}

const withHead = (methods: string[]): string[] => (methods.includes('GET') ? [...methods, 'HEAD'] : methods);
