/**
 * Waterline criteria (Sails' `?where={...}`), evaluated in memory against
 * the wire form of a resource: an attribute equals a value, is in a list,
 * or meets modifiers (`<`, `<=`, `>`, `>=`, `!`/`!=`/`not`, `in`, `nin`,
 * `contains`, `startsWith`, `endsWith`, `like` with `%` and `_`, and
 * Waterline's long names `lessThan`...), and `or`/`and` combine criteria.
 * Values are compared as the attribute's type (a numeric string counts as
 * the number: the CLI sends `{"user":"4"}`; datetimes as instants, so
 * `"2013-01-01 17:23"` compares with `2013-01-01T17:23:00Z`); text matches
 * ignore case, as Waterline's do.
 *
 * Written here rather than taken from `waterline-criteria` (which pins
 * lodash 3.10.1 and expects Waterline's normalised stage-3 queries):
 * decisions/0015-coffeecup.md.
 *
 * @example
 * const match = compileCriteria({ day: { '>=': '2026-01-01' }, user: '4' }, { day: 'date', user: 'integer' });
 * match({ day: '2026-01-05', user: 4 }); // true
 */

export type AttrType = 'integer' | 'number' | 'string' | 'boolean' | 'date' | 'datetime';
/** The attributes a resource can be filtered and sorted by, and their types. */
export type Attributes = Readonly<Record<string, AttrType>>;
export type Matcher = (row: Readonly<Record<string, unknown>>) => boolean;

/** Criteria the resource cannot answer: an unknown attribute or modifier, or a value of the wrong type. */
export class CriteriaError extends Error {}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const DATETIME = /^\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?(?:Z|[+-]\d{2}:?\d{2})?$/;

/** A criteria value as the attribute's type (throws CriteriaError when it is not one). */
function coerce(attr: string, type: AttrType, v: unknown): string | number | boolean | null {
  if (v === null) return null;
  switch (type) {
    case 'integer':
    case 'number': {
      const n = typeof v === 'number' ? v : typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v.trim()) ? Number(v) : NaN;
      if (!Number.isFinite(n)) throw new CriteriaError(`${attr} compares with numbers, not ${JSON.stringify(v)}`);
      return n;
    }
    case 'boolean':
      if (v === true || v === 'true') return true;
      if (v === false || v === 'false') return false;
      throw new CriteriaError(`${attr} compares with true or false, not ${JSON.stringify(v)}`);
    case 'datetime': {
      const t = typeof v === 'string' && DATETIME.test(v.trim()) ? instant(v) : NaN;
      if (Number.isNaN(t)) throw new CriteriaError(`${attr} compares with dates or datetimes such as 2013-01-01 17:23, not ${JSON.stringify(v)}`);
      return t;
    }
    default:
      if (typeof v === 'string') return v;
      if (typeof v === 'number' || typeof v === 'boolean') return String(v);
      throw new CriteriaError(`${attr} compares with text, not ${JSON.stringify(v)}`);
  }
}

/** `2013-01-01 17:23` (UTC when no offset) -> epoch ms. */
function instant(text: string): number {
  let s = text.trim().replace(' ', 'T');
  if (!/(Z|[+-]\d{2}:?\d{2})$/.test(s)) s = s.length === 10 ? `${s}T00:00:00Z` : `${s}Z`;
  return Date.parse(s);
}

/** A row's value as the attribute's type (datetimes as instants). */
function rowValue(type: AttrType, v: unknown): unknown {
  if (type === 'datetime' && typeof v === 'string') return instant(v);
  return v === undefined ? null : v;
}

const ORDER: Record<string, (a: number | string, b: number | string) => boolean> = {
  '<': (a, b) => a < b,
  '<=': (a, b) => a <= b,
  '>': (a, b) => a > b,
  '>=': (a, b) => a >= b,
};
const ALIASES: Record<string, string> = { lessThan: '<', lessThanOrEqual: '<=', greaterThan: '>', greaterThanOrEqual: '>=', '!=': '!', not: '!' };
const TEXT = new Set(['contains', 'startsWith', 'endsWith', 'like']);
const MAX_WILDCARDS = 8;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
function textTest(modifier: string, needle: string): RegExp {
  const e = escape(needle);
  if (modifier === 'contains') return new RegExp(e, 'i');
  if (modifier === 'startsWith') return new RegExp(`^${e}`, 'i');
  if (modifier === 'endsWith') return new RegExp(`${e}$`, 'i');
  return new RegExp(`^${e.replace(/%/g, '.*').replace(/_/g, '.')}$`, 'is');
}

