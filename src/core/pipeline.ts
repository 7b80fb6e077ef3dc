/**
 * The request pipeline: small stages composed in order (as Hono's `compose`
 * and Prism's route -> validate -> mock -> validate-output). Each stage gets
 * the exchange and `next`; it may answer itself (a 404, a 429, a cached
 * read), or call `next()` and change what comes back (CORS headers, the
 * strict check). An `ApiError` thrown anywhere becomes a response at the
 * boundary of the stage that threw it, so every outer stage sees a
 * response, never an exception. The order is the list in `src/core/engine.ts`;
 * each stage lives in `src/core/stages/<name>.ts` with its test beside it.
 *
 * @example
 * const run = compose([cors(), route(router), dispatch(handlers)], renderError);
 * const res = run(newExchange(req, now, store));
 */
import type { Identity } from './api.js';
import type { OperationDef } from './spec-model.js';
import type { CoreRequest, CoreResponse } from './types.js';

/** One request on its way through the stages: what earlier stages found out. */
export interface Exchange {
  readonly req: CoreRequest;
  /** The engine clock's reading when the request arrived. */
  readonly now: number;
  /** The store that serves this request. */
  readonly store: unknown;
  /** The matched operation (set by `route`). */
  op: OperationDef | null;
  /** Raw (decoded) path parameters (set by `route`). */
  pathParams: Record<string, string>;
  /** The authenticated caller (set by `authenticate`; null on public operations). */
  auth: unknown;
  identity: Identity | null;
  /** Parsed body and its media type (set by `parseBody`). */
  body: unknown;
  contentType: string;
  /** Validated and coerced parameters (set by `validate`). */
  params: Record<string, unknown>;
  query: Record<string, unknown>;
  /** The representation the answer goes out in (set by `represent`; `json` unless the API has others). */
  format: string;
  /** A fault or throttle answered on purpose: off-contract, not strict-checked. The log shows `note`. */
  deliberate: boolean;
  note?: string;
  /** The success answer a preference asked for (set by `faults`, given by `prefer` after validation). */
  preferred?: CoreResponse;
}

export type Next = () => CoreResponse;
export type Stage = (x: Exchange, next: Next) => CoreResponse;
/** Turns anything thrown inside a stage into an answer. */
export type ErrorRenderer = (error: unknown, x: Exchange) => CoreResponse;

export function newExchange(req: CoreRequest, now: number, store: unknown): Exchange {
  return { req, now, store, op: null, pathParams: {}, auth: null, identity: null, body: undefined, contentType: '', params: {}, query: {}, format: 'json', deliberate: false };
}

/** Compose stages into one function; the last stage's `next` answers 500 (a stage chain must end in a handler). */
export function compose(stages: readonly Stage[], renderError: ErrorRenderer): (x: Exchange) => CoreResponse {
  const run = (i: number, x: Exchange): CoreResponse => {
    const stage = stages[i];
    if (!stage) throw new Error('the pipeline ended without an answer');
    try {
      return stage(x, () => run(i + 1, x));
    } catch (error) {
      return renderError(error, x);
    }
  };
  return (x) => run(0, x);
}
