/**
 * Stage `strict`: every answer of a matched operation is checked against
 * the spec (documented status, JSON body schema or, for a binary download,
 * bytes in a documented media type, required headers). A
 * mismatch is recorded in `violations` and becomes a 500 that says what is
 * wrong. Deliberate answers (faults, throttling, JSON-only refusals) and
 * transport faults are off-contract on purpose and are not checked.
 */
import type { Stage } from '../pipeline.js';
import { validatorFor } from '../schema.js';
import type { OperationDef } from '../spec-model.js';
import type { CoreResponse } from '../types.js';

/** A response that did not match the spec. */
export interface Violation {
  operationId: string;
  status: number;
  problems: string[];
}

/** A binary answer (`format: binary`, a PDF): bytes, in a declared media type; a JSON body where only bytes are declared is wrong. */
function binaryProblems(binary: readonly string[], res: CoreResponse): string[] {
  const type = res.headers['content-type']?.split(';')[0].trim().toLowerCase();
  if (type === undefined) return [`a JSON body, where ${binary.join(', ')} is documented`];
  if (!binary.includes(type)) return [`content-type ${type} is not documented (documented: ${binary.join(', ')})`];
  return res.body instanceof Uint8Array ? [] : [`the ${type} body must be bytes, got ${typeof res.body}`];
}

/** What is wrong with an answer, by the spec; empty when it conforms. */
export function responseProblems(op: OperationDef, res: CoreResponse): string[] {
  const def = op.responses[String(res.status)];
  if (!def) return [`status ${res.status} is not documented for ${op.operationId}`];
  const problems: string[] = def.binary ? binaryProblems(def.binary, res) : [];
  if (def.schema && res.headers['content-type'] === undefined) {
    const v = validatorFor(def.schema);
    if (!v(res.body)) {
      for (const e of v.errors ?? []) problems.push(`body${e.instancePath} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
    }
  }
  const sent = new Set(Object.keys(res.headers).map((h) => h.toLowerCase()));
  for (const [name, required] of Object.entries(def.headers)) {
    if (required && !sent.has(name)) problems.push(`missing header ${name}`);
  }
  return problems;
}

/** Violations kept (the newest). */
export const MAX_VIOLATIONS = 1000;

export function strict(violations: Violation[], violationBody: (v: Violation) => unknown): Stage {
  return (x, next) => {
    const res = next();
    if (x.deliberate || res.fault || res.rawBody !== undefined) return res;
    const problems = responseProblems(x.op!, res);
    if (problems.length === 0) return res;
    const v: Violation = { operationId: x.op!.operationId, status: res.status, problems };
    violations.push(v);
    if (violations.length > MAX_VIOLATIONS) violations.splice(0, violations.length - MAX_VIOLATIONS);
    return { status: 500, headers: {}, body: violationBody(v) };
  };
}
