/**
 * The admin settings groups of reference §25 (tax rules, currencies and
 * exchange rates, invoice templates) on `resource`: their routes answer
 * differently from the §5-§18 groups, all in the same way. A list is every
 * row, not a page (`{<many>: [...]}`); a create answers only the new key
 * (`{message, <one>: {id}}`); an update answers only its message. This
 * module adds those three shapes to a `resource` declaration, so the group
 * files keep only their own checks.
 *
 * @example
 * const rules = settingsResource({ table: (s) => s.taxRules, what: 'Tax rule', id: 'rule_id', one: 'tax_rule', many: 'tax_rules', dict, messages });
 * export const taxRules = {
 *   listTaxRules: rules.all(({ store }) => store.views.taxRulesNewestFirst.rows()),
 *   createTaxRule: rules.add<Create>((ctx) => ({ ...newRow(ctx.body), created_at: ctx.now, updated_at: ctx.now })),
 *   updateTaxRule: rules.set<{ rule_id: number }, Update>(rules.row, (ctx) => ({ ...pick(ctx.body, KEYS), updated_at: ctx.now })),
 *   deleteTaxRule: rules.remove(),
 * };
 */
import { badRequest } from '../../core/errors.js';
import { created, ok } from '../../core/handler.js';
import type { Row } from '../../store/table.js';
import { resource, type Resource, type ResourceCtx, type ResourceDecl } from './resource.js';

/** The shapes §25's settings routes answer in, beside `resource`'s own handlers. */
export interface SettingsResource<T extends Row, D, Id extends string, One extends string, Many extends string> extends Resource<T, D, Id, One, Many> {
  /** `GET /<group>` -> `{<many>: [...]}`: every row `rows` selects, in answer order. */
  all<Q>(rows: (ctx: ResourceCtx<unknown, Q>) => readonly T[]): (ctx: ResourceCtx<unknown, Q>) => { status: 200; body: { [P in Many]: D[] } };
  /** `POST /<group>` -> 201 `{message, <one>: {<key>}}` with the row `build` makes (it throws 400s). */
  add<B, K extends keyof T = 'id'>(build: (ctx: ResourceCtx<unknown, unknown, B>) => Omit<T, 'id'>, key?: K): (ctx: ResourceCtx<unknown, unknown, B>) => { status: 201; body: { message: string } & { [P in One]: Pick<T, K> } };
  /** `PUT|PATCH /<group>/{key}` -> `{message}` after applying the patch `change` returns to the row `find` names. */
  set<P, B>(find: (ctx: ResourceCtx<P>) => T, change: (ctx: ResourceCtx<P, unknown, B>, row: T) => Partial<Omit<T, 'id'>>): (ctx: ResourceCtx<P, unknown, B>) => { status: 200; body: { message: string } };
}

/** `resource(decl)` with the settings routes' list, create and update shapes. */
export function settingsResource<T extends Row, D, Id extends string, One extends string, Many extends string>(
  decl: ResourceDecl<T, D, Id, One, Many>,
): SettingsResource<T, D, Id, One, Many> {
  const base = resource(decl);
  function all<Q>(rows: (ctx: ResourceCtx<unknown, Q>) => readonly T[]) {
    return (ctx: ResourceCtx<unknown, Q>) => ok({ [decl.many]: rows(ctx).map((r) => decl.dict(r, ctx)) } as { [P in Many]: D[] });
  }
  function add<B, K extends keyof T = 'id'>(build: (ctx: ResourceCtx<unknown, unknown, B>) => Omit<T, 'id'>, key?: K) {
    return (ctx: ResourceCtx<unknown, unknown, B>) => {
      const r = decl.table(ctx.store).insert(build(ctx));
      const k = key ?? ('id' as K);
      const ref = { [k]: r[k] } as Pick<T, K>;
      return created({ message: decl.messages.created, [decl.one]: ref } as { message: string } & { [P in One]: Pick<T, K> });
    };
  }
  function set<P, B>(find: (ctx: ResourceCtx<P>) => T, change: (ctx: ResourceCtx<P, unknown, B>, row: T) => Partial<Omit<T, 'id'>>) {
    return (ctx: ResourceCtx<P, unknown, B>) => {
      const r = find(ctx);
      decl.table(ctx.store).update(r.id, change(ctx, r));
      return ok({ message: decl.messages.updated });
    };
  }
  return { ...base, all, add, set };
}

/**
 * The real server's required-field check: `Missing required fields: a, b`
 * naming each field the body lacks or sends empty (`not data.get(f)`: null,
 * `""`, 0 and false count as missing).
 */
export function requireFields<B extends object>(body: B, fields: readonly (keyof B & string)[]): void {
  const missing = fields.filter((f) => !body[f]);
  if (missing.length > 0) throw badRequest(`Missing required fields: ${missing.join(', ')}`);
}

/** A calendar day `YYYY-MM-DD` that exists (Python's `date.fromisoformat`), or null. */
export function calendarDay(value: unknown): string | null {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const ms = Date.parse(`${value}T00:00:00Z`);
  return Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== value ? null : value;
}
