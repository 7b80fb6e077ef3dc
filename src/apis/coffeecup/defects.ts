/**
 * CoffeeCup's deliberate contract defects (`--defect NAME`), one kind each,
 * so test/contract/coffeecup.test.ts proves its contract suite catches every
 * kind. Never on by default.
 */
import type { Defect } from '../../core/defects.js';
import type { CoreResponse } from '../../core/types.js';

const isOk = (res: CoreResponse) => res.status >= 200 && res.status < 300;
type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const LISTS = new Set(['listProjects', 'listTimeEntries']);

export const COFFEECUP_DEFECTS = {
  'unwrapped-resource': {
    targets: 'getProject (the project without its `project` key)',
    apply: (op, res) => (op.operationId === 'getProject' && isOk(res) && isObj(res.body) && isObj(res.body.project) ? { ...res, body: res.body.project } : res),
  },
  'wrong-status': {
    targets: 'createClient (200 instead of 201)',
    apply: (op, res) => (op.operationId === 'createClient' && res.status === 201 ? { ...res, status: 200 } : res),
  },
  'meta-total-of-page': {
    targets: 'listProjects, listTimeEntries (`meta.total` counts the page, not every match)',
    apply(op, res) {
      if (!LISTS.has(op.operationId) || !isOk(res) || !isObj(res.body) || !isObj(res.body.meta)) return res;
      const items = Object.values(res.body).find(Array.isArray) as unknown[] | undefined;
      return { ...res, body: { ...res.body, meta: { ...res.body.meta, total: items?.length ?? 0 } } };
    },
  },
  'where-ignored': {
    targets: 'listTimeEntries (the `where` criteria are not applied)',
  },
  'error-without-raw': {
    targets: 'every error answer (no `raw` message)',
    apply(_op, res) {
      if (res.status < 400 || !isObj(res.body) || !('raw' in res.body)) return res;
      const body = { ...res.body };
      delete body.raw;
      return { ...res, body };
    },
  },
  'role-not-enforced': {
    targets: 'every x-required-role operation (regular users pass the role check)',
    skipsScopes: true,
  },
  'timer-not-exclusive': {
    targets: 'createTimeEntry, updateTimeEntry, batchUpdateTimeEntries (starting an entry leaves the running one running)',
  },
} satisfies Record<string, Defect>;

export type CoffeeCupDefectName = keyof typeof COFFEECUP_DEFECTS;
