/**
 * One list answer, the Sails blueprint way: the criteria of `where` and of
 * the attribute parameters (`?user=4`, `?project[]=1&project[]=2`) ANDed,
 * sorted by `sort` (default `id ASC`), paged by `skip` and `limit` (default
 * 30), wrapped as `{<plural>: [...], meta: {skip, limit, total, criteria}}`
 * where `total` counts every match.
 */
import { validationError } from '../../core/errors.js';
import { compileCriteria, compileSort, CriteriaError, type Attributes } from './criteria.js';

export const DEFAULT_LIMIT = 30;
const PAGING = new Set(['where', 'limit', 'skip', 'sort']);

export interface ListQuery {
  where?: unknown;
  limit?: number;
  skip?: number;
  sort?: string;
}

/** The criteria of the attribute parameters: `status=1` equals, `status[]=0&status[]=1` is a list. */
export function parameterCriteria(query: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(query)) {
    if (PAGING.has(name) || value === undefined) continue;
    out[name.endsWith('[]') ? name.slice(0, -2) : name] = value;
  }
  return out;
}

function compiled<T>(field: string, build: () => T): T {
  try {
    return build();
  } catch (error) {
    if (error instanceof CriteriaError) throw validationError({ [field]: [error.message] }, `Invalid ${field}`);
    throw error;
  }
}

/**
 * Filter, sort and page `items` (wire objects) for `query`; `forced`
 * criteria apply on top (a regular user sees only their own).
 */
export function listAnswer<K extends string, W extends Record<string, unknown>>(key: K, items: W[], attrs: Attributes, query: ListQuery & Record<string, unknown>, forced: Record<string, unknown> = {}) {
  // `where` is validated JSON (a `content: application/json` parameter); the generated type says string.
  const where: unknown = query.where ?? {};
  const params = parameterCriteria(query);
  const tests = [compiled('where', () => compileCriteria(where, attrs)), compiled('query', () => compileCriteria(params, attrs)), compileCriteria(forced, attrs)];
  const sort = compiled('sort', () => compileSort(query.sort ?? 'id ASC', attrs));
  const matches = items.filter((row) => tests.every((t) => t(row))).sort(sort);
  const skip = query.skip ?? 0;
  const limit = query.limit ?? DEFAULT_LIMIT;
  const page = matches.slice(skip, skip + limit);
  const criteria = { ...(typeof where === 'object' && where !== null ? where : {}), ...params };
  return { [key]: page, meta: { skip, limit, total: matches.length, criteria } } as { [P in K]: W[] } & { meta: { skip: number; limit: number; total: number; criteria: Record<string, unknown> } };
}
