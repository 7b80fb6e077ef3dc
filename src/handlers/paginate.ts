/**
 * The documented `pagination` object and page slicing (reference §1.6).
 */
import type { components } from '../generated/openapi.js';

/** The documented object, as generated from the spec. */
export type Pagination = components['schemas']['Pagination'];

/** Page and page size from the (already validated) query; `cap` limits per_page (null: uncapped). */
export function pageParams(query: Record<string, unknown>, cap: number | null = 100): { page: number; perPage: number } {
  const page = typeof query.page === 'number' && query.page >= 1 ? Math.floor(query.page) : 1;
  let perPage = typeof query.per_page === 'number' && query.per_page >= 1 ? Math.floor(query.per_page) : 50;
  if (cap !== null) perPage = Math.min(perPage, cap);
  return { page, perPage };
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
export function paginated<T, R>(key: string, items: readonly T[], page: number, perPage: number, map: (item: T) => R) {
  const start = (page - 1) * perPage;
  return { [key]: items.slice(start, start + perPage).map(map), pagination: pagination(page, perPage, items.length) };
}