function listOf(attr: string, type: AttrType, v: unknown): (string | number | boolean | null)[] {
  if (!Array.isArray(v)) throw new CriteriaError(`${attr}: "in" and "nin" take a list`);
  return v.map((x) => coerce(attr, type, x));
}

function attributeMatcher(attr: string, type: AttrType, v: unknown): Matcher {
  if (Array.isArray(v)) {
    const values = listOf(attr, type, v);
    return (row) => values.includes(rowValue(type, row[attr]) as never);
  }
  if (!isObj(v)) {
    const want = coerce(attr, type, v);
    return (row) => rowValue(type, row[attr]) === want;
  }
  const tests: Matcher[] = [];
  for (const [given, arg] of Object.entries(v)) {
    const modifier = ALIASES[given] ?? given;
    if (ORDER[modifier]) {
      const bound = coerce(attr, type, arg);
      if (bound === null || typeof bound === 'boolean') throw new CriteriaError(`${attr}: "${given}" needs a number, text or date`);
      const cmp = ORDER[modifier];
      tests.push((row) => {
        const x = rowValue(type, row[attr]);
        return (typeof x === 'number' || typeof x === 'string') && typeof x === typeof bound && cmp(x, bound);
      });
    } else if (modifier === '!') {
      const inner = attributeMatcher(attr, type, arg);
      tests.push((row) => !inner(row));
    } else if (modifier === 'in' || modifier === 'nin') {
      const values = listOf(attr, type, arg);
      const inside = modifier === 'in';
      tests.push((row) => values.includes(rowValue(type, row[attr]) as never) === inside);
    } else if (TEXT.has(modifier)) {
      if (typeof arg !== 'string') throw new CriteriaError(`${attr}: "${given}" takes text`);
      // Bounded: a pattern of many wildcards would backtrack for long on long text.
      if (modifier === 'like' && (arg.match(/[%_]/g)?.length ?? 0) > MAX_WILDCARDS) throw new CriteriaError(`${attr}: "like" takes at most ${MAX_WILDCARDS} wildcards`);
      const re = textTest(modifier, arg);
      tests.push((row) => {
        const x = row[attr];
        return x !== null && x !== undefined && re.test(String(x));
      });
    } else {
      throw new CriteriaError(`${attr}: unknown modifier "${given}"`);
    }
  }
  return (row) => tests.every((t) => t(row));
}

/** Compile criteria once into a row test. Throws CriteriaError for anything the attributes cannot answer. */
export function compileCriteria(where: unknown, attrs: Attributes): Matcher {
  if (!isObj(where)) throw new CriteriaError('criteria must be a JSON object');
  const tests: Matcher[] = [];
  for (const [key, v] of Object.entries(where)) {
    if (key === 'or' || key === 'and') {
      if (!Array.isArray(v) || v.length === 0) throw new CriteriaError(`"${key}" takes a non-empty list of criteria`);
      const parts = v.map((c) => compileCriteria(c, attrs));
      tests.push(key === 'or' ? (row) => parts.some((p) => p(row)) : (row) => parts.every((p) => p(row)));
      continue;
    }
    const type = Object.hasOwn(attrs, key) ? attrs[key] : undefined;
    if (!type) throw new CriteriaError(`unknown attribute "${key}" (known: ${Object.keys(attrs).join(', ')})`);
    tests.push(attributeMatcher(key, type, v));
  }
  return (row) => tests.every((t) => t(row));
}

/** `day ASC,sorting ASC` -> a comparator over rows (throws CriteriaError for an unknown attribute). */
export function compileSort(sort: string, attrs: Attributes): (a: Readonly<Record<string, unknown>>, b: Readonly<Record<string, unknown>>) => number {
  const keys = sort.split(',').map((part) => {
    const [attr, dir = 'ASC'] = part.trim().split(/\s+/);
    const type = Object.hasOwn(attrs, attr) ? attrs[attr] : undefined;
    if (!type) throw new CriteriaError(`cannot sort by unknown attribute "${attr}"`);
    return { attr, type, sign: dir.toUpperCase() === 'DESC' ? -1 : 1 };
  });
  return (a, b) => {
    for (const { attr, type, sign } of keys) {
      const x = rowValue(type, a[attr]) as string | number | boolean | null;
      const y = rowValue(type, b[attr]) as string | number | boolean | null;
      if (x === y) continue;
      if (x === null) return -sign;
      if (y === null) return sign;
      return (x < y ? -1 : 1) * sign;
    }
    return 0;
  };
}
