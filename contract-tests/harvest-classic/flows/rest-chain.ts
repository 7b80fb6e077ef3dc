/**
 * client -> contact -> project -> task -> task assignment -> person -> user
 * assignment -> day entry on the project -> the day lists it -> update ->
 * show -> the project cannot be deleted while hours are on it (400 + Hint)
 * -> delete the entry -> show is 404 -> take everything down in reverse,
 * each get then 404 (use after free).
 */
import { CheckFailure } from '../../lib/checks.js';
import type { Ctx } from '../../lib/context.js';
import { expectThat, step, type Flow } from '../../lib/flow.js';
import { isObject, type JsonObject } from '../../lib/spec.js';
import { locationId } from '../factory.js';

async function created(c: Ctx, label: string, operationId: string, req: Parameters<Ctx['call']>[1]): Promise<number> {
  const r = await step(c, label, operationId, req, 201);
  const id = locationId(r.ex);
  if (id === undefined) throw new CheckFailure('stateful_flow', [`step "${label}" (${operationId}): no Location ending in an id (got ${JSON.stringify(r.ex.response.headers.location)})`], r.ex);
  return id;
}

const wrapped = (body: unknown, key: string): JsonObject => (isObject(body) && isObject(body[key]) ? body[key] : {});

export const restChain: Flow = {
  id: 'rest-chain',
  title: 'client -> project -> task -> assignments -> entry -> day -> delete in reverse',
  async run(c) {
    const clientName = c.name('flow client');
    const clientId = await created(c, 'create client', 'createClient', { json: { client: { name: clientName } } });
    c.defer('delete client', () => c.call('deleteClient', { params: { client_id: clientId } }));
    const client = await step(c, 'get client', 'getClient', { params: { client_id: clientId } }, 200);
    expectThat(wrapped(client.ex.response.json, 'client').name === clientName, 'get client', 'the client does not have the name it was created with', client.ex);

    const contactId = await created(c, 'create contact', 'createContact', { json: { contact: { client_id: clientId, first_name: 'Flow', last_name: 'Contact' } } });
    c.defer('delete contact', () => c.call('deleteContact', { params: { contact_id: contactId } }));
    const contacts = await step(c, 'client contacts', 'listClientContacts', { params: { client_id: clientId } }, 200);
    const listed = Array.isArray(contacts.ex.response.json) ? contacts.ex.response.json.map((w) => wrapped(w, 'contact').id) : [];
    expectThat(listed.length === 1 && listed[0] === contactId, 'client contacts', `the client's contacts are ${JSON.stringify(listed)}, ${contactId} was created`, contacts.ex);

    const projectId = await created(c, 'create project', 'createProject', { json: { project: { name: c.name('flow project'), client_id: clientId } } });
    c.defer('delete project', () => c.call('deleteProject', { params: { project_id: projectId } }));
    const project = await step(c, 'get project', 'getProject', { params: { project_id: projectId } }, 200);
    expectThat(wrapped(project.ex.response.json, 'project').client_id === clientId, 'get project', 'the project is not on the client it was created for', project.ex);

    const taskId = await created(c, 'create task', 'createTask', { json: { task: { name: c.name('flow task') } } });
    c.defer('delete task', () => c.call('deleteTask', { params: { task_id: taskId } }));
    const taId = await created(c, 'assign task', 'createTaskAssignment', { params: { project_id: projectId }, json: { task: { id: taskId } } });
    c.defer('remove task assignment', () => c.call('deleteTaskAssignment', { params: { project_id: projectId, task_assignment_id: taId } }));
    const ta = await step(c, 'get task assignment', 'getTaskAssignment', { params: { project_id: projectId, task_assignment_id: taId } }, 200);
    expectThat(wrapped(ta.ex.response.json, 'task_assignment').task_id === taskId, 'get task assignment', 'the assignment names another task', ta.ex);

    const tag = c.name('flow person').replace(/\W+/g, '-');
    const personId = await created(c, 'create person', 'createPerson', { json: { user: { email: `${tag}@example.com`, first_name: 'Flow', last_name: tag } } });
    c.defer('delete person', () => c.call('deletePerson', { params: { user_id: personId } }));
    const byEmail = await step(c, 'get person by email', 'getPerson', { params: { user_id: `${tag}@example.com` } }, 200);
    expectThat(wrapped(byEmail.ex.response.json, 'user').id === personId, 'get person by email', 'the email names another user', byEmail.ex);
    const uaId = await created(c, 'assign person', 'createUserAssignment', { params: { project_id: projectId }, json: { user: { id: personId } } });
    c.defer('remove user assignment', () => c.call('deleteUserAssignment', { params: { project_id: projectId, user_assignment_id: uaId } }));

    const added = await step(c, 'add entry', 'addDayEntry', { json: { project_id: projectId, task_id: taskId, hours: 1.5, notes: c.name('flow entry') } }, 201);
    const entry = added.body;
    const entryId = entry.id as number;
    c.defer('delete entry', () => c.call('deleteDayEntry', { params: { day_entry_id: entryId } }));
    expectThat(entry.hours === 1.5 && entry.project_id === projectId && entry.task_id === taskId && !('timer_started_at' in entry), 'add entry', 'the entry does not have the hours, project and task it was added with (or runs a timer)', added.ex);
    const day = new Date(`${String(entry.spent_at)}T00:00:00Z`);
    const doy = Math.round((day.getTime() - Date.UTC(day.getUTCFullYear(), 0, 1)) / 86_400_000) + 1;
    const daily = await step(c, 'the day', 'getDailyForDay', { params: { day_of_year: doy, year: day.getUTCFullYear() } }, 200);
    const onDay = Array.isArray(daily.body.day_entries) ? daily.body.day_entries.filter(isObject) : [];
    expectThat(daily.body.for_day === entry.spent_at && onDay.some((e) => e.id === entryId), 'the day', `day ${doy} of ${day.getUTCFullYear()} does not list entry ${entryId}`, daily.ex);

    const updated = await step(c, 'update entry', 'updateDayEntry', { params: { day_entry_id: entryId }, json: { hours: 2.25 } }, 200);
    expectThat(updated.body.hours === 2.25, 'update entry', `hours are ${String(updated.body.hours)} after setting 2.25`, updated.ex);
    const shown = await step(c, 'show entry', 'getDayEntry', { params: { day_entry_id: entryId } }, 200);
    expectThat(shown.body.hours === 2.25 && shown.body.notes === entry.notes, 'show entry', 'the stored entry differs from the update', shown.ex);

    const refused = await step(c, 'delete project with hours', 'deleteProject', { params: { project_id: projectId } }, 400);
    expectThat(typeof refused.ex.response.headers.hint === 'string', 'delete project with hours', 'the refusal carries no Hint header', refused.ex);

    await step(c, 'delete entry', 'deleteDayEntry', { params: { day_entry_id: entryId } }, 200);
    await step(c, 'show deleted entry', 'getDayEntry', { params: { day_entry_id: entryId } }, 404);
    await step(c, 'remove user assignment', 'deleteUserAssignment', { params: { project_id: projectId, user_assignment_id: uaId } }, 200);
    await step(c, 'get removed user assignment', 'getUserAssignment', { params: { project_id: projectId, user_assignment_id: uaId } }, 404);
    await step(c, 'delete person', 'deletePerson', { params: { user_id: personId } }, 200);
    await step(c, 'remove task assignment', 'deleteTaskAssignment', { params: { project_id: projectId, task_assignment_id: taId } }, 200);
    await step(c, 'delete task', 'deleteTask', { params: { task_id: taskId } }, 200);
    await step(c, 'get deleted task', 'getTask', { params: { task_id: taskId } }, 404);
    await step(c, 'delete project', 'deleteProject', { params: { project_id: projectId } }, 200);
    await step(c, 'get deleted project', 'getProject', { params: { project_id: projectId } }, 404);
    await step(c, 'delete contact', 'deleteContact', { params: { contact_id: contactId } }, 200);
    await step(c, 'delete client', 'deleteClient', { params: { client_id: clientId } }, 200);
    await step(c, 'get deleted client', 'getClient', { params: { client_id: clientId } }, 404);
  },
};
