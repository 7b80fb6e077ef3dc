/** The stateful flows (contract-tests/flows), one test each: `flow:<id> › stateful_flow`. */
import { afterAll, beforeAll } from 'vitest';
import { FLOWS } from '../flows/index.js';
import { Ctx, idOf } from '../lib/context.js';
import { removeClient } from '../lib/factory.js';
import type { FlowShared } from '../lib/flow.js';
import { selectionSkip } from '../lib/select.js';
import { check, loadTarget, reportWarnings } from './harness.js';

const { config, spec } = await loadTarget();
const root = Ctx.create(config, spec);
const setup = root.child();
const shared: FlowShared = {};

const anySelected = FLOWS.some((f) => !selectionSkip(config, `flow:${f.id}`));

beforeAll(async () => {
  if (!config.writes || !anySelected) return;
  try {
    await root.prepare();
    const client = await setup.must('createClient', { json: { name: setup.name('flows client'), email: 'flows@example.com' } });
    shared.clientId = idOf(client, 'client');
    const id = shared.clientId;
    setup.defer(`remove client ${id}`, () => removeClient(setup, id));
    const project = await setup.must('createProject', { json: { name: setup.name('flows project'), client_id: shared.clientId } });
    shared.projectId = idOf(project, 'project');
    const pid = shared.projectId;
    setup.defer(`archive project ${pid}`, () => setup.call('archiveProject', { params: { project_id: pid } }));
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
