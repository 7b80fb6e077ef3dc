/**
 * Pagination: five entries in a project of their own, walked two per page
 * by following next_page: every page agrees on total and pages, no id comes
 * twice, together they are exactly the five, and a page past the end is empty.
 */
import { itemIds, paginationProblems } from '../lib/checks.js';
import { idOf } from '../lib/context.js';
import { createEntry } from '../lib/factory.js';
import { arrayAt, expectThat, sharedId, step, type Flow } from '../lib/flow.js';

const COUNT = 5;
const PER_PAGE = 2;

export const paginationFlow: Flow = {
  id: 'pagination',
  title: `${COUNT} entries walked ${PER_PAGE} per page: consistent totals, no duplicates, nothing missing`,
  async run(c, shared) {
    const clientId = sharedId(shared, 'clientId');
    const project = await step(c, 'create project', 'createProject', { json: { name: c.name('pagination project'), client_id: clientId } }, 201);
    const projectId = idOf(project.body, 'project');
    c.defer(`archive project ${projectId}`, () => c.call('archiveProject', { params: { project_id: projectId } }));
    const created = new Set<unknown>();
    for (let i = 0; i < COUNT; i++) created.add((await createEntry(c, projectId, {}, 5)).id);

    const seen: unknown[] = [];
    const expectedPages = Math.ceil(COUNT / PER_PAGE);
    let page: number | null = 1;
    let walked = 0;
    while (page !== null) {
      const label = `page ${page}`;
      expectThat(walked < expectedPages + 2, label, `next_page keeps going after ${walked} pages`);
      const r = await step(c, label, 'listTimeEntries', { query: { project_id: projectId, per_page: PER_PAGE, page } }, 200);
      const problems = paginationProblems(r.body, 'time_entries', { page, perPage: PER_PAGE });
      expectThat(problems.length === 0, label, problems[0] ?? '', r.ex);
      const p = r.body.pagination as { total: number; pages: number; next_page: number | null };
      expectThat(p.total === COUNT, label, `pagination.total is ${p.total}, the project has ${COUNT} entries`, r.ex);
      expectThat(p.pages === expectedPages, label, `pagination.pages is ${p.pages}, expected ${expectedPages}`, r.ex);
      const ids = itemIds(r.body, 'time_entries');
      for (const id of ids) {
        expectThat(!seen.includes(id), label, `entry ${String(id)} appears on two pages`, r.ex);
        seen.push(id);
      }
      walked++;
      page = p.next_page;
    }
    expectThat(walked === expectedPages, 'walk', `walked ${walked} pages, expected ${expectedPages}`);
    const missing = [...created].filter((id) => !seen.includes(id));
    expectThat(missing.length === 0, 'walk', `created entries never listed: ${missing.join(', ')}`);
    expectThat(seen.length === COUNT, 'walk', `${seen.length} entries listed over all pages, expected ${COUNT}`);

    const past = await step(c, 'page past the end', 'listTimeEntries', { query: { project_id: projectId, per_page: PER_PAGE, page: expectedPages + 1 } }, 200);
    expectThat(arrayAt(past, 'time_entries', 'page past the end').length === 0, 'page past the end', 'a page past the end is not empty', past.ex);
  },
};
