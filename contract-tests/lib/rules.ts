/**
 * The documented rules of a spec that a negative case must test: read from
 * its `x-provenance` markers, for every operation the documentation
 * describes or whose global rules it states (`documented` and `observed`
 * operations; one this spec adds promises nothing).
 *
 * - `unknown id: 404` on every operation with an id in its path, where the
 *   404 answer is a documented one;
 * - `body.<field> required`, `query.<name> required`: a documented required
 *   field or parameter;
 * - `body.<field> enum`, `query.<name> enum`: a documented set of values;
 * - `body.<field> <limit>`, `query.<name> <limit>`: a documented
 *   `minimum`/`maximum`/`minLength`/`maxLength`/`minItems`/`maxItems`.
 *
 * test/contract/coverage.test.ts holds the cases (`negatives[].rule`) against
 * this list: each rule has a case that would catch a server breaking it, or a
 * stated reason why none can.
 */
import { markerOf, type Provenance } from './provenance.js';
import { isObject, type JsonObject, type Operation } from './spec.js';

export interface Rule {
  operationId: string;
  /** As a case names it: `body.name required`, `unknown id: 404`, `query.limit maximum`. */
  rule: string;
}

const LIMITS = ['minimum', 'maximum', 'minLength', 'maxLength', 'minItems', 'maxItems'] as const;

/** A marker's keyword provenance, where a parameter's own marker may name the keywords of its schema. */
type Keywords = (k: string) => Provenance;

function fieldRules(where: 'body' | 'query', name: string, schema: JsonObject, m: { keyword: Keywords }, required: boolean, requiredBy: Provenance): string[] {
  const out: string[] = [];
  if (required && requiredBy === 'documented') out.push(`${where}.${name} required`);
  if (Array.isArray(schema.enum) && m.keyword('enum') === 'documented') out.push(`${where}.${name} enum`);
  for (const k of LIMITS) if (typeof schema[k] === 'number' && m.keyword(k) === 'documented') out.push(`${where}.${name} ${k}`);
  return out;
}

export function documentedRules(operations: readonly Operation[]): Rule[] {
  const rules: Rule[] = [];
  for (const op of operations) {
    if (op.provenance === 'specified') continue;
    const add = (rule: string) => rules.push({ operationId: op.operationId, rule });
    if (op.parameters.some((p) => p.in === 'path') && op.responses['404']?.provenance === 'documented') add('unknown id: 404');
    for (const p of op.parameters) {
      if (p.in !== 'query' || !p.schema) continue;
      const m = markerOf(p.raw, op.provenance);
      if (m.self !== 'documented') continue;
      const own = isObject(p.raw['x-provenance']) ? p.raw['x-provenance'] : {};
      const sm = markerOf(p.schema, m.self);
      const keyword: Keywords = (k) => (k in own ? m.keyword(k) : sm.keyword(k));
      for (const r of fieldRules('query', p.name, p.schema, { keyword }, p.required, m.keyword('required'))) add(r);
    }
    const body = op.requestBody?.content['application/json'];
    if (op.provenance === 'documented' && isObject(body) && isObject(body.properties)) {
      const bm = markerOf(body, op.provenance);
      const required = Array.isArray(body.required) ? body.required.map(String) : [];
      for (const [name, s] of Object.entries(body.properties)) {
        if (!isObject(s)) continue;
        const pm = markerOf(s, bm.child('properties'));
        if (pm.self !== 'documented') continue;
        const requiredBy = bm.keyword('required') === 'documented' ? pm.keyword('required') : bm.keyword('required');
        for (const r of fieldRules('body', name, s, pm, required.includes(name), requiredBy)) add(r);
      }
    }
  }
  return rules;
}
