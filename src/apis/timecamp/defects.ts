/**
 * TimeCamp's deliberate contract defects (`--defect NAME`), one kind each,
 * so test/contract/timecamp.test.ts proves its contract suite catches every
 * kind. Never on by default.
 */
import type { Defect } from '../../core/defects.js';
import type { CoreResponse } from '../../core/types.js';

const isOk = (res: CoreResponse) => res.status >= 200 && res.status < 300;
type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

export const TIMECAMP_DEFECTS = {
  'tasks-as-array': {
    targets: 'listTasks (the task tree as an array, not keyed by task id)',
    apply(op, res) {
      if (op.operationId !== 'listTasks' || !isOk(res) || !isObj(res.body) || 'task_id' in res.body) return res;
      return { ...res, body: Object.values(res.body) };
    },
  },
  'error-without-code': {
    targets: 'every error answer (`{"message"}` without its `code`)',
    apply(_op, res) {
      if (res.status < 400 || !isObj(res.body) || !('code' in res.body)) return res;
      const { code: _code, ...rest } = res.body;
      return { ...res, body: rest };
    },
  },
  'ids-as-numbers': {
    targets: 'getMe, listUsers (`user_id` and `root_group_id`/`group_id` as JSON numbers, not the documented strings)',
    apply(op, res) {
      if (!isOk(res)) return res;
      const numeric = (u: unknown) => (isObj(u) ? Object.fromEntries(Object.entries(u).map(([k, v]) => [k, /_id$/.test(k) && typeof v === 'string' ? Number(v) : v])) : u);
      if (op.operationId === 'getMe') return { ...res, body: numeric(res.body) };
      if (op.operationId === 'listUsers' && Array.isArray(res.body)) return { ...res, body: res.body.map(numeric) };
      return res;
    },
  },
  'json-by-default': {
    targets: 'every answer to a request without `format` (JSON instead of the default XML)',
    apply(_op, res, req) {
      const asked = new URLSearchParams(req.search).has('format') || /(^|,)\s*application\/json/i.test(req.headers.accept ?? '');
      if (asked || res.body === undefined || res.headers['content-type'] !== undefined) return res;
      return { ...res, headers: { ...res.headers, 'content-type': 'application/json' }, body: JSON.stringify(res.body) };
    },
  },
  'timer-not-exclusive': {
    targets: 'timerAction (starting a timer leaves the running one running)',
  },
  'role-not-enforced': {
    targets: 'every x-required-role operation (regular users pass the role check)',
    skipsScopes: true,
  },
} satisfies Record<string, Defect>;

export type TimecampDefectName = keyof typeof TIMECAMP_DEFECTS;
