/**
 * One declaration per record group, five handlers out of it: the CRUD
 * routes of the real server's `api_v1*.py` groups (reference §5-§18) all
 * read the row by id or answer 404, check who may touch it, answer
 * `{<one>: dict}` / `{<many>: [...], pagination}` / `{message, <one>}`, and
 * differ only in what a row is, who sees it and what a body may set. A
 * group file declares those and keeps only its domain rules (state
 * machines, derived amounts) as hand-written handlers.
 *
 * @example
 * const leads = resource({
 *   table: (s) => s.leads, what: 'Lead', id: 'lead_id', one: 'lead', many: 'leads',
 *   dict: (l) => leadDict(l),
 *   messages: { created: 'Lead created successfully', updated: 'Lead updated successfully', deleted: 'Lead deleted successfully' },
 * });
 * export const leadHandlers = {
 *   listLeads: leads.list((ctx) => ctx.store.views.leadsNewestFirst.rows()),
 *   getLead: leads.get,
 *   createLead: leads.create((ctx) => ({ ...ctx.body, created_at: ctx.now, updated_at: ctx.now })),
 *   updateLead: leads.update((ctx) => pick(ctx.body, ['status', 'notes'])),
 *   deleteLead: leads.remove(),
 * } satisfies Partial<TimeTrackerHandlers>;
 */
import { created, ok, type Ctx } from '../../core/handler.js';
import type { Caller, TimeTrackerEnv } from '../../apis/timetracker/env.js';
import type { Store } from '../../store/timetracker/store.js';
import type { Row, Table } from '../../store/table.js';
import { pageParams, paginated, type Pagination } from './paginate.js';
import { found } from './records.js';

/** A TimeTracker handler context with loosely typed parameters (each generated operation's context is assignable to it). */
export type ResourceCtx<P = unknown, Q = unknown, B = unknown> = Ctx<P, Q, B, TimeTrackerEnv>;

/** What one group's rows are and how its answers name them. */
export interface ResourceDecl<T extends Row, D, Id extends string, One extends string, Many extends string> {
  /** The store table holding the rows. */
  table: (store: Store) => Table<T>;
  /** In the 404 message: `<what> not found`. */
  what: string;
  /** The path parameter carrying a row's id (`lead_id`). */
  id: Id;
  /** The answer key of one row (`lead`). */
  one: One;
  /** The answer key of a list (`leads`). */
  many: Many;
  /** The row as the API shows it (the real server's `to_dict`). */
  dict: (row: T, ctx: ResourceCtx) => D;
  /** Throws 403 when the caller may not see or change this row (default: everyone may). */
  access?: (auth: Caller, row: T, ctx: ResourceCtx) => void;
  /** The success messages of create, update and delete. */
  messages: { created: string; updated: string; deleted: string };
}

type IdParams<Id extends string> = { [P in Id]: number };
type OneBody<One extends string, D> = { [P in One]: D };
type Written<One extends string, D> = { message: string } & OneBody<One, D>;

/** The handlers a declaration gives; each takes the hook that is the group's own rule. */
export interface Resource<T extends Row, D, Id extends string, One extends string, Many extends string> {
  /** The row the path names, after the access check (404 / 403). */
  row(ctx: ResourceCtx<IdParams<Id>>): T;
  /** `GET /<group>/{id}` -> `{<one>: dict}`. */
  get: (ctx: ResourceCtx<IdParams<Id>>) => { status: 200; body: OneBody<One, D> };
  /** `GET /<group>` -> `{<many>: [...], pagination}` over the rows `rows` selects (in answer order). */
  list<Q extends { page?: number; per_page?: number }>(
    rows: (ctx: ResourceCtx<unknown, Q>) => readonly T[],
  ): (ctx: ResourceCtx<unknown, Q>) => { status: 200; body: { [P in Many]: D[] } & { pagination: Pagination } };
  /** `POST /<group>` -> 201 `{message, <one>}` with the row `build` makes (it throws 400s for bad bodies). */
  create<B>(build: (ctx: ResourceCtx<unknown, unknown, B>) => Omit<T, 'id'>, after?: (ctx: ResourceCtx<unknown, unknown, B>, row: T) => void): (ctx: ResourceCtx<unknown, unknown, B>) => { status: 201; body: Written<One, D> };
  /** `PUT|PATCH /<group>/{id}` -> `{message, <one>}` after applying the patch `change` returns. */
  update<B>(change: (ctx: ResourceCtx<IdParams<Id>, unknown, B>, row: T) => Partial<Omit<T, 'id'>>): (ctx: ResourceCtx<IdParams<Id>, unknown, B>) => { status: 200; body: Written<One, D> };
  /** `DELETE /<group>/{id}` -> `{message}`; `check` may refuse (409/400) or do more first. */
  remove(check?: (ctx: ResourceCtx<IdParams<Id>>, row: T) => void): (ctx: ResourceCtx<IdParams<Id>>) => { status: 200; body: { message: string } };
}

/** The five handlers of a record group, from its declaration (see the module's example). */
export function resource<T extends Row, D, Id extends string, One extends string, Many extends string>(
  decl: ResourceDecl<T, D, Id, One, Many>,
): Resource<T, D, Id, One, Many> {
  const one = (row: T, ctx: ResourceCtx) => ({ [decl.one]: decl.dict(row, ctx) }) as OneBody<One, D>;
  const row = (ctx: ResourceCtx<IdParams<Id>>): T => {
    const r = found(decl.table(ctx.store), ctx.params[decl.id], decl.what);
    decl.access?.(ctx.auth, r, ctx);
    return r;
  };
  return {
    row,
    get: (ctx) => ok(one(row(ctx), ctx)),
    list: (rows) => (ctx) => {
      const { page, perPage } = pageParams(ctx.query);
      return ok(paginated(decl.many, rows(ctx), page, perPage, (r) => decl.dict(r, ctx)));
    },
    create: (build, after) => (ctx) => {
      const r = decl.table(ctx.store).insert(build(ctx));
      after?.(ctx, r);
      return created({ message: decl.messages.created, ...one(r, ctx) });
    },
    update: (change) => (ctx) => {
      const r = row(ctx);
      const updated = decl.table(ctx.store).update(r.id, change(ctx, r));
      return ok({ message: decl.messages.updated, ...one(updated, ctx) });
    },
    remove: (check) => (ctx) => {
      const r = row(ctx);
      check?.(ctx, r);
      decl.table(ctx.store).delete(r.id);
      return ok({ message: decl.messages.deleted });
    },
  };
}
