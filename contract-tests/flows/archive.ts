/** DELETE of a project archives it: still readable, status archived, listed only under status=archived. */
import { idOf } from '../lib/context.js';
import { arrayAt, expectThat, objectAt, sharedId, step, type Flow } from '../lib/flow.js';

export const archiveFlow: Flow = {
  id: 'archive-project',
  title: 'DELETE /projects/{id} archives: readable, status archived, listed under status=archived only',
  async run(c, shared) {
    const clientId = sharedId(shared, 'clientId');
    const created = await step(c, 'create project', 'createProject', { json: { name: c.name('archive project'), client_id: clientId } }, 201);
    const id = idOf(created.body, 'project');
    c.defer(`archive project ${id}`, () => c.call('archiveProject', { params: { project_id: id } }));

    const active = await step(c, 'listed as active', 'listProjects', { query: { client_id: clientId, per_page: 100 } }, 200);
    expectThat(arrayAt(active, 'projects', 'listed as active').some((p) => p.id === id), 'listed as active', `new project ${id} is not in the default (active) list`, active.ex);

    await step(c, 'delete (archive)', 'archiveProject', { params: { project_id: id } }, 200);
    const got = await step(c, 'get archived project', 'getProject', { params: { project_id: id } }, 200);
    const p = objectAt(got, 'project', 'get archived project');
    expectThat(p.status === 'archived', 'get archived project', `status is ${String(p.status)}, expected archived`, got.ex);
    expectThat(p.is_archived === true && typeof p.archived_at === 'string', 'get archived project', 'is_archived/archived_at not set', got.ex, 'observed');

    const actives = await step(c, 'default list after archive', 'listProjects', { query: { client_id: clientId, per_page: 100 } }, 200);
    expectThat(!arrayAt(actives, 'projects', 'default list after archive').some((x) => x.id === id), 'default list after archive', `archived project ${id} is still in the default (active) list`, actives.ex);
    const archived = await step(c, 'list status=archived', 'listProjects', { query: { client_id: clientId, status: 'archived', per_page: 100 } }, 200);
    expectThat(arrayAt(archived, 'projects', 'list status=archived').some((x) => x.id === id), 'list status=archived', `archived project ${id} is not listed under status=archived`, archived.ex);
  },
};
