/**
 * How one operation is exercised. A case says what a valid request and an
 * invalid one look like, using ids found at run time (fixtures, or what it
 * creates itself); the suite turns it into the checks
 * `<operationId> › <check>`.
 */
import type { OperationId } from '../../src/generated/timetracker/handlers.js';
import { SkipCheck } from './checks.js';
import { GHOST_ID, type Ctx } from './context.js';
import type { Fixtures } from './fixtures.js';
import type { Exchange, OpRequest } from './http.js';
import { isObject, type Operation } from './spec.js';

/** What a case works with: the context, and the fixtures of its API (TimeTracker's by default). */
export interface CaseArgs<F = Fixtures> {
  c: Ctx;
  fx: F;
}

/**
 * Cases are typed by the operationIds of the spec they exercise (default:
 * TimeTracker's, generated from openapi.yaml), so a case for an operation
 * the spec does not have, or a misspelt one, does not compile; and by the
 * fixtures of their API (default: TimeTracker's).
 */
export interface OperationCase<Id extends string = OperationId, F = Fixtures> {
  operationId: Id;
  /** Skip every check of the operation, with this reason. */
  skip?: string;
  /** A valid request. May create prerequisites (with cleanups on `c`) or throw SkipCheck. */
  valid?: (a: CaseArgs<F>) => Promise<OpRequest>;
  /** The success status a valid request must get (default: any documented 2xx). */
  expectStatus?: number;
  /** After the valid (or a wrongly accepted invalid) request: remove what it created. */
  after?: (a: CaseArgs<F>, ex: Exchange) => Promise<void>;
  /** An invalid request: bad type, missing field, unknown id, or wrong state. */
  bad?: (a: CaseArgs<F>) => Promise<OpRequest>;
  /** The statuses the invalid request may get (default: any documented 4xx). */
  badStatus?: number[];
  /** Why there is no invalid request (skip reason of negative_data_rejection). */
  noBad?: string;
  /**
   * The request for ignored_auth / missing_scope / missing_role: it must be
   * harmless if the server wrongly accepts it. Default: unknown ids in the
   * path, an empty JSON body, placeholder values for required query parameters.
   */
  probe?: (a: CaseArgs<F>) => Promise<OpRequest>;
  /** Extra query for the pagination check of a list (page and per_page are added). */
  pageQuery?: Record<string, string | number>;
  /** Path parameters for the pagination check of a list under a row (`/webhooks/{id}/deliveries`). */
  pagePath?: (a: CaseArgs<F>) => Promise<Record<string, number>>;
  /**
   * The valid request in another documented request media type (Dredd sends
   * one transaction per media type); without it, the JSON request is sent.
   */
  encode?: (req: OpRequest, mediaType: string) => OpRequest;
}

export const skipWith = (reason: string): never => {
  throw new SkipCheck(reason);
};

/** A case that is a plain GET with an optional query. */
export function getCase<Id extends string = OperationId, F = Fixtures>(operationId: Id, query?: Record<string, string | number>, extra: Partial<OperationCase<Id, F>> = {}): OperationCase<Id, F> {
  return { operationId, valid: async () => (query ? { query } : {}), ...extra };
}

/** The default harmless probe request for an operation. */
export function defaultProbe(op: Operation): OpRequest {
  const params: Record<string, number> = {};
  const query: Record<string, string | number> = {};
  for (const p of op.parameters) {
    if (p.in === 'path') params[p.name] = GHOST_ID;
    else if (p.in === 'query' && p.required) {
      const t = isObject(p.schema) ? p.schema.type : undefined;
      query[p.name] = t === 'integer' || t === 'number' ? 1 : 'contract';
    }
  }
  const req: OpRequest = { params, query };
  if (op.requestBody && 'application/json' in op.requestBody.content) req.json = {};
  return req;
}

/** Does the operation document a 4xx an invalid request could get (400/404/409/422)? */
export function documentsInputErrors(op: Operation): boolean {
  return ['400', '404', '409', '422'].some((s) => s in op.responses);
}
