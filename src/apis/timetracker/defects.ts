/**
 * TimeTracker's deliberate contract defects (`--defect NAME`), one kind
 * each, so a test proves the contract suites catch every kind
 * (test/contract/defects.test.ts). Never on by default.
 */
import type { Defect } from '../../core/defects.js';
import type { CoreResponse } from '../../core/types.js';

type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const isOk = (res: CoreResponse) => res.status >= 200 && res.status < 300;

/** The first object of `body[list]` (a list operation) or `body[single]` (a get). */
function itemOf(body: unknown, single: string, list: string, isList: boolean): Json | undefined {
  if (!isObj(body)) return undefined;
  const item = isList ? (body[list] as unknown[] | undefined)?.[0] : body[single];
  return isObj(item) ? item : undefined;
}

export const DEFECTS = {
  'missing-required-field': {
    targets: 'getProject, listProjects (project `name` omitted)',
    apply(op, res) {
      if (isOk(res) && (op.operationId === 'getProject' || op.operationId === 'listProjects')) {
        const p = itemOf(res.body, 'project', 'projects', op.operationId === 'listProjects');
        if (p) delete p.name;
      }
      return res;
    },
  },
  // On a documented shape (the summary report's example), so that breaking it is a deviation, not a warning.
  'wrong-type': {
    targets: 'getSummaryReport (`summary.total_hours` sent as a string)',
    apply(op, res) {
      if (isOk(res) && op.operationId === 'getSummaryReport' && isObj(res.body) && isObj(res.body.summary)) res.body.summary.total_hours = String(res.body.summary.total_hours);
      return res;
    },
  },
  'wrong-status': {
    targets: 'createClient (200 instead of 201)',
    apply: (op, res) => (op.operationId === 'createClient' && res.status === 201 ? { ...res, status: 200 } : res),
  },
  'broken-pagination-total': {
    targets: 'every list (`pagination.total` one too high)',
    apply(_op, res) {
      if (isOk(res) && isObj(res.body) && isObj(res.body.pagination)) res.body.pagination.total = Number(res.body.pagination.total) + 1;
      return res;
    },
  },
  'missing-rate-limit-header': {
    targets: 'listTasks, getTask (no X-RateLimit-Remaining)',
    apply(op, res) {
      if (op.operationId !== 'listTasks' && op.operationId !== 'getTask') return res;
      const headers = { ...res.headers };
      delete headers['X-RateLimit-Remaining'];
      return { ...res, headers };
    },
  },
  '500-on-operation': {
    targets: 'getCurrentUser (500 internal error)',
    apply: (op, res) =>
      op.operationId === 'getCurrentUser'
        ? { status: 500, headers: res.headers, body: { error: 'Internal server error', message: 'An internal error occurred', error_code: 'internal_error' } }
        : res,
  },
  'scope-not-enforced': {
    targets: 'every scoped operation (the scope check is skipped)',
    skipsScopes: true,
  },
  // `error_code` is optional in the documentation; `error` and `message` are promised on every error.
  'error-without-message': {
    targets: 'every 4xx answer (no `message`)',
    apply(_op, res) {
      if (res.status < 400 || res.status >= 500 || !isObj(res.body)) return res;
      const b = { ...res.body };
      delete b.message;
      return { ...res, body: b };
    },
  },
} satisfies Record<string, Defect>;

export type DefectName = keyof typeof DEFECTS;
