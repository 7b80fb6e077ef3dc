/**
 * The documented `pagination` object and page slicing (reference §1.6).
 * Caps on `per_page` live in the spec (`maximum` + `x-clamp`) and are
 * applied by the validate stage before a handler runs.
 */
import type { components } from '../../generated/timetracker/openapi.js';

/** The documented object, as generated from the spec. */
export type Pagination = components['schemas']['Pagination'];

const DEFAULT_PER_PAGE = 50;

/** Page and page size from the (already validated and capped) query. */
export function pageParams(query: { page?: number; per_page?: number }): { page: number; perPage: number } {
  return { page: query.page ?? 1, perPage: query.per_page ?? DEFAULT_PER_PAGE };
}

export function pagination(page: number, perPage: number, total: number): Pagination {
  const pages = Math.ceil(total / perPage);
  const hasNext = page < pages;
  const hasPrev = page > 1;
  return {
    page,
    per_page: perPage,
    total,
    pages,
    has_next: hasNext,
    has_prev: hasPrev,
    next_page: hasNext ? page + 1 : null,
    prev_page: hasPrev ? page - 1 : null,
  };
}

/** Slice an in-memory list into the documented `{<key>: [...], pagination}` body. */
export function paginated<K extends string, T, R>(key: K, items: readonly T[], page: number, perPage: number, map: (item: T) => R) {
  const start = (page - 1) * perPage;
  return { [key]: items.slice(start, start + perPage).map(map), pagination: pagination(page, perPage, items.length) } as { [P in K]: R[] } & {
    pagination: Pagination;
  };
}
