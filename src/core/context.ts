/**
 * What an operation handler gets and returns. Handlers live in
 * src/handlers/<resource>.ts and are keyed by operationId.
 */
import type { Store } from '../store/store.js';
import type { ApiTokenRow, UserRow } from '../store/types.js';
import type { OperationDef } from './spec.js';
import type { CoreRequest } from './types.js';
import type { Throttle } from './throttle.js';

export interface AuthInfo {
  /** The token used (null for a session). */
  token: ApiTokenRow | null;
  user: UserRow;
  isAdmin: boolean;
  scopes: string[];
}

export interface Ctx {
  op: OperationDef;
  /** Path parameters, coerced to the spec's types. */
  params: Record<string, number | string>;
  /** Query parameters present in the request, coerced to the spec's types. */
  query: Record<string, unknown>;
  /** Parsed JSON body, the raw text for text bodies, or undefined. */
  body: unknown;
  /** Media type of the body (lower-case, without parameters), '' when none. */
  contentType: string;
  req: CoreRequest;
  /** The authenticated caller; null only on public operations. */
  auth: AuthInfo | null;
  store: Store;
  /** The engine clock's reading when the request arrived (epoch ms). */
  now: number;
  throttle: Throttle;
}

export interface HandlerResult {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export type Handler = (ctx: Ctx) => HandlerResult;

/** The caller of an authenticated operation (throws if the pipeline let an anonymous call through). */
export function caller(ctx: Ctx): AuthInfo {
  if (!ctx.auth) throw new Error(`${ctx.op.operationId}: no authenticated caller`);
  return ctx.auth;
}

/** Shorthands for handler results. */
export const ok = (body: unknown, status = 200): HandlerResult => ({ status, body });
export const created = (body: unknown): HandlerResult => ({ status: 201, body });
