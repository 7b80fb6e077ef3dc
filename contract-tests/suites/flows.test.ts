/** The stateful flows (contract-tests/flows), one test each: `flow:<id> › stateful_flow`. */
import { afterAll, beforeAll } from 'vitest';
import { contractKit } from '../apis.js';
import { Ctx } from '../lib/context.js';
import type { FlowShared } from '../lib/flow.js';
import { selectionSkip } from '../lib/select.js';
import { check, loadTarget, reportWarnings } from './harness.js';

const { config, spec } = await loadTarget();
const root = Ctx.create(config, spec);
const setup = root.child();
const shared: FlowShared = {};
// The API's flows (--api; TimeTracker by default).
const kit = contractKit(config.api);
const FLOWS = kit.flows;

const anySelected = FLOWS.some((f) => !selectionSkip(config, `flow:${f.id}`));

beforeAll(async () => {
  if (!config.writes || !anySelected) return;
  try {
    await kit.setupFlows?.(setup, shared);
  } catch (error) {
    shared.problem = error instanceof Error ? error.message : String(error);
  }
}, 300_000);

afterAll(async () => {
  await setup.close();
  reportWarnings(root);
}, 300_000);

for (const flow of FLOWS) {
  const id = `flow:${flow.id}`;
  const gate = selectionSkip(config, id) ?? (config.writes ? undefined : config.readOnlyReason);
  check(root, id, 'stateful_flow', gate, (c) => flow.run(c, shared), 300_000);
}
