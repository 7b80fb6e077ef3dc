/**
 * The time-entry approval flow (reference §18): a regular user's entry,
 * approval requested by its owner, approved by an admin, after which the
 * owner can no longer change it; a rejected one stays editable.
 */
import { skipWith } from '../lib/case.js';
import { idOf, type Ctx } from '../lib/context.js';
import { farDay } from '../cases/business.js';
import { expectThat, objectAt, sharedId, step, type Flow } from '../lib/flow.js';

/** A finished hour of the regular user's on a far-off day (removed by the admin afterwards, with its approvals). */
async function usersEntry(c: Ctx, projectId: number, userId: number, hour: number): Promise<number> {
  const day = farDay(c);
  const at = (h: number) => `${day}T${String(h).padStart(2, '0')}:00:00`;
  const made = await step(c, 'the user’s entry', 'createTimeEntry', { json: { project_id: projectId, user_id: userId, start_time: at(hour), end_time: at(hour + 1), notes: c.name('approval flow') } }, 201);
  const id = idOf(made.body, 'time_entry');
  c.defer(`delete entry ${id}`, () => c.call('deleteTimeEntry', { params: { entry_id: id } }));
  return id;
}

export const approvalFlow: Flow = {
  id: 'time-entry-approval',
  title: "time-entry approval: the owner requests -> an admin approves -> the owner's edit is refused; after a rejection the entry stays editable",
  async run(c, shared) {
    if (!c.config.userToken) skipWith("no --user-token given (a non-admin user's token)");
    c.requireWrites();
    const projectId = sharedId(shared, 'projectId');
    const me = objectAt(await step(c, 'who is the user', 'getCurrentUser', { auth: 'user' }, 200), 'user', 'who is the user');
    const userId = me.id as number;

    const entry = await usersEntry(c, projectId, userId, 6);
    const asked = await step(c, 'request approval', 'requestTimeEntryApproval', { params: { entry_id: entry }, json: { comment: 'please' }, auth: 'user' }, 200);
    const approval = objectAt(asked, 'approval', 'request approval');
    expectThat(approval.status === 'pending' && approval.time_entry_id === entry, 'request approval', `approval ${String(approval.status)} for entry ${String(approval.time_entry_id)}`, asked.ex, 'observed');
    const id = approval.id as number;
    const approved = await step(c, 'approve', 'approveTimeEntry', { params: { approval_id: id }, json: { comment: 'ok' } }, 200);
    expectThat(objectAt(approved, 'approval', 'approve').status === 'approved', 'approve', 'not approved', approved.ex, 'observed');
    const refused = await step(c, 'the owner edits the approved entry', 'patchTimeEntry', { params: { entry_id: entry }, json: { notes: 'changed after approval' }, auth: 'user' }, 400);
    expectThat(/approved/i.test(refused.ex.response.text), 'the owner edits the approved entry', 'the 400 does not say the entry is approved', refused.ex, 'specified');
    await step(c, 'approved twice', 'approveTimeEntry', { params: { approval_id: id }, json: {} }, 400);

    const other = await usersEntry(c, projectId, userId, 8);
    const second = objectAt(await step(c, 'request approval again', 'requestTimeEntryApproval', { params: { entry_id: other }, json: {}, auth: 'user' }, 200), 'approval', 'request approval again');
    const rejected = await step(c, 'reject', 'rejectTimeEntry', { params: { approval_id: second.id as number }, json: { reason: 'Wrong project' } }, 200);
    expectThat(objectAt(rejected, 'approval', 'reject').status === 'rejected', 'reject', 'not rejected', rejected.ex, 'observed');
    await step(c, 'the owner edits the rejected entry', 'patchTimeEntry', { params: { entry_id: other }, json: { notes: 'fixed after rejection' }, auth: 'user' }, 200);
  },
};
