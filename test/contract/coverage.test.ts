/**
 * Offline: the contract suites cover the spec. Every operationId in
 * openapi.yaml has exactly one case (or an explicit skip with a reason), no
 * case names an operation the spec lacks, and every case that can be
 * checked with valid input says how.
 */
import { describe, expect, it } from 'vitest';
import { ALL_CASES, CASES, duplicateCases } from '../../contract-tests/cases/index.js';
import { FLOWS } from '../../contract-tests/flows/index.js';
import { documentsInputErrors } from '../../contract-tests/lib/case.js';
import { isProvenance } from '../../contract-tests/lib/provenance.js';
import { documentedRules } from '../../contract-tests/lib/rules.js';
import { loadSpec } from '../../contract-tests/lib/spec.js';

/**
 * Documented rules no negative case can test, and why. Everything else the
 * documentation states (lib/rules.ts) has a case that fails a server that
 * breaks it.
 */
const WAIVED: Record<string, string> = {
  'search: query.limit maximum': 'a server may cap the limit or refuse it; neither breaks "max: 50", and no target holds 51 matches of one type to tell (`documented_input (limit 1 ...)` checks that the limit holds)',
  'webSearch: query.limit maximum': 'as for search (same logic)',
};
const PAGINATION_CAP = /^query\.per_page maximum$|^query\.(page|per_page) minimum$|^query\.\w+ minimum$/;

const spec = await loadSpec();

describe('contract suites cover openapi.yaml', () => {
  it('has a case for every operationId in the spec', () => {
    const missing = spec.operations.map((o) => o.operationId).filter((id) => !CASES.has(id));
    expect(missing).toEqual([]);
  });

  it('has no case for an operation the spec lacks, and none twice', () => {
    expect(ALL_CASES.map((c) => c.operationId).filter((id) => !spec.byId.has(id))).toEqual([]);
    expect(duplicateCases()).toEqual([]);
  });

  it('gives every case valid input, or a skip with its reason', () => {
    const without = ALL_CASES.filter((c) => !c.valid && !c.skip).map((c) => c.operationId);
    expect(without).toEqual([]);
    for (const c of ALL_CASES) if (c.skip !== undefined) expect(c.skip.length, c.operationId).toBeGreaterThan(10);
  });

  it('gives invalid input to every operation that documents an input error, or says why not', () => {
    const silent = spec.operations
      .filter((o) => documentsInputErrors(o))
      .map((o) => CASES.get(o.operationId)!)
      .filter((c) => !c.negatives?.length && !c.noBad && !c.skip)
      .map((c) => c.operationId);
    expect(silent).toEqual([]);
  });

  it('has a negative case for every documented rule of the spec (a missing required field, an enum, a limit, an unknown id)', () => {
    const targeted = (opId: string, rule: string) =>
      (CASES.get(opId)?.negatives ?? []).some((n) => n.rule === rule || n.rule.startsWith(`${rule} `) || n.rule.startsWith(`${rule}:`));
    const rules = documentedRules(spec.operations);
    expect(rules.length).toBeGreaterThan(30);
    const untested = rules
      .filter((r) => !targeted(r.operationId, r.rule))
      // A limit on a list's page or id filter is a cap or a fallback, never a refusal the documentation promises.
      .filter((r) => !(r.rule.startsWith('query.') && PAGINATION_CAP.test(r.rule)))
      .map((r) => `${r.operationId}: ${r.rule}`)
      .filter((r) => !(r in WAIVED));
    expect(untested).toEqual([]);
    for (const w of Object.keys(WAIVED)) expect(rules.map((r) => `${r.operationId}: ${r.rule}`), `waived rule "${w}" is not a documented rule any more`).toContain(w);
  });

  it('every negative case and documented input says where its rule comes from, and names it once', () => {
    for (const c of ALL_CASES) {
      const names = [...(c.negatives ?? []).map((n) => n.rule), ...(c.inputs ?? []).map((i) => i.name)];
      expect(new Set(names).size, `${c.operationId}: a rule twice`).toBe(names.length);
      for (const n of [...(c.negatives ?? []), ...(c.inputs ?? [])]) expect(isProvenance(n.provenance), `${c.operationId}: ${JSON.stringify(n)}`).toBe(true);
    }
  });

  it('names each flow once', () => {
    const ids = FLOWS.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining(['crud-chain', 'timer', 'idempotent-replay', 'pagination', 'search', 'archive-project']));
  });

  it('reads the extensions every operation carries (scopes, security, mock-only)', () => {
    for (const op of spec.operations) {
      if (op.authenticated) continue;
      expect(op.requiredScopes, `${op.operationId} has no token but scopes`).toEqual([]);
    }
    expect(spec.operations.filter((o) => o.mockOnly).map((o) => o.operationId)).toContain('getRateLimitStatus');
    expect(spec.op('listTransfers').requiredScopes).toEqual(['read:inventory', 'read:projects']);
  });
});
