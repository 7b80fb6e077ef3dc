/**
 * Deliberate contract defects (`--defect NAME`, `createEngine({ defects })`),
 * one at a time, so a test can prove the contract suites catch each kind.
 * Never on by default; each names the operations it breaks.
 */
import type { OperationDef } from './spec.js';
import type { CoreResponse } from './types.js';

export const DEFECTS = [
  'missing-required-field',
  'wrong-type',
  'wrong-status',
  'broken-pagination-total',
  'missing-rate-limit-header',
  '500-on-operation',
  'scope-not-enforced',
  'error-without-error-code',
] as const;
export type DefectName = (typeof DEFECTS)[number];

/** Which operations each defect breaks (documentation for users of `--defect`). */
export const DEFECT_TARGETS: Record<DefectName, string> = {
  'missing-required-field': 'getProject, listProjects (project `name` omitted)',
  'wrong-type': 'getTimeEntry, listTimeEntries (time entry `id` sent as a string)',
  'wrong-status': 'createClient (200 instead of 201)',
  'broken-pagination-total': 'every list (`pagination.total` one too high)',
  'missing-rate-limit-header': 'listTasks, getTask (no X-RateLimit-Remaining)',
  '500-on-operation': 'getCurrentUser (500 internal error)',
  'scope-not-enforced': 'every scoped operation (the scope check is skipped)',
  'error-without-error-code': 'every 4xx answer (no `error_code`)',
};

type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

export function applyDefects(defects: ReadonlySet<DefectName>, op: OperationDef, res: CoreResponse): CoreResponse {
  const body = res.body;
  const ok = res.status >= 200 && res.status < 300;
  if (defects.has('missing-required-field') && ok && isObj(body) && (op.operationId === 'getProject' || op.operationId === 'listProjects')) {
    const p = op.operationId === 'getProject' ? body.project : (body.projects as unknown[])?.[0];
    if (isObj(p)) delete p.name;
  }
  if (defects.has('wrong-type') && ok && isObj(body) && (op.operationId === 'getTimeEntry' || op.operationId === 'listTimeEntries')) {
    const e = op.operationId === 'getTimeEntry' ? body.time_entry : (body.time_entries as unknown[])?.[0];
    if (isObj(e)) e.id = String(e.id);
  }
  if (defects.has('wrong-status') && op.operationId === 'createClient' && res.status === 201) res = { ...res, status: 200 };
  if (defects.has('broken-pagination-total') && ok && isObj(body) && isObj(body.pagination)) {
    (body.pagination as Json).total = Number((body.pagination as Json).total) + 1;
  }
  if (defects.has('missing-rate-limit-header') && (op.operationId === 'listTasks' || op.operationId === 'getTask')) {
    const headers = { ...res.headers };
    delete headers['X-RateLimit-Remaining'];
    res = { ...res, headers };
  }
  if (defects.has('500-on-operation') && op.operationId === 'getCurrentUser') {
    res = { status: 500, headers: res.headers, body: { error: 'Internal server error', message: 'An internal error occurred', error_code: 'internal_error' } };
  }
  if (defects.has('error-without-error-code') && res.status >= 400 && res.status < 500 && isObj(res.body)) {
    const b = { ...(res.body as Json) };
    delete b.error_code;
    res = { ...res, body: b };
  }
  return res;
}
