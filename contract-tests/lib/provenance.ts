/**
 * Where an expectation comes from (decisions/0013), read from the spec's
 * `x-provenance` markers, for any spec the kit checks:
 *
 * - `documented`: the API's documentation promises it; a server that breaks
 *   it deviates from its documentation (a failure);
 * - `specified`: the spec is stricter than the documentation or fills a gap
 *   it leaves (a warning, a failure with `--strict`);
 * - `observed`: routes and shapes the documentation omits, modelled on the
 *   real server (a warning, a failure with `--strict`).
 *
 * A marker is a word, or `{self, properties, <keyword>: word}`: `self` is the
 * node's own provenance (its constraints and the nodes inside it inherit
 * it), `properties` the default of the nodes inside it, and a keyword key
 * the provenance of that one constraint (`required` on a property: whether
 * it must be present). A node without a marker inherits from the node
 * around it: a property from its object, a schema from its response, a
 * response from its operation.
 *
 * Schema problems are classified by validating views of the schema: the
 * documented view keeps only documented constraints, the observed view
 * documented and observed ones. What the documented view refuses is a
 * deviation; what only the observed view refuses is an observed warning;
 * what only the full schema refuses, a specified one.
 */
import { validate } from './schema.js';
import { isObject, type JsonObject } from './spec.js';

export const PROVENANCES = ['documented', 'specified', 'observed'] as const;
export type Provenance = (typeof PROVENANCES)[number];

export const isProvenance = (v: unknown): v is Provenance => typeof v === 'string' && (PROVENANCES as readonly string[]).includes(v);

/** A difference a check found, and where the expectation it breaks comes from. */
export interface Problem {
  text: string;
  provenance: Provenance;
}

export const problem = (text: string, provenance: Provenance): Problem => ({ text, provenance });
export const problems = (texts: readonly string[], provenance: Provenance): Problem[] => texts.map((t) => problem(t, provenance));

/** Deviation when any problem breaks a documented expectation; else a warning. */
export function verdictOf(ps: readonly Problem[]): 'deviation' | 'warning' | 'pass' {
  if (ps.length === 0) return 'pass';
  return ps.some((p) => p.provenance === 'documented') ? 'deviation' : 'warning';
}

/** The weakest provenance of a set of problems that decides the verdict (documented first, then observed, then specified). */
export function leadingProvenance(ps: readonly Problem[]): Provenance | undefined {
  for (const p of ['documented', 'observed', 'specified'] as const) if (ps.some((x) => x.provenance === p)) return p;
  return undefined;
}

/** A node's own marker: `self` (inherited when absent), what the nodes inside it inherit, and per-keyword ones. */
export interface Marker {
  self: Provenance;
  /** The provenance of one constraint keyword of this node. */
  keyword(name: string): Provenance;
  /** What the sub-schema under `key` (`properties`, `items`, ...) inherits. */
  child(key: string): Provenance;
}

/** Read a node's `x-provenance` against what it inherits. */
export function markerOf(node: unknown, inherited: Provenance): Marker {
  const raw = isObject(node) ? node['x-provenance'] : undefined;
  if (isProvenance(raw)) return { self: raw, keyword: () => raw, child: () => raw };
  if (isObject(raw)) {
    const self = isProvenance(raw.self) ? raw.self : inherited;
    const inner = isProvenance(raw.properties) ? raw.properties : self;
    return { self, keyword: (k) => (isProvenance(raw[k]) ? raw[k] : self), child: (k) => (k !== 'properties' && isProvenance(raw[k]) ? raw[k] : inner) };
  }
  return { self: inherited, keyword: () => inherited, child: () => inherited };
}

/** An operation's provenance (`x-provenance` of the operation object; `documented` when unmarked, as lint forbids that). */
export const provenanceOf = (node: unknown, inherited: Provenance = 'documented'): Provenance => markerOf(node, inherited).self;

/** Schema keywords that constrain a value (the rest are structure, annotations or extensions). */
const CONSTRAINTS = new Set([
  'type', 'enum', 'const', 'format', 'pattern', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf',
  'minLength', 'maxLength', 'minItems', 'maxItems', 'uniqueItems', 'minProperties', 'maxProperties', 'required', 'additionalProperties',
]);
const SCHEMA_LISTS = ['allOf', 'anyOf', 'oneOf'] as const;

const views = new WeakMap<object, Map<string, JsonObject>>();

