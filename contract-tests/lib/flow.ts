/**
 * Stateful flows: a sequence of calls where each answer must conform to the
 * spec (status and schema) and to what the earlier calls did. A flow fails
 * at its first wrong step and says which one; its cleanups always run.
 */
import { CheckFailure, SetupError, capped, responseSchemaConformance, statusCodeConformance } from './checks.js';
import type { Ctx } from './context.js';
import type { Exchange, OpRequest } from './http.js';
import { problem, type Problem, type Provenance } from './provenance.js';
import { isObject, responseFor, type JsonObject } from './spec.js';

export interface FlowShared {
  /** A client and a project the flows may book on (created in the flows suite's setup). */
  clientId?: number;
  projectId?: number;
  /** Why the flows' setup could not create them. */
  problem?: string;
}

/** The shared client or project, or a setup failure saying why the flows' setup could not create it. */
export function sharedId(shared: FlowShared, key: 'clientId' | 'projectId'): number {
  const id = shared[key];
  if (id !== undefined) return id;
  throw new SetupError(`the flows' shared ${key === 'clientId' ? 'client' : 'project'} could not be created: ${shared.problem ?? 'unknown reason'}`);
}

export interface Flow {
  /** `flow:<id>` in the report. */
  id: string;
  title: string;
  run(c: Ctx, shared: FlowShared): Promise<void>;
}

export interface StepResult {
  ex: Exchange;
  body: JsonObject;
}

/**
 * One step: call, then require the expected status and a body matching the
 * schema documented for it.
 */
export async function step(c: Ctx, label: string, operationId: string, req: OpRequest = {}, expectStatus?: number): Promise<StepResult> {
  const op = c.spec.op(operationId);
  const ex = await c.call(operationId, req);
  const s = ex.response.status;
  let problems: Problem[];
  if (expectStatus !== undefined && expectStatus >= 400) {
    const from = responseFor(op, expectStatus)?.provenance ?? op.provenance;
    problems =
      s === expectStatus
        ? responseFor(op, s)
          ? responseSchemaConformance(op, ex)
          : [problem(`status ${s} is not documented for ${operationId}`, from)]
        : capped(op, [problem(`expected ${expectStatus}, got ${s}`, s >= 500 ? 'documented' : from)]);
  } else {
    problems = statusCodeConformance(op, ex, expectStatus);
    if (problems.length === 0) problems = responseSchemaConformance(op, ex);
  }
  if (problems.length > 0) throw new CheckFailure('stateful_flow', problems.map((p) => ({ ...p, text: `step "${label}" (${operationId}): ${p.text}` })), ex);
  return { ex, body: isObject(ex.response.json) ? ex.response.json : {} };
}

/** Assert something the flow's earlier steps imply (documented behaviour, unless `provenance` says otherwise). */
export function expectThat(condition: boolean, label: string, message: string, ex?: Exchange, provenance: Provenance = 'documented'): asserts condition {
  if (!condition) throw new CheckFailure('stateful_flow', [problem(`step "${label}": ${message}`, provenance)], ex);
}

/** The object under `key` of a body (e.g. `time_entry`), or fail the step. */
export function objectAt(r: StepResult, key: string, label: string): JsonObject {
  const v = r.body[key];
  expectThat(isObject(v), label, `body has no "${key}" object`, r.ex);
  return v;
}

/** The array under `key` of a body, or fail the step. */
export function arrayAt(r: StepResult, key: string, label: string): JsonObject[] {
  const v = r.body[key];
  expectThat(Array.isArray(v), label, `body has no "${key}" array`, r.ex);
  return v.filter(isObject);
}
