/**
 * What the suites need of each API they can check (`--api`): its cases,
 * its fixtures, its stateful flows and their shared setup, and whether
 * Dredd (the second runner) knows it. The suites, the checks, the HTTP
 * client, the reports and the safety rules are the kit's and shared.
 *
 * Adding an API: its cases, fixtures and flows in contract-tests/<api>/,
 * an entry in CONTRACT_APIS (lib/config.ts: spec and auth) and one here.
 */
import { ALL_CASES } from './cases/index.js';
import { FLOWS, setupFlows } from './flows/index.js';
import { coffeecupKit } from './coffeecup/index.js';
import { harvestClassicKit } from './harvest-classic/index.js';
import { timecampKit } from './timecamp/index.js';
import type { OperationCase } from './lib/case.js';
import type { ContractApiId } from './lib/config.js';
import { Fixtures } from './lib/fixtures.js';
import { defineKit, type ContractKit, type FixtureSet } from './lib/kit.js';

export { defineKit, type ContractKit, type FixtureSet } from './lib/kit.js';

const KITS: Record<ContractApiId, ContractKit> = {
  timetracker: defineKit({ cases: ALL_CASES, fixtures: (root) => new Fixtures(root), flows: FLOWS, setupFlows, dredd: true, entryRoom: true }),
  'harvest-classic': harvestClassicKit,
  timecamp: timecampKit,
  coffeecup: coffeecupKit,
};

export function contractKit(api: ContractApiId): ContractKit {
  return KITS[api];
}

/** The kit's cases by operationId. */
export const casesById = (kit: ContractKit): ReadonlyMap<string, OperationCase<string, FixtureSet>> => new Map(kit.cases.map((c) => [c.operationId, c]));