/**
 * Schemas that stand where the written spec has a `$ref` (shared component
 * schemas). Their own marker says where the component's constraints come
 * from, not whether the property that uses it must be present: that is the
 * property's parent's to say (or an `allOf` wrapper's marker beside the ref).
 */
const refTargets = new WeakSet<object>();

/** Record which nodes of the dereferenced document were `$ref`s in the written one (walking both side by side). */
export function markRefTargets(written: unknown, dereferenced: unknown, seen = new WeakSet<object>()): void {
  if (!isObject(dereferenced) && !Array.isArray(dereferenced)) return;
  if (isObject(written) && typeof written.$ref === 'string') {
    refTargets.add(dereferenced);
    return;
  }
  if (seen.has(dereferenced)) return;
  seen.add(dereferenced);
  if (Array.isArray(written) && Array.isArray(dereferenced)) written.forEach((w, i) => markRefTargets(w, dereferenced[i], seen));
  else if (isObject(written) && isObject(dereferenced)) for (const [k, w] of Object.entries(written)) markRefTargets(w, dereferenced[k], seen);
}

/**
 * The schema with only the constraints whose provenance is in `allowed`
 * (documented; or documented and observed). Properties stay declared (so
 * `additionalProperties: false` still knows them) with their constraints
 * relaxed; a property whose requiredness is not allowed leaves `required`.
 */
export function schemaView(schema: JsonObject, allowed: ReadonlySet<Provenance>, inherited: Provenance): JsonObject {
  const key = `${[...allowed].sort().join('+')}:${inherited}`;
  let memo = views.get(schema);
  if (!memo) views.set(schema, (memo = new Map()));
  const hit = memo.get(key);
  if (hit) return hit;
  const m = markerOf(schema, inherited);
  const out: JsonObject = {};
  memo.set(key, out); // before recursing: shared sub-schemas (and cycles) resolve to the same view
  for (const [k, v] of Object.entries(schema)) {
    if (k === 'properties' && isObject(v)) {
      out.properties = Object.fromEntries(Object.entries(v).map(([name, s]) => [name, isObject(s) ? schemaView(s, allowed, m.child('properties')) : s]));
    } else if ((k === 'items' || k === 'additionalProperties' || k === 'not') && isObject(v)) {
      out[k] = schemaView(v, allowed, m.child(k));
    } else if ((SCHEMA_LISTS as readonly string[]).includes(k) && Array.isArray(v)) {
      out[k] = v.map((s) => (isObject(s) ? schemaView(s, allowed, m.child(k)) : s));
    } else if (k === 'required' && Array.isArray(v)) {
      if (!allowed.has(m.keyword('required'))) continue;
      const props = isObject(schema.properties) ? schema.properties : {};
      out.required = v.filter((name) => {
        const p = props[String(name)];
        const own = isObject(p) && !refTargets.has(p) ? p : undefined;
        return allowed.has(markerOf(own, m.child('properties')).keyword('required'));
      });
    } else if (CONSTRAINTS.has(k)) {
      if (allowed.has(m.keyword(k))) out[k] = v;
    } else if (k === 'nullable') {
      // `nullable` relaxes a type: it stays with the type it relaxes.
      if (allowed.has(m.keyword('type'))) out[k] = v;
    } else out[k] = v;
  }
  return out;
}

const DOCUMENTED: ReadonlySet<Provenance> = new Set(['documented']);
const NOT_SPECIFIED: ReadonlySet<Provenance> = new Set(['documented', 'observed']);

/**
 * Validate `value` against `schema` and say where each refusal comes from:
 * the problems of the documented view are documented, those only the
 * observed view adds observed, the rest specified.
 */
export function schemaProblems(schema: JsonObject, value: unknown, inherited: Provenance, root = 'body'): Problem[] {
  const all = validate(schema, value, root);
  if (all.length === 0) return [];
  const documented = validate(schemaView(schema, DOCUMENTED, inherited), value, root);
  if (documented.length > 0) return [...problems(documented, 'documented'), ...problems(all.filter((p) => !documented.includes(p)), 'specified')];
  const observed = validate(schemaView(schema, NOT_SPECIFIED, inherited), value, root);
  if (observed.length > 0) return [...problems(observed, 'observed'), ...problems(all.filter((p) => !observed.includes(p)), 'specified')];
  return problems(all, 'specified');
}
