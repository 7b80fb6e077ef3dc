/**
 * Harvest classic's deliberate contract defects (`--defect NAME`), one
 * kind each, so test/contract/harvest-defects.test.ts proves its contract
 * suite catches every kind. Never on by default.
 */
import type { Defect } from '../../core/defects.js';
import type { CoreResponse } from '../../core/types.js';

const isOk = (res: CoreResponse) => res.status >= 200 && res.status < 300;
type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

export const HARVEST_DEFECTS = {
  'unwrapped-resource': {
    targets: 'getClient, listClients (the client without its `client` root key)',
    apply(op, res) {
      if (!isOk(res)) return res;
      if (op.operationId === 'getClient' && isObj(res.body) && isObj(res.body.client)) return { ...res, body: res.body.client };
      if (op.operationId === 'listClients' && Array.isArray(res.body)) return { ...res, body: res.body.map((w: unknown) => (isObj(w) && isObj(w.client) ? w.client : w)) };
      return res;
    },
  },
  'wrong-status': {
    targets: 'createClient (200 instead of 201)',
    apply: (op, res) => (op.operationId === 'createClient' && res.status === 201 ? { ...res, status: 200 } : res),
  },
  'missing-location': {
    targets: 'createProject, createTask (201 without Location)',
    apply(op, res) {
      if ((op.operationId !== 'createProject' && op.operationId !== 'createTask') || res.status !== 201) return res;
      const headers = { ...res.headers };
      delete headers.Location;
      return { ...res, headers };
    },
  },
  'hours-as-string': {
    targets: 'getDayEntry, getDaily, getDailyForDay (`hours` sent as a string)',
    apply(op, res) {
      if (!isOk(res) || !isObj(res.body)) return res;
      if (op.operationId === 'getDayEntry') return { ...res, body: { ...res.body, hours: String(res.body.hours) } };
      if ((op.operationId === 'getDaily' || op.operationId === 'getDailyForDay') && Array.isArray(res.body.day_entries)) {
        return { ...res, body: { ...res.body, day_entries: res.body.day_entries.map((e: unknown) => (isObj(e) ? { ...e, hours: String(e.hours) } : e)) } };
      }
      return res;
    },
  },
  'role-not-enforced': {
    targets: 'every x-required-role operation (regular users pass the role check)',
    skipsScopes: true,
  },
  'timer-not-exclusive': {
    targets: 'addDayEntry, toggleTimer (starting a timer leaves the running one running)',
  },
} satisfies Record<string, Defect>;

export type HarvestDefectName = keyof typeof HARVEST_DEFECTS;
