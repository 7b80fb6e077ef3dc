/**
 * How one operation is exercised. A case says what a valid request and an
 * invalid one look like, using ids found at run time (fixtures, or what it
 * creates itself); the suite turns it into the checks
 * `<operationId> › <check>`.
 */
import type { OperationId } from '../../src/generated/timetracker/handlers.js';
import { SkipCheck, type Problem, type Rejection } from './checks.js';
import { GHOST_ID, type Ctx } from './context.js';
import type { Fixtures } from './fixtures.js';
import type { Exchange, OpRequest } from './http.js';
import type { Provenance } from './provenance.js';
import { isObject, type Operation } from './spec.js';

/** What a case works with: the context, and the fixtures of its API (TimeTracker's by default). */
export interface CaseArgs<F = Fixtures> {
  c: Ctx;
  fx: F;
}

/**
 * One invalid request and the rule it tests, checked as
 * `negative_data_rejection (<rule>)`. Name the rule as the spec states it
 * (`body.name required`, `query.q minLength`, `unknown id: 404`), so the
 * coverage test can hold the cases against the documented rules
 * (lib/rules.ts). `provenance` says where the rule comes from: a server that
 * breaks a documented one deviates from its documentation; a specified one
 * (this spec is stricter) is a warning.
 */
export interface NegativeCase<F = Fixtures> extends Rejection {
  rule: string;
  request: (a: CaseArgs<F>) => Promise<OpRequest>;
  /** After a wrongly accepted request: undo what it did (default: the case's `after`). */
  after?: (a: CaseArgs<F>, ex: Exchange) => Promise<void>;
}

/**
 * A documented input the valid request does not already send, checked as
 * `documented_input (<name>)`: the status it must get and what the answer
 * (or a read after it) must show.
 */
export interface InputCase<F = Fixtures> {
  name: string;
  provenance: Provenance;
  request: (a: CaseArgs<F>) => Promise<OpRequest>;
  expectStatus: number;
  /** What the answer must show; problems are differences. */
  verify?: (a: CaseArgs<F>, ex: Exchange) => Promise<Problem[]> | Problem[];
  /** Undo what it created (default: the case's `after`). */
  after?: (a: CaseArgs<F>, ex: Exchange) => Promise<void>;
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
  /** Invalid requests, each with the rule it tests: a missing required field, a value outside an enum or a limit, an unknown id, a wrong state. */
  negatives?: NegativeCase<F>[];
  /**
   * One invalid request without a named rule (shorthand): checked as
   * `negative_data_rejection` against the operation's own provenance, with
   * `badStatus` (default: any documented 4xx). Prefer `negatives`.
   */
  bad?: (a: CaseArgs<F>) => Promise<OpRequest>;
  badStatus?: number[];
  /** Why there is no invalid request (skip reason of negative_data_rejection). */
  noBad?: string;
  /** Documented inputs beyond the valid request (fields it does not send, an omitted optional one). */
  inputs?: InputCase<F>[];
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

/** The name of a negative case's check. */
export const negativeCheck = (n: { rule: string }): string => `negative_data_rejection (${n.rule})`;
/** A case's invalid requests: its `negatives`, or its `bad` shorthand as one negative of the operation's own provenance. */
export function negativesOf<F>(k: OperationCase<string, F>, op: Operation): NegativeCase<F>[] {
  if (k.negatives?.length) return k.negatives;
  if (!k.bad) return [];
  return [{ rule: 'invalid input', provenance: op.provenance, status: k.badStatus, request: k.bad }];
}

/** The check name of the `bad` shorthand (no rule named): plain `negative_data_rejection`. */
export const negativeCheckOf = (n: { rule: string }): string => (n.rule === 'invalid input' ? 'negative_data_rejection' : negativeCheck(n));

/** The name of a documented input's check. */
export const inputCheck = (i: { name: string }): string => `documented_input (${i.name})`;

/** An unknown id must be a 404 (the documentation's "404 Not Found - Resource not found"), on any operation with an id in its path. */
export function unknownId<F = Fixtures>(param: string, extra: Partial<NegativeCase<F>> = {}): NegativeCase<F> {
  return { rule: 'unknown id: 404', provenance: 'documented', status: [404], request: async () => ({ params: { [param]: GHOST_ID } }), ...extra };
}

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
