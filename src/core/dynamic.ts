/**
 * Dynamic answers (`Prefer: dynamic=true`, `--dynamic`): a body generated
 * from a response schema instead of the stateful answer, as Prism's dynamic
 * mode does, with json-schema-faker (no dependencies, no Node: it runs in the
 * browser build too). Deterministic: the same schema and seed give the same
 * body on every machine and in every environment.
 *
 * Beyond json-schema-faker's defaults, dates and datetimes are real calendar
 * values near the engine's seed instant (its own `date`/`date-time` draw
 * from 1970..2100), including strings whose `pattern` is an ISO date or naive
 * datetime (a regular-expression generator would give `4497-33-19`), and
 * the kit's own formats (`date-or-date-time`, `binary`) have generators.
 *
 * @example
 * generateBody({ type: 'object', required: ['id'], properties: { id: { type: 'integer' } } }, 7, Date.now());
 */
import { generateSync, type JsonSchema as FakerSchema, type Random } from 'json-schema-faker';
import { toJsonSchema } from './schema.js';
import type { JsonSchema } from './spec-model.js';

const DAY = 86_400_000;
/** Patterns that describe ISO dates or datetimes (`^\d{4}-\d{2}-\d{2}...`). */
const DATE_PATTERN = /^\^?\\d\{4\}-\\d\{2\}-\\d\{2\}/;

const isObject = (v: unknown): v is JsonSchema => typeof v === 'object' && v !== null && !Array.isArray(v);

const prepared = new WeakMap<object, JsonSchema>();

/** The JSON Schema to generate from: datetime-like patterns become the kit's datetime format. */
function forGeneration(schema: JsonSchema): JsonSchema {
  const hit = prepared.get(schema);
  if (hit) return hit;
  const out: JsonSchema = Array.isArray(schema) ? ([] as unknown as JsonSchema) : {};
  prepared.set(schema, out);
  for (const [k, v] of Object.entries(schema)) {
    if (Array.isArray(v)) (out as Record<string, unknown>)[k] = v.map((s) => (isObject(s) ? forGeneration(s) : s));
    else if (isObject(v) && k !== 'enum' && k !== 'const' && k !== 'default') (out as Record<string, unknown>)[k] = forGeneration(v);
    else (out as Record<string, unknown>)[k] = v;
  }
  if (typeof schema.pattern === 'string' && DATE_PATTERN.test(schema.pattern)) {
    delete out.pattern;
    out.format = /T/.test(schema.pattern) ? 'kit-naive-date-time' : 'date';
  }
  return out;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Formats drawn near `now` (within a year before and a month after), second precision, UTC. */
function formats(now: number): Record<string, (random: Random) => string> {
  const instant = (random: Random) => new Date(Math.floor((now - 365 * DAY + random.next() * 395 * DAY) / 1000) * 1000);
  const day = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const time = (d: Date) => `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
  return {
    date: (r) => day(instant(r)),
    'date-time': (r) => instant(r).toISOString().replace('.000', ''),
    'kit-naive-date-time': (r) => {
      const d = instant(r);
      return `${day(d)}T${time(d)}`;
    },
    'date-or-date-time': (r) => day(instant(r)),
    binary: (r) => `file-${r.int(1, 9999)}`,
  };
}

/**
 * A body valid against `schema` (an OpenAPI 3.0 schema), generated from
 * `seed`; dates lie around `now`. Every optional property is filled, as a
 * client developer wants to see every field.
 */
export function generateBody(schema: JsonSchema, seed: number, now: number): unknown {
  return generateSync(forGeneration(toJsonSchema(schema)) as FakerSchema, {
    seed: seed >>> 0,
    alwaysFakeOptionals: true,
    maxDefaultItems: 3,
    // json-schema-faker's default depth (5) fills deeper objects with empty defaults that break their patterns (attendance history: data > records > day > work_periods > period).
    maxDepth: 10,
    formats: formats(now),
  });
}

/** A 32-bit seed from any text (FNV-1a): `Prefer: seed=abc`, or an operation and path mixed into the engine seed. */
export function seedOf(...parts: (string | number)[]): number {
  let h = 0x811c9dc5;
  for (const ch of parts.join('\u0000')) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
