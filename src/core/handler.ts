/**
 * What an operation handler receives and returns, typed by operation.
 *
 * `npm run gen` writes, per API, `src/generated/<api>/handlers.ts`: an
 * interface with one member per operationId whose type is
 * `OperationHandler<operations['<id>'], Env>`. The API's handler table
 * `satisfies` that interface, so a missing or mistyped handler is a compile
 * error, and each handler's `ctx.params`, `ctx.query`, `ctx.body` and result
 * are the spec's own types (as Oxide's console mock API does).
 *
 * @example
 * export const projects = {
 *   getProject: (ctx) => ok({ project: projectDict(ctx.store, visibleProject(ctx, ctx.params.project_id)) }),
 * } satisfies Partial<TimeTrackerHandlers>;
 */
import type { Outbox } from './outbox.js';
import type { ActiveProfile } from './profile.js';
import type { Throttle } from './throttle.js';
import type { OperationDef } from './spec-model.js';
import type { CoreRequest } from './types.js';

/** What the engine needs of a store: a deep snapshot and its restore. */
export interface MockStore {
  snapshot(): unknown;
  restore(state: unknown): void;
}

/** The types one API's handlers share: its store, its authenticated caller and the names of its profile switches. */
export interface ApiEnv {
  store: MockStore;
  auth: unknown;
  /** Names of the API's behaviour switches (`ApiDefinition.profiles`); `string` when it has none. */
  switches: string;
}

/** Engine services a handler may use beyond the store. */
export interface HandlerServices {
  throttle: Throttle;
  /** Names of the deliberate defects switched on (for the ones that change behaviour, not answers). */
  defects: ReadonlySet<string>;
  /** The mock's own outbound requests (webhook deliveries), sent after the answer, never blocking it. */
  outbox: Outbox;
}

/** The untyped context the pipeline builds; handlers see it through `Ctx`. */
export interface Ctx<P = Record<string, unknown>, Q = Record<string, unknown>, B = unknown, E extends ApiEnv = ApiEnv, A = E['auth']> {
  op: OperationDef;
  /** Path parameters, coerced to the spec's types. */
  params: P;
  /** Query parameters present in the request, coerced to the spec's types. */
  query: Q;
  /** Parsed JSON body, the raw text for text bodies, form fields for multipart, or undefined. */
  body: B;
  /** Media type of the body (lower-case, without parameters), '' when none. */
  contentType: string;
  req: CoreRequest;
  /** The authenticated caller (`null` only on public operations). */
  auth: A;
  store: E['store'];
  /** The engine clock's reading when the request arrived (epoch ms). */
  now: number;
  services: HandlerServices;
  /** The behaviour profile the engine runs with: `profile.has('<switch>')`. */
  profile: ActiveProfile<E['switches']>;
}

export interface HandlerResult<S extends number = number, B = unknown> {
  status: S;
  body?: B;
  headers?: Record<string, string>;
}

/** A handler as the engine calls it (the table's runtime type). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyHandler = (ctx: Ctx<any, any, any, any, any>) => HandlerResult;

// --- types derived from an openapi-typescript `operations[...]` member ----

type Empty = Record<string, never>;
type OrEmpty<T> = [T] extends [never] ? Empty : [T] extends [undefined] ? Empty : NonNullable<T>;

/** Path parameters of an operation. */
export type PathOf<O> = O extends { parameters: { path?: infer P } } ? OrEmpty<P> : Empty;
/** Query parameters of an operation (all optional unless required). */
export type QueryOf<O> = O extends { parameters: { query?: infer Q } } ? OrEmpty<Q> : Empty;

type ContentValue<C> = C extends Record<string, unknown> ? C[keyof C] : never;
/** The request body (a union over its media types; `| undefined` when optional). */
export type BodyOf<O> = O extends { requestBody: { content: infer C } }
  ? ContentValue<C>
  : O extends { requestBody?: { content: infer C } }
    ? ContentValue<C> | undefined
    : undefined;

/** What a handler returns: a success, or a redirect (errors are thrown as `ApiError`s). */
type SuccessStatus = 200 | 201 | 202 | 203 | 204 | 206 | 301 | 302 | 303 | 307 | 308;
/** A response body by media type: JSON as its schema's type; a text or binary download (`format: binary`, typed `string`) also as bytes. */
type MediaValue<C> = C extends Record<string, unknown> ? { [K in keyof C]: K extends `${string}json` ? C[K] : C[K] extends string ? C[K] | Uint8Array : C[K] }[keyof C] : never;
type ResponseBody<R> = R extends { content: infer C } ? ([C] extends [never] ? undefined : MediaValue<C>) : undefined;
/** One result per documented success status, with its body. */
export type ResultOf<O> = O extends { responses: infer R }
  ? { [S in keyof R & SuccessStatus]: HandlerResult<S, ResponseBody<R[S]>> }[keyof R & SuccessStatus]
  : HandlerResult;

/** The body of any documented answer of an operation, success or error (what an override may send). */
export type AnswerBodyOf<O> = O extends { responses: infer R } ? { [S in keyof R]: ResponseBody<R[S]> }[keyof R] : unknown;

/**
 * The handler of one operation: `access` is `'public'` for operations with
 * `security: []` (then `ctx.auth` is `null`), else the caller is known.
 */
export type OperationHandler<O, E extends ApiEnv, Access extends 'public' | 'authenticated' = 'authenticated'> = (
  ctx: Ctx<PathOf<O>, QueryOf<O>, BodyOf<O>, E, Access extends 'public' ? null : E['auth']>,
) => ResultOf<O>;

/** `{status: 200, body}`. */
export const ok = <B>(body: B) => ({ status: 200 as const, body });
/** `{status: 201, body}`. */
export const created = <B>(body: B) => ({ status: 201 as const, body });
