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
import { loadSpec } from '../../contract-tests/lib/spec.js';

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
      .filter((c) => !c.bad && !c.noBad && !c.skip)
      .map((c) => c.operationId);
    expect(silent).toEqual([]);
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
